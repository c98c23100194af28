/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-named-matches.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_MATCH_ROW (pathway_match_row_get_type ())
G_DECLARE_FINAL_TYPE (PathwayMatchRow, pathway_match_row, PATHWAY, MATCH_ROW, GtkListBoxRow)

/* One ranked candidate: rank, name (opening their profile), score, whether they are on the
 * shortlist (its "Shortlist" button activates matches.shortlist with the candidate's id) and,
 * when expanded, the reasons for the score. */
PathwayMatchRow         *pathway_match_row_new           (const PathwayNamedMatch *match,
                                                          guint                    rank);
const PathwayNamedMatch *pathway_match_row_get_match     (PathwayMatchRow         *self);
void                     pathway_match_row_set_shortlist (PathwayMatchRow         *self,
                                                          gint64                   shortlist_id,
                                                          int                      status);
gboolean                 pathway_match_row_get_expanded  (PathwayMatchRow         *self);
void                     pathway_match_row_set_expanded  (PathwayMatchRow         *self,
                                                          gboolean                 expanded);

G_END_DECLS
