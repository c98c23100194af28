/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-match-embedding.h"
#include "pathway-matching.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* Ranking every candidate for a recruiter's job and keeping the best in candidate_matches, each
 * with the reasons for its score (pathway_match_explain(), plus "embedder").
 *
 * A run works off the main thread on its own connection. It scores against an in-memory index of
 * all candidates that is kept between runs and loaded again only when candidate_vectors or
 * candidate_preferences change. It writes in one transaction: the job's new top k replace its
 * previous matches, but a match whose status the recruiter changed (reviewed, shortlisted,
 * dismissed) stays, keeps its status and gets its score brought up to date.
 *
 * Which vector the job gets (vectors compare only within one embedding space):
 *   1. one made by an embeddings endpoint, when the run is given one and the same request proved
 *      that the endpoint made the candidates' vectors (pathway_match_embedding_agrees());
 *   2. else the local embedding of the job's text, when the candidates' vectors are local ones
 *      (pathway_match_index_is_local_space());
 *   3. else none: similarity is then 0.5 for everyone, and explanations say "embedder": null. */

#define PATHWAY_MATCHES_DEFAULT_TOP_K 50

GPtrArray  *pathway_matches_run                      (PathwayDb                    *db,
                                                      gint64                        job_id,
                                                      guint                         top_k,
                                                      const PathwayMatchEmbedding  *embedding,
                                                      GCancellable                 *cancellable,
                                                      GError                      **error);
void        pathway_matches_run_async                (PathwayDb                    *db,
                                                      gint64                        job_id,
                                                      guint                         top_k,
                                                      GCancellable                 *cancellable,
                                                      GAsyncReadyCallback           callback,
                                                      gpointer                      user_data);
void        pathway_matches_run_with_embedding_async (PathwayDb                    *db,
                                                      gint64                        job_id,
                                                      guint                         top_k,
                                                      const PathwayMatchEmbedding  *embedding,
                                                      GCancellable                 *cancellable,
                                                      GAsyncReadyCallback           callback,
                                                      gpointer                      user_data);
GPtrArray  *pathway_matches_run_finish               (GAsyncResult                 *result,
                                                      GError                      **error);

GPtrArray  *pathway_matches_list                     (PathwayDb                    *db,
                                                      gint64                        job_id,
                                                      int                           status,
                                                      const PathwayCandidateMatch  *after,
                                                      guint                         limit,
                                                      GError                      **error);
PathwayMatchJob *pathway_matches_load_job           (PathwayDb                    *db,
                                                      gint64                        job_id,
                                                      GError                      **error);
char       *pathway_matches_dup_job_text             (PathwayDb                    *db,
                                                      gint64                        job_id,
                                                      GError                      **error);
void        pathway_matches_clear_cache              (void);

G_END_DECLS
