/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-match-index"

#include "config.h"

#include "pathway-match-index.h"

#include <stdlib.h>

#include "pathway-match-index-private.h"

/* Reading the index: its figures, and one candidate by id or by row. */

guint
pathway_match_index_get_size (PathwayMatchIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);

  return index->n;
}

guint
pathway_match_index_get_n_dims (PathwayMatchIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);

  return index->n_dims;
}

/* size × n_dims floats, one unit vector (or zeros) a candidate. */
const float *
pathway_match_index_get_vectors (PathwayMatchIndex *index)
{
  g_return_val_if_fail (index != NULL, NULL);

  return index->vectors;
}

const char *
pathway_match_index_get_signature (PathwayMatchIndex *index)
{
  g_return_val_if_fail (index != NULL, NULL);

  return index->signature;
}

gboolean
pathway_match_index_is_local_space (PathwayMatchIndex *index)
{
  g_return_val_if_fail (index != NULL, FALSE);

  return index->local_space;
}

guint
pathway_match_index_get_n_skipped (PathwayMatchIndex *index)
{
  g_return_val_if_fail (index != NULL, 0);

  return index->n_skipped;
}

static int
compare_id_pairs (gconstpointer a,
                  gconstpointer b)
{
  gint64 x = ((const gint64 *) a)[0], y = ((const gint64 *) b)[0];

  return x < y ? -1 : x > y;
}

/* The (id, row) pairs that pathway_match_index_lookup() searches. */
void
_pathway_match_index_sort_ids (PathwayMatchIndex *index)
{
  index->sorted_ids = g_new (gint64, 2 * (gsize) MAX (index->n, 1));
  for (guint i = 0; i < index->n; i++)
    {
      index->sorted_ids[2 * i] = index->ids[i];
      index->sorted_ids[2 * i + 1] = i;
    }
  qsort (index->sorted_ids, index->n, 2 * sizeof (gint64), compare_id_pairs);
}

gboolean
pathway_match_index_lookup (PathwayMatchIndex *index,
                            gint64             candidate_id,
                            guint             *row)
{
  gint64 key[2] = { candidate_id, 0 };
  const gint64 *found;

  g_return_val_if_fail (index != NULL, FALSE);

  found = bsearch (key, index->sorted_ids, index->n, 2 * sizeof (gint64), compare_id_pairs);
  if (found == NULL)
    return FALSE;

  if (row != NULL)
    *row = (guint) found[1];
  return TRUE;
}

PathwayMatchIndexEntry *
pathway_match_index_get_entry (PathwayMatchIndex *index,
                               guint              row)
{
  PathwayMatchIndexEntry *entry;
  guint start, end;

  g_return_val_if_fail (index != NULL, NULL);
  g_return_val_if_fail (row < index->n, NULL);

  start = index->skill_starts[row];
  end = index->skill_starts[row + 1];
  entry = g_new0 (PathwayMatchIndexEntry, 1);
  entry->skill_keys = g_new0 (const char *, end - start + 1);
  for (guint i = start; i < end; i++)
    entry->skill_keys[i - start] = g_ptr_array_index (index->skill_keys,
                                                      g_array_index (index->skill_ids, guint32, i));

  entry->vector.n_dims = index->n_dims;
  entry->vector.values = index->vectors + (gsize) row * index->n_dims;
  entry->candidate.id = index->ids[row];
  entry->candidate.skill_keys = entry->skill_keys;
  entry->candidate.location_key = g_ptr_array_index (index->location_keys, index->location_ids[row]);
  entry->candidate.remote_ok = index->remote_ok[row];
  entry->candidate.salary_expectation = index->salaries[row];
  entry->candidate.vector = index->has_vector[row] ? &entry->vector : NULL;
  return entry;
}

void
pathway_match_index_entry_free (PathwayMatchIndexEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->skill_keys);
  g_free (entry);
}
