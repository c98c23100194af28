/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-application.h"
#include "pathway-candidates-page.h"

G_BEGIN_DECLS

/* A recruiter page in a window of its own, under a stand-in for PathwayRecruiterView that installs
 * the recruiter.* actions and records what it is asked ("show-candidate 12", "jobs-changed"),
 * emitting "asked" for each; and ways to find, click and press things as a person would (more
 * finders are in pathway-test-ui.h). */

#define PATHWAY_TYPE_TEST_SHELL (pathway_test_shell_get_type ())
G_DECLARE_FINAL_TYPE (PathwayTestShell, pathway_test_shell, PATHWAY, TEST_SHELL, GtkWidget)

PathwayTestShell *pathway_test_shell_open                 (PathwayApplication     *app,
                                                           GtkWidget              *page,
                                                           int                     width,
                                                           int                     height);
PathwayTestShell *pathway_test_shell_open_candidates      (PathwayApplication     *app,
                                                           PathwayDb              *db,
                                                           gint64                  recruiter_id,
                                                           PathwayCandidatesPage **page);
GtkWindow        *pathway_test_shell_get_window           (PathwayTestShell       *self);
guint             pathway_test_shell_count_asked          (PathwayTestShell       *self,
                                                           const char             *what);
const char       *pathway_test_shell_get_last_asked       (PathwayTestShell       *self);

GtkWidget        *pathway_test_shell_find_label           (GtkWidget              *root,
                                                           const char             *text);
GtkWidget        *pathway_test_shell_find_action          (GtkWidget              *root,
                                                           const char             *action_name);
GtkWidget        *pathway_test_shell_find_button_labelled (GtkWidget              *root,
                                                           const char             *label);
void              pathway_test_shell_click                (GtkWidget              *button);
void              pathway_test_shell_press                (GtkWidget              *widget,
                                                           guint                   keyval,
                                                           GdkModifierType         modifiers);
void              pathway_test_shell_dismiss_toasts       (GtkWidget              *window);

G_END_DECLS
