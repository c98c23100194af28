/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_CANDIDATES_PAGE (pathway_candidates_page_get_type ())
G_DECLARE_FINAL_TYPE (PathwayCandidatesPage, pathway_candidates_page, PATHWAY, CANDIDATES_PAGE, GtkWidget)

void        pathway_candidates_page_set_recruiter     (PathwayCandidatesPage *self,
                                                       PathwayDb             *db,
                                                       gint64                 recruiter_id);
void        pathway_candidates_page_reload            (PathwayCandidatesPage *self);
void        pathway_candidates_page_import_file       (PathwayCandidatesPage *self,
                                                       GFile                 *file);
gboolean    pathway_candidates_page_get_importing     (PathwayCandidatesPage *self);
GListModel *pathway_candidates_page_get_model         (PathwayCandidatesPage *self);
const char *pathway_candidates_page_get_visible_state (PathwayCandidatesPage *self);

G_END_DECLS
