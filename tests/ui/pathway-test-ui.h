/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-application.h"
#include "pathway-window.h"

G_BEGIN_DECLS

/* Driving the real app under a (virtual) display, as a person would, and photographing it. */

void                pathway_test_ui_init           (int          *argc,
                                                    char       ***argv);
void                pathway_test_ui_init_widgets   (int          *argc,
                                                    char       ***argv);
typedef void (*PathwayTestUiFunc) (PathwayApplication *app,
                                   gpointer            data);

void                pathway_test_ui_run            (const char         *database_path,
                                                    PathwayTestUiFunc   func,
                                                    gpointer            data);
PathwayWindow      *pathway_test_ui_window         (PathwayApplication *app);
void                pathway_test_ui_wait_for_page  (PathwayWindow *window,
                                                    const char    *page);
void                pathway_test_ui_settle         (void);
void                pathway_test_ui_destroy_window (GtkWindow     *window);

/* Finding what a person would see. */
typedef gboolean (*PathwayTestUiMatch) (GtkWidget     *widget,
                                        gconstpointer  wanted);

GtkWidget          *pathway_test_ui_find           (GtkWidget          *root,
                                                    PathwayTestUiMatch  match,
                                                    gconstpointer       wanted);
GtkWidget          *pathway_test_ui_find_button    (GtkWidget     *root,
                                                    const char    *action_name,
                                                    const char    *target);
GtkWidget          *pathway_test_ui_find_mapped    (GtkWidget     *root,
                                                    GType          type);
GtkWidget          *pathway_test_ui_find_named     (GtkWidget     *root,
                                                    const char    *name);
GtkEditable        *pathway_test_ui_find_entry     (GtkWidget     *root,
                                                    const char    *title);
GtkWindow          *pathway_test_ui_find_toplevel  (GType          type);
gboolean            pathway_test_ui_shows_text     (GtkWidget     *root,
                                                    const char    *text);
gboolean            pathway_test_ui_shows_error    (GtkWidget     *root);
void                pathway_test_ui_type           (GtkWidget     *root,
                                                    const char    *title,
                                                    const char    *text);
void                pathway_test_ui_screenshot     (GtkWidget     *widget,
                                                    const char    *name);
void                pathway_test_ui_screenshots    (GtkWindow     *window,
                                                    const char    *name);

G_END_DECLS
