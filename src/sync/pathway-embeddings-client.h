/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pathway-db.h"
#include "pathway-embeddings-parse.h"
#include "pathway-match-embedding.h"

G_BEGIN_DECLS

/* Text embeddings from an outside model: an OpenAI-compatible endpoint (POST {base}/v1/embeddings
 * {"model", "input": […]} → {"data": [{"index", "embedding"}]}) or Ollama's own (POST /api/embed
 * {"model", "input": […]} → {"embeddings": [[…]]}).
 *
 * The address is the “embeddings-url” setting, or $PATHWAY_EMBEDDINGS_URL; empty means none, and
 * Pathway uses its local embedding. An address ending in /api or /api/embed is Ollama's API; any
 * other is a base for /v1/embeddings (which Ollama speaks too), unless it already ends in
 * /embeddings. The model is “embeddings-model” or $PATHWAY_EMBEDDINGS_MODEL. The key is
 * $PATHWAY_EMBEDDINGS_KEY when set (empty means none), else the keyring's “embeddings” key, and
 * goes only in the Authorization header. Models of the nomic-embed family get the prefixes they
 * were trained with (“search_query: ”, “search_document: ”).
 *
 * Every vector must have PATHWAY_EMBEDDING_DIMS dimensions; others are refused, since they could
 * not be compared with anything stored. Vectors come back scaled to unit length. */

typedef enum {
  PATHWAY_EMBEDDINGS_DOCUMENT,  /* what is searched: a candidate's profile */
  PATHWAY_EMBEDDINGS_QUERY,     /* what searches: a job */
} PathwayEmbeddingsPurpose;

#define PATHWAY_TYPE_EMBEDDINGS_CLIENT (pathway_embeddings_client_get_type ())
G_DECLARE_FINAL_TYPE (PathwayEmbeddingsClient, pathway_embeddings_client, PATHWAY, EMBEDDINGS_CLIENT, GObject)

char                    *pathway_embeddings_dup_url                       (void);
char                    *pathway_embeddings_dup_model                     (void);

PathwayEmbeddingsClient *pathway_embeddings_client_new                    (const char                *url,
                                                                           const char                *model,
                                                                           const char                *key);
void                     pathway_embeddings_client_new_from_settings_async  (GCancellable            *cancellable,
                                                                           GAsyncReadyCallback        callback,
                                                                           gpointer                   user_data);
PathwayEmbeddingsClient *pathway_embeddings_client_new_from_settings_finish (GAsyncResult            *result,
                                                                           GError                   **error);

PathwayEmbeddingsApi     pathway_embeddings_client_get_api                (PathwayEmbeddingsClient   *self);
const char              *pathway_embeddings_client_get_endpoint           (PathwayEmbeddingsClient   *self);
const char              *pathway_embeddings_client_get_name               (PathwayEmbeddingsClient   *self);

void                     pathway_embeddings_client_embed_async            (PathwayEmbeddingsClient   *self,
                                                                           const char * const        *texts,
                                                                           const PathwayEmbeddingsPurpose *purposes,
                                                                           GCancellable              *cancellable,
                                                                           GAsyncReadyCallback        callback,
                                                                           gpointer                   user_data);
GPtrArray               *pathway_embeddings_client_embed_finish           (PathwayEmbeddingsClient   *self,
                                                                           GAsyncResult              *result,
                                                                           GError                   **error);

void                     pathway_embeddings_client_embed_job_async        (PathwayEmbeddingsClient   *self,
                                                                           PathwayDb                 *db,
                                                                           gint64                     job_id,
                                                                           GCancellable              *cancellable,
                                                                           GAsyncReadyCallback        callback,
                                                                           gpointer                   user_data);
PathwayMatchEmbedding   *pathway_embeddings_client_embed_job_finish       (PathwayEmbeddingsClient   *self,
                                                                           GAsyncResult              *result,
                                                                           GError                   **error);

G_END_DECLS
