/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidate-vectors"

#include "config.h"

#include "pathway-candidate-vectors.h"

#include "pathway-matching.h"


/* The text a candidate is embedded from, out of a row that selected summary_text and
 * PATHWAY_CANDIDATE_SKILLS_SQL; the same wherever vectors are made or checked. */
char *
pathway_candidate_vectors_row_text (PathwayStmt *stmt,
                                    int          summary_column,
                                    int          skills_column)
{
  g_auto(GStrv) skills = NULL;

  g_return_val_if_fail (stmt != NULL, NULL);

  skills = pathway_text_list_from_column (stmt, skills_column);
  return pathway_match_candidate_text ((const char *) sqlite3_column_text (stmt, summary_column),
                                       (const char * const *) skills);
}

/* Up to limit candidates after the user id after, by user id: their ids appended to user_ids
 * (gint64) and their texts to texts (char *, owned). No more to read when none is appended. */
gboolean
pathway_candidate_vectors_read_texts (PathwayDb  *db,
                                      gint64      after,
                                      guint       limit,
                                      GArray     *user_ids,
                                      GPtrArray  *texts,
                                      GError    **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (user_ids != NULL, FALSE);
  g_return_val_if_fail (texts != NULL, FALSE);

  stmt = pathway_db_prepare (db,
                             "SELECT user_id, summary_text, " PATHWAY_CANDIDATE_SKILLS_SQL " "
                             "FROM candidate_vectors WHERE user_id > ?1 ORDER BY user_id LIMIT ?2",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, after);
  sqlite3_bind_int64 (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 user_id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (user_ids, user_id);
      g_ptr_array_add (texts, pathway_candidate_vectors_row_text (stmt, 1, 2));
    }

  if (rc != SQLITE_DONE)
    {
      pathway_db_set_error (db, error, NULL);
      return FALSE;
    }

  return TRUE;
}

/* ───────────────────────────── the stage ───────────────────────────── */

/* TEMP: only this connection sees it, and it goes with the connection, so nothing half made is
 * ever in the file. Call before staging, and again to start over. */
gboolean
pathway_candidate_vectors_stage_begin (PathwayDb  *db,
                                       GError    **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);

  return pathway_db_exec (db,
                          "CREATE TEMP TABLE IF NOT EXISTS candidate_vector_stage ("
                          "  user_id INTEGER PRIMARY KEY,"
                          "  vector  BLOB NOT NULL"
                          ");"
                          "DELETE FROM temp.candidate_vector_stage;",
                          error);
}

/* Keeps n new vectors, stored as candidate_vectors stores them, until the commit. A candidate
 * staged twice keeps the later vector. */
gboolean
pathway_candidate_vectors_stage (PathwayDb                   *db,
                                 const gint64                *user_ids,
                                 const PathwayVector * const *vectors,
                                 guint                        n,
                                 GError                     **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (n == 0 || (user_ids != NULL && vectors != NULL), FALSE);

  stmt = pathway_db_prepare (db,
                             "INSERT OR REPLACE INTO temp.candidate_vector_stage (user_id, vector) VALUES (?1, ?2)",
                             error);
  if (stmt == NULL)
    return FALSE;

  /* No transaction: the stage is scratch, and a failed run discards all of it. */
  for (guint i = 0; i < n; i++)
    {
      GBytes *bytes = pathway_vector_to_blob (vectors[i]);
      gsize size = 0;
      gpointer data = g_bytes_unref_to_data (bytes, &size);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, user_ids[i]);
      sqlite3_bind_blob64 (stmt, 2, data, size, g_free);
      if (!pathway_db_step_done (db, stmt, NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* Every staged vector replaces the candidate's stored one, in one transaction, and the stage is
 * emptied. Candidates removed meanwhile are left out. The number of vectors replaced, or -1. */
gint64
pathway_candidate_vectors_stage_commit (PathwayDb  *db,
                                        GError    **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayStmt) update = NULL;
  g_autoptr(PathwayStmt) clear = NULL;
  gint64 n_changed;

  g_return_val_if_fail (PATHWAY_IS_DB (db), -1);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return -1;

  update = pathway_db_prepare (db,
                               "UPDATE candidate_vectors "
                               "SET vector = stage.vector, updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
                               "FROM temp.candidate_vector_stage AS stage "
                               "WHERE candidate_vectors.user_id = stage.user_id",
                               error);
  if (update == NULL || !pathway_db_step_done (db, update, NULL, error))
    return -1;

  n_changed = sqlite3_changes64 (pathway_db_get_handle (db));
  clear = pathway_db_prepare (db, "DELETE FROM temp.candidate_vector_stage", error);
  if (clear == NULL || !pathway_db_step_done (db, clear, NULL, error) ||
      !pathway_transaction_commit (transaction, error))
    return -1;

  return n_changed;
}

/* Empties the stage; the stored vectors stay as they were. */
void
pathway_candidate_vectors_stage_discard (PathwayDb *db)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PATHWAY_IS_DB (db));

  if (!pathway_db_exec (db, "DROP TABLE IF EXISTS temp.candidate_vector_stage", &error))
    g_debug ("The staged candidate vectors could not be dropped: %s", error->message);
}
