/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_CANDIDATE_EDITOR (pathway_candidate_editor_get_type ())
G_DECLARE_FINAL_TYPE (PathwayCandidateEditor, pathway_candidate_editor, PATHWAY, CANDIDATE_EDITOR, AdwWindow)

PathwayCandidateEditor *pathway_candidate_editor_new (GtkWindow *parent,
                                                      PathwayDb *db,
                                                      gint64     recruiter_id,
                                                      gint64     candidate_id);

G_END_DECLS
