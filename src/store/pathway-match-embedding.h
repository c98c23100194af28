/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-match-index.h"
#include "pathway-vector.h"

G_BEGIN_DECLS

/* A job's vector made by an embeddings endpoint, and the proof that it may be compared with the
 * candidates' vectors. Vectors of two models live in unrelated spaces, and nothing records which
 * model made a stored vector; so the endpoint embeds, in the same request as the job, the texts
 * of a few candidates (the probes). When what it makes of each comes out as that candidate's
 * stored vector, the endpoint made them, and its vector for the job is comparable. */

/* What to send the endpoint for a job. */
typedef struct {
  char      *job_text;
  GArray    *probe_ids;      /* gint64: candidates' user ids */
  GPtrArray *probe_texts;    /* char *: pathway_match_candidate_text() of each */
} PathwayMatchEmbeddingRequest;

/* What the endpoint made of it. */
typedef struct {
  PathwayVector *job_vector;
  char          *embedder;       /* for explanations: “nomic-embed-text at localhost” */
  GArray        *probe_ids;      /* gint64, as in the request */
  GPtrArray     *probe_vectors;  /* PathwayVector *, in the same order */
} PathwayMatchEmbedding;

PathwayMatchEmbeddingRequest *pathway_match_embedding_prepare      (PathwayDb                     *db,
                                                                    gint64                         job_id,
                                                                    GError                       **error);
void                          pathway_match_embedding_request_free (PathwayMatchEmbeddingRequest  *request);

PathwayMatchEmbedding        *pathway_match_embedding_new          (void);
PathwayMatchEmbedding        *pathway_match_embedding_copy         (const PathwayMatchEmbedding   *embedding);
void                          pathway_match_embedding_free         (PathwayMatchEmbedding         *embedding);
gboolean                      pathway_match_embedding_agrees       (const PathwayMatchEmbedding   *embedding,
                                                                    PathwayMatchIndex             *index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayMatchEmbeddingRequest, pathway_match_embedding_request_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayMatchEmbedding, pathway_match_embedding_free)

G_END_DECLS
