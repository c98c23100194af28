/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-vector"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pathway-vector.h"

PathwayVector *
pathway_vector_new (guint n_dims)
{
  PathwayVector *vector = g_new0 (PathwayVector, 1);

  vector->n_dims = n_dims;
  vector->values = g_new0 (float, MAX (n_dims, 1));
  return vector;
}

/* NULL when the size is not a whole number of float32 values. */
PathwayVector *
pathway_vector_new_from_blob (gconstpointer data,
                              gsize         size)
{
  const guint8 *bytes = data;
  PathwayVector *vector;

  if (size % 4 != 0 || (size > 0 && data == NULL))
    return NULL;

  vector = pathway_vector_new (size / 4);
  for (guint i = 0; i < vector->n_dims; i++)
    {
      guint32 bits;

      memcpy (&bits, bytes + 4 * i, 4);
      bits = GUINT32_FROM_LE (bits);
      memcpy (&vector->values[i], &bits, 4);
    }

  return vector;
}

/* NULL unless the node is an array of numbers. */
PathwayVector *
pathway_vector_new_from_json (JsonNode *node)
{
  g_autoptr(PathwayVector) vector = NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  array = json_node_get_array (node);
  vector = pathway_vector_new (json_array_get_length (array));
  for (guint i = 0; i < vector->n_dims; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) ||
          (json_node_get_value_type (element) != G_TYPE_DOUBLE &&
           json_node_get_value_type (element) != G_TYPE_INT64))
        return NULL;

      vector->values[i] = (float) json_node_get_double (element);
    }

  return g_steal_pointer (&vector);
}

PathwayVector *
pathway_vector_copy (const PathwayVector *vector)
{
  PathwayVector *copy;

  g_return_val_if_fail (vector != NULL, NULL);

  copy = pathway_vector_new (vector->n_dims);
  memcpy (copy->values, vector->values, sizeof (float) * vector->n_dims);
  return copy;
}

void
pathway_vector_free (PathwayVector *vector)
{
  if (vector == NULL)
    return;

  g_free (vector->values);
  g_free (vector);
}

gboolean
pathway_vector_equal (const PathwayVector *a,
                      const PathwayVector *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return a->n_dims == b->n_dims &&
         memcmp (a->values, b->values, sizeof (float) * a->n_dims) == 0;
}

GBytes *
pathway_vector_to_blob (const PathwayVector *vector)
{
  guint8 *bytes;

  g_return_val_if_fail (vector != NULL, NULL);

  bytes = g_malloc (MAX (4 * vector->n_dims, 1));
  for (guint i = 0; i < vector->n_dims; i++)
    {
      guint32 bits;

      memcpy (&bits, &vector->values[i], 4);
      bits = GUINT32_TO_LE (bits);
      memcpy (bytes + 4 * i, &bits, 4);
    }

  return g_bytes_new_take (bytes, 4 * vector->n_dims);
}

JsonNode *
pathway_vector_to_json (const PathwayVector *vector)
{
  JsonArray *array;

  g_return_val_if_fail (vector != NULL, NULL);

  array = json_array_sized_new (vector->n_dims);
  for (guint i = 0; i < vector->n_dims; i++)
    json_array_add_double_element (array, vector->values[i]);

  {
    JsonNode *node = json_node_new (JSON_NODE_ARRAY);

    json_node_take_array (node, array);
    return node;
  }
}

void
pathway_vector_normalize (PathwayVector *vector)
{
  double norm = 0;

  g_return_if_fail (vector != NULL);

  for (guint i = 0; i < vector->n_dims; i++)
    norm += (double) vector->values[i] * vector->values[i];

  if (norm <= 0)
    return;

  norm = sqrt (norm);
  for (guint i = 0; i < vector->n_dims; i++)
    vector->values[i] = (float) (vector->values[i] / norm);
}

float
pathway_vector_dot (const PathwayVector *a,
                    const PathwayVector *b)
{
  float sum = 0;

  g_return_val_if_fail (a != NULL && b != NULL, 0);
  g_return_val_if_fail (a->n_dims == b->n_dims, 0);

  for (guint i = 0; i < a->n_dims; i++)
    sum += a->values[i] * b->values[i];

  return sum;
}
