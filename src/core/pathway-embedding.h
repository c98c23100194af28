/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pathway-vector.h"

G_BEGIN_DECLS

/* The size of the vectors Pathway stores for students and jobs (candidate_vectors, profile summaries). */
#define PATHWAY_EMBEDDING_DIMS 768

/* A local text embedding that needs no network and no model: hashed word unigrams and bigrams and
 * character trigrams, weighted sublinearly and L2-normalised. The same text gives the same vector
 * on every machine and in every version that keeps this algorithm; change it and stored vectors
 * must be recomputed. Empty text, or text without a word, gives the zero vector. */
PathwayVector *pathway_embedding_embed (const char *text,
                                        guint       n_dims);

/* FNV-1a, 64 bits: the stable hash behind the embedding (g_str_hash makes no promise to stay the same). */
guint64        pathway_embedding_hash  (const char *data,
                                        gsize       length);

G_END_DECLS
