/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-match-embedding"

#include "config.h"

#include "pathway-match-embedding.h"

#include "pathway-candidate-vectors.h"
#include "pathway-matches.h"
#include "pathway-matching.h"

/* How many candidates an endpoint embeds beside the job, and how close what it makes of them must
 * come to what is stored. One model gives the same text the same vector (0.9999 and up, GPUs
 * being what they are); another model's vectors are unrelated (about 0). */
#define N_PROBES       3
#define SAME_SPACE_MIN 0.95

void
pathway_match_embedding_request_free (PathwayMatchEmbeddingRequest *request)
{
  if (request == NULL)
    return;

  g_free (request->job_text);
  g_array_unref (request->probe_ids);
  g_ptr_array_unref (request->probe_texts);
  g_free (request);
}

PathwayMatchEmbedding *
pathway_match_embedding_new (void)
{
  PathwayMatchEmbedding *embedding = g_new0 (PathwayMatchEmbedding, 1);

  embedding->probe_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  embedding->probe_vectors = g_ptr_array_new_with_free_func ((GDestroyNotify) pathway_vector_free);
  return embedding;
}

PathwayMatchEmbedding *
pathway_match_embedding_copy (const PathwayMatchEmbedding *embedding)
{
  PathwayMatchEmbedding *copy;

  g_return_val_if_fail (embedding != NULL, NULL);

  copy = pathway_match_embedding_new ();
  copy->job_vector = embedding->job_vector != NULL ? pathway_vector_copy (embedding->job_vector) : NULL;
  copy->embedder = g_strdup (embedding->embedder);
  g_array_append_vals (copy->probe_ids, embedding->probe_ids->data, embedding->probe_ids->len);
  for (guint i = 0; i < embedding->probe_vectors->len; i++)
    g_ptr_array_add (copy->probe_vectors, pathway_vector_copy (g_ptr_array_index (embedding->probe_vectors, i)));
  return copy;
}

void
pathway_match_embedding_free (PathwayMatchEmbedding *embedding)
{
  if (embedding == NULL)
    return;

  g_clear_pointer (&embedding->job_vector, pathway_vector_free);
  g_free (embedding->embedder);
  g_array_unref (embedding->probe_ids);
  g_ptr_array_unref (embedding->probe_vectors);
  g_free (embedding);
}

/* Probes spread over the candidates by id: the first, the middle one and the last. */
static gboolean
add_probes (PathwayDb                     *db,
            PathwayMatchEmbeddingRequest  *request,
            GError                       **error)
{
  g_autoptr(PathwayStmt) range = pathway_db_prepare (db, "SELECT min(id), max(id) FROM candidate_vectors", error);
  g_autoptr(PathwayStmt) stmt = NULL;
  gint64 first, last;

  if (range == NULL)
    return FALSE;
  if (sqlite3_step (range) != SQLITE_ROW || sqlite3_column_type (range, 0) == SQLITE_NULL)
    return TRUE;

  first = sqlite3_column_int64 (range, 0);
  last = sqlite3_column_int64 (range, 1);
  stmt = pathway_db_prepare (db,
                             "SELECT user_id, summary_text, " PATHWAY_CANDIDATE_SKILLS_SQL " "
                             "FROM candidate_vectors WHERE id >= ?1 ORDER BY id LIMIT 1",
                             error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < N_PROBES; i++)
    {
      gint64 user_id;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, first + (last - first) * i / (N_PROBES - 1));
      if (sqlite3_step (stmt) != SQLITE_ROW)
        continue;

      user_id = sqlite3_column_int64 (stmt, 0);
      if (request->probe_ids->len > 0 &&
          g_array_index (request->probe_ids, gint64, request->probe_ids->len - 1) == user_id)
        continue;

      g_array_append_val (request->probe_ids, user_id);
      g_ptr_array_add (request->probe_texts, pathway_candidate_vectors_row_text (stmt, 1, 2));
    }

  return TRUE;
}

/* What an embeddings endpoint needs to embed for job_id; short queries, fine on the main thread. */
PathwayMatchEmbeddingRequest *
pathway_match_embedding_prepare (PathwayDb  *db,
                                 gint64      job_id,
                                 GError    **error)
{
  g_autoptr(PathwayMatchEmbeddingRequest) request = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  text = pathway_matches_dup_job_text (db, job_id, error);
  if (text == NULL)
    return NULL;

  request = g_new0 (PathwayMatchEmbeddingRequest, 1);
  request->job_text = g_steal_pointer (&text);
  request->probe_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  request->probe_texts = g_ptr_array_new_with_free_func (g_free);
  if (!add_probes (db, request, error))
    return NULL;

  return g_steal_pointer (&request);
}

/* Whether the endpoint made the candidates' vectors: every probe came out as it is stored. */
gboolean
pathway_match_embedding_agrees (const PathwayMatchEmbedding *embedding,
                                PathwayMatchIndex           *index)
{
  g_return_val_if_fail (embedding != NULL, FALSE);
  g_return_val_if_fail (index != NULL, FALSE);

  if (embedding->job_vector == NULL || embedding->probe_ids->len == 0 ||
      embedding->probe_ids->len != embedding->probe_vectors->len)
    return FALSE;

  for (guint i = 0; i < embedding->probe_ids->len; i++)
    {
      g_autoptr(PathwayMatchIndexEntry) entry = NULL;
      g_autoptr(PathwayVector) probe = NULL;
      guint row;

      if (!pathway_match_index_lookup (index, g_array_index (embedding->probe_ids, gint64, i), &row))
        return FALSE;

      entry = pathway_match_index_get_entry (index, row);
      probe = pathway_vector_copy (g_ptr_array_index (embedding->probe_vectors, i));
      pathway_vector_normalize (probe);
      if (entry->candidate.vector == NULL || probe->n_dims != entry->vector.n_dims ||
          pathway_vector_dot (probe, &entry->vector) < SAME_SPACE_MIN)
        return FALSE;
    }

  return TRUE;
}

