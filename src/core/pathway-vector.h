/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* An embedding: n_dims floats. Stored as little-endian float32 (3 KB for 768 dimensions). */
typedef struct {
  guint  n_dims;
  float *values;
} PathwayVector;

PathwayVector *pathway_vector_new           (guint                n_dims);
PathwayVector *pathway_vector_new_from_blob (gconstpointer        data,
                                             gsize                size);
PathwayVector *pathway_vector_new_from_json (JsonNode            *node);
PathwayVector *pathway_vector_copy          (const PathwayVector *vector);
void           pathway_vector_free          (PathwayVector       *vector);
gboolean       pathway_vector_equal         (const PathwayVector *a,
                                             const PathwayVector *b);
GBytes        *pathway_vector_to_blob       (const PathwayVector *vector);
JsonNode      *pathway_vector_to_json       (const PathwayVector *vector);
void           pathway_vector_normalize     (PathwayVector       *vector);
float          pathway_vector_dot           (const PathwayVector *a,
                                             const PathwayVector *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayVector, pathway_vector_free)

G_END_DECLS
