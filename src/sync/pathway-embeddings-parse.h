/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The pure steps of the embeddings client: from a response's JSON to unit vectors of
 * PATHWAY_EMBEDDING_DIMS dimensions, one per input in input order, or to an error a person can
 * act on (PATHWAY_SYNC_ERROR). */

typedef enum {
  PATHWAY_EMBEDDINGS_API_OPENAI,
  PATHWAY_EMBEDDINGS_API_OLLAMA,
} PathwayEmbeddingsApi;

GPtrArray *pathway_embeddings_parse       (PathwayEmbeddingsApi   api,
                                          JsonNode              *json,
                                          guint                  n_inputs,
                                          const char            *model,
                                          const char            *host,
                                          GError               **error);
void       pathway_embeddings_parse_error (guint                  status,
                                          JsonNode              *json,
                                          const char            *model,
                                          const char            *where,
                                          GError               **error);

G_END_DECLS
