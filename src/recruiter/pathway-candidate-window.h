/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_CANDIDATE_WINDOW (pathway_candidate_window_get_type ())
G_DECLARE_FINAL_TYPE (PathwayCandidateWindow, pathway_candidate_window, PATHWAY, CANDIDATE_WINDOW, AdwWindow)

PathwayCandidateWindow *pathway_candidate_window_new       (GtkWindow              *parent,
                                                            PathwayDb              *db,
                                                            gint64                  recruiter_id,
                                                            gint64                  candidate_id);
gint64                  pathway_candidate_window_get_id    (PathwayCandidateWindow *self);
void                    pathway_candidate_window_reload    (PathwayCandidateWindow *self);

G_END_DECLS
