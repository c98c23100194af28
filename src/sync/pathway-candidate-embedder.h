/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pathway-db.h"
#include "pathway-embeddings-client.h"

G_BEGIN_DECLS

/* Every candidate's vector made again by an embeddings service, so that jobs the service embeds
 * can be matched against them (pathway-match-embedding.h). Candidates go to the service in
 * batches, by user id; what it makes waits in a stage and replaces the stored vectors in one
 * transaction at the end (pathway-candidate-vectors.h). A run that fails or is cancelled leaves
 * candidate_vectors as it was.
 *
 * The database work is short and runs on the thread-default main context of the caller, between
 * requests; one run at a time per connection. */

#define PATHWAY_CANDIDATE_EMBEDDER_BATCH_SIZE 32

/* After each batch, on the caller's main context: done of about total candidates. */
typedef void (*PathwayCandidateEmbedderProgress) (guint    done,
                                                  guint    total,
                                                  gpointer user_data);

void   pathway_candidate_embedder_run_async  (PathwayDb                        *db,
                                              PathwayEmbeddingsClient          *client,
                                              guint                             batch_size,
                                              PathwayCandidateEmbedderProgress  progress,
                                              gpointer                          progress_data,
                                              GCancellable                     *cancellable,
                                              GAsyncReadyCallback               callback,
                                              gpointer                          user_data);
gssize pathway_candidate_embedder_run_finish (GAsyncResult                     *result,
                                              GError                          **error);

G_END_DECLS
