/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_MATCHES_PANE (pathway_matches_pane_get_type ())
G_DECLARE_FINAL_TYPE (PathwayMatchesPane, pathway_matches_pane, PATHWAY, MATCHES_PANE, GtkWidget)

/* A job's ranked candidates and why each scored as they did. Matches stored for the job show at
 * once; ranking again runs off the main thread and can be cancelled. Shortlisting from here emits
 * "changed". */
void        pathway_matches_pane_set_job   (PathwayMatchesPane *self,
                                            PathwayDb          *db,
                                            gint64              job_id);
void        pathway_matches_pane_reload    (PathwayMatchesPane *self);
void        pathway_matches_pane_run       (PathwayMatchesPane *self);
void        pathway_matches_pane_cancel    (PathwayMatchesPane *self);
const char *pathway_matches_pane_get_state (PathwayMatchesPane *self);
GtkListBox *pathway_matches_pane_get_list  (PathwayMatchesPane *self);

G_END_DECLS
