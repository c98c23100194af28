/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-text-lists.h"
#include "pathway-vector.h"

G_BEGIN_DECLS

/* Candidate vectors made again by an embeddings service (pathway-candidate-embedder.h).
 *
 * Each candidate is embedded from pathway_match_candidate_text() of its stored summary and
 * skills: the text a match run's probes send (pathway-match-embedding.h), so that a probe finds
 * what the service made of it. New vectors wait in a TEMP table of the connection, the stage,
 * and replace the stored ones all at once in one transaction, or not at all. */

/* The skills of a candidate_vectors row as one text, their names joined by U+001F; read it back
 * with pathway_candidate_vectors_row_text(). */
#define PATHWAY_CANDIDATE_SKILLS_SQL PATHWAY_TEXT_LIST_SQL ("skills_tags")

char     *pathway_candidate_vectors_row_text       (PathwayStmt          *stmt,
                                                    int                   summary_column,
                                                    int                   skills_column);

gboolean  pathway_candidate_vectors_read_texts     (PathwayDb            *db,
                                                    gint64                after,
                                                    guint                 limit,
                                                    GArray               *user_ids,
                                                    GPtrArray            *texts,
                                                    GError              **error);

gboolean  pathway_candidate_vectors_stage_begin    (PathwayDb            *db,
                                                    GError              **error);
gboolean  pathway_candidate_vectors_stage          (PathwayDb            *db,
                                                    const gint64         *user_ids,
                                                    const PathwayVector * const *vectors,
                                                    guint                 n,
                                                    GError              **error);
gint64    pathway_candidate_vectors_stage_commit   (PathwayDb            *db,
                                                    GError              **error);
void      pathway_candidate_vectors_stage_discard  (PathwayDb            *db);

G_END_DECLS
