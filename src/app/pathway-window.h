/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-application.h"
#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_WINDOW (pathway_window_get_type ())
G_DECLARE_FINAL_TYPE (PathwayWindow, pathway_window, PATHWAY, WINDOW, AdwApplicationWindow)

PathwayWindow *pathway_window_new             (PathwayApplication *application);
void           pathway_window_set_db          (PathwayWindow      *self,
                                               PathwayDb          *db);
void           pathway_window_show_error      (PathwayWindow      *self,
                                               const GError       *error);
const char    *pathway_window_get_visible_page (PathwayWindow     *self);

G_END_DECLS
