/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-matches"

#include "config.h"

#include "pathway-matches.h"

#include <glib/gi18n.h>

#include "pathway-embedding.h"
#include "pathway-match-embedding.h"
#include "pathway-match-index.h"
#include "pathway-rows.h"
#include "pathway-text-lists.h"


/* The index of the last database matched, kept between runs: loading 100,000 candidates takes
 * a second or two and 370 MB, scoring them milliseconds. */
static GMutex cache_lock;
static char *cache_path;
static PathwayMatchIndex *cache_index;

typedef struct {
  gint64  recruiter_id;
  char   *title;
  char   *description;
  char   *location;
  GStrv   requirements;
  GStrv   skills;
  int     salary_min;
  int     salary_max;
} JobRow;

static void
job_row_clear (JobRow *row)
{
  g_free (row->title);
  g_free (row->description);
  g_free (row->location);
  g_strfreev (row->requirements);
  g_strfreev (row->skills);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JobRow, job_row_clear)

static int
int_or_unknown (PathwayStmt *stmt,
                int          column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? PATHWAY_MATCH_UNKNOWN
                                                           : sqlite3_column_int (stmt, column);
}

static gboolean
load_job (PathwayDb  *db,
          gint64      job_id,
          JobRow     *row,
          GError    **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  int rc;

  stmt = pathway_db_prepare (db,
                             "SELECT j.recruiter_id, j.title, j.description, j.location, "
                             "  " PATHWAY_TEXT_LIST_SQL ("j.requirements") ", "
                             "  " PATHWAY_TEXT_LIST_SQL ("p.skills") ", "
                             "  p.salary_min, p.salary_max "
                             "FROM jobs j LEFT JOIN job_postings p ON p.job_id = j.id WHERE j.id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, job_id);

      /* The id goes in as text: a format macro inside _() would cut the message short. */
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND,
                   _("There is no job with id %s; it may have been deleted."), id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      pathway_db_set_error (db, error, NULL);
      return FALSE;
    }

  row->recruiter_id = sqlite3_column_int64 (stmt, 0);
  row->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  row->description = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  row->location = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  row->requirements = pathway_text_list_from_column (stmt, 4);
  row->skills = pathway_text_list_from_column (stmt, 5);
  row->salary_min = int_or_unknown (stmt, 6);
  row->salary_max = int_or_unknown (stmt, 7);
  return TRUE;
}

static char *
job_text (const JobRow *row)
{
  return pathway_match_job_text (row->title, row->description, (const char * const *) row->requirements,
                                 (const char * const *) row->skills);
}

/* The text a job's vector is made from: pathway_match_job_text() of its title, description,
 * requirements and skills. */
char *
pathway_matches_dup_job_text (PathwayDb  *db,
                              gint64      job_id,
                              GError    **error)
{
  g_auto(JobRow) row = { 0 };

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  if (!load_job (db, job_id, &row, error))
    return NULL;

  return job_text (&row);
}

/* The job as the scorer sees it, with the local embedding of its text; for explaining one
 * candidate on demand, and for benchmarks. */
PathwayMatchJob *
pathway_matches_load_job (PathwayDb  *db,
                          gint64      job_id,
                          GError    **error)
{
  g_auto(JobRow) row = { 0 };
  g_autofree char *text = NULL;
  g_autoptr(PathwayVector) vector = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  if (!load_job (db, job_id, &row, error))
    return NULL;

  text = job_text (&row);
  vector = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
  return pathway_match_job_new ((const char * const *) row.skills, row.location, row.salary_min, row.salary_max,
                                vector);
}

/* The job's vector by the rules in the header; *embedder names it (NULL for none). */
static PathwayVector *
choose_vector (PathwayMatchIndex           *index,
               const JobRow                *row,
               const PathwayMatchEmbedding *embedding,
               const char                 **embedder)
{
  g_autofree char *text = NULL;

  if (embedding != NULL && pathway_match_embedding_agrees (embedding, index))
    {
      *embedder = embedding->embedder;
      return pathway_vector_copy (embedding->job_vector);
    }

  if (embedding != NULL)
    g_debug ("The embeddings endpoint did not make the candidates' vectors; the job is embedded locally");

  if (!pathway_match_index_is_local_space (index))
    {
      *embedder = NULL;
      return NULL;
    }

  *embedder = PATHWAY_MATCH_LOCAL_EMBEDDER;
  text = job_text (row);
  return pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
}

/* ───────────────────────────── the index cache ───────────────────────────── */

static PathwayMatchIndex *
get_index (PathwayDb     *db,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&cache_lock);
  g_autofree char *signature = pathway_match_index_dup_signature (db, error);
  PathwayMatchIndex *index;

  if (signature == NULL)
    return NULL;

  if (cache_index != NULL && g_strcmp0 (cache_path, pathway_db_get_path (db)) == 0 &&
      g_str_equal (signature, pathway_match_index_get_signature (cache_index)))
    return pathway_match_index_ref (cache_index);

  /* Let the old one go before loading: two at once could be 600 MB. */
  g_clear_pointer (&cache_index, pathway_match_index_unref);
  g_clear_pointer (&cache_path, g_free);

  index = pathway_match_index_load (db, cancellable, error);
  if (index == NULL)
    return NULL;

  cache_path = g_strdup (pathway_db_get_path (db));
  cache_index = pathway_match_index_ref (index);
  return index;
}

/* Frees the kept index, as when the recruiter leaves the matches or the database is closed. */
void
pathway_matches_clear_cache (void)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&cache_lock);

  g_clear_pointer (&cache_index, pathway_match_index_unref);
  g_clear_pointer (&cache_path, g_free);
}

/* ───────────────────────────── writing ───────────────────────────── */

typedef struct {
  PathwayDb                 *db;
  gint64                     job_id;
  gint64                     recruiter_id;
  PathwayMatchIndex         *index;
  const PathwayMatchJob     *job;
  const PathwayMatchWeights *weights;
  const char                *embedder;
} Writer;

/* The score and the reasons of the candidate at row, reasons as JSON text. */
static char *
explain_row (Writer *writer,
             guint   row,
             double *total)
{
  g_autoptr(PathwayMatchIndexEntry) entry = pathway_match_index_get_entry (writer->index, row);
  g_autoptr(JsonNode) reasons = pathway_match_explain (writer->job, &entry->candidate, writer->weights);
  JsonObject *object = json_node_get_object (reasons);
  PathwayMatchScore score;

  if (writer->embedder != NULL)
    json_object_set_string_member (object, "embedder", writer->embedder);
  else
    json_object_set_null_member (object, "embedder");

  pathway_match_score (writer->job, &entry->candidate, writer->weights, &score);
  *total = score.total;
  return json_to_string (reasons, FALSE);
}

/* A new match, or new figures for one the job has, its status untouched. */
static gboolean
save_match (Writer   *writer,
            gint64    candidate_id,
            guint     row,
            GError  **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  g_autofree char *reasons = NULL;
  double total;

  stmt = pathway_db_prepare (writer->db,
                             "INSERT INTO candidate_matches (recruiter_id, job_id, candidate_id, match_score, match_reasons) "
                             "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (job_id, candidate_id) DO UPDATE SET "
                             "recruiter_id = excluded.recruiter_id, match_score = excluded.match_score, "
                             "match_reasons = excluded.match_reasons",
                             error);
  if (stmt == NULL)
    return FALSE;

  reasons = explain_row (writer, row, &total);
  sqlite3_bind_int64 (stmt, 1, writer->recruiter_id);
  sqlite3_bind_int64 (stmt, 2, writer->job_id);
  sqlite3_bind_int64 (stmt, 3, candidate_id);
  sqlite3_bind_double (stmt, 4, CLAMP (total, 0.0, 100.0));
  sqlite3_bind_text (stmt, 5, reasons, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      pathway_row_set_error (writer->db, &pathway_candidate_matches_table, error);
      return FALSE;
    }

  return TRUE;
}

/* The candidates of the job's matches that the recruiter has acted on, outside the new top k. */
static GArray *
select_kept (Writer      *writer,
             const char  *top_ids,
             GError     **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  stmt = pathway_db_prepare (writer->db,
                             "SELECT candidate_id FROM candidate_matches WHERE job_id = ?1 AND status != 'new' "
                             "AND candidate_id NOT IN (SELECT value FROM json_each (?2))",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, writer->job_id);
  sqlite3_bind_text (stmt, 2, top_ids, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (kept, id);
    }

  if (rc != SQLITE_DONE)
    {
      pathway_db_set_error (writer->db, error, NULL);
      return NULL;
    }

  return g_steal_pointer (&kept);
}

static gboolean
delete_replaced (Writer      *writer,
                 const char  *top_ids,
                 GError     **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;

  stmt = pathway_db_prepare (writer->db,
                             "DELETE FROM candidate_matches WHERE job_id = ?1 AND status = 'new' "
                             "AND candidate_id NOT IN (SELECT value FROM json_each (?2))",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, writer->job_id);
  sqlite3_bind_text (stmt, 2, top_ids, -1, SQLITE_STATIC);
  return pathway_db_step_done (writer->db, stmt, NULL, error);
}

static gboolean
write_matches (Writer     *writer,
               GPtrArray  *top,
               GError    **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(GString) top_ids = g_string_new ("[");
  g_autoptr(GArray) kept = NULL;

  for (guint i = 0; i < top->len; i++)
    g_string_append_printf (top_ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            ((PathwayMatchResult *) g_ptr_array_index (top, i))->candidate_id);
  g_string_append_c (top_ids, ']');

  transaction = pathway_db_begin (writer->db, error);
  if (transaction == NULL || !delete_replaced (writer, top_ids->str, error))
    return FALSE;

  for (guint i = 0; i < top->len; i++)
    {
      PathwayMatchResult *result = g_ptr_array_index (top, i);

      if (!save_match (writer, result->candidate_id, result->row, error))
        return FALSE;
    }

  /* A candidate no longer in the index (their vector was removed) keeps the figures they had. */
  kept = select_kept (writer, top_ids->str, error);
  if (kept == NULL)
    return FALSE;

  for (guint i = 0; i < kept->len; i++)
    {
      gint64 candidate_id = g_array_index (kept, gint64, i);
      guint row;

      if (pathway_match_index_lookup (writer->index, candidate_id, &row) &&
          !save_match (writer, candidate_id, row, error))
        return FALSE;
    }

  return pathway_transaction_commit (transaction, error);
}

/* ───────────────────────────── running ───────────────────────────── */

/* Runs on db's connection; the async functions run it in a worker on a connection of its own.
 * Returns the job's matches, best first: the new top k and those the recruiter acted on. */
GPtrArray *
pathway_matches_run (PathwayDb                    *db,
                     gint64                        job_id,
                     guint                         top_k,
                     const PathwayMatchEmbedding  *embedding,
                     GCancellable                 *cancellable,
                     GError                      **error)
{
  const PathwayMatchWeights *weights = pathway_match_weights_get_default ();
  g_auto(JobRow) row = { 0 };
  g_autoptr(PathwayMatchIndex) index = NULL;
  g_autoptr(PathwayVector) vector = NULL;
  g_autoptr(PathwayMatchJob) job = NULL;
  g_autoptr(GPtrArray) top = NULL;
  Writer writer = { 0 };

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (top_k > 0, NULL);

  if (!load_job (db, job_id, &row, error))
    return NULL;

  index = get_index (db, cancellable, error);
  if (index == NULL)
    return NULL;

  writer.db = db;
  writer.job_id = job_id;
  writer.recruiter_id = row.recruiter_id;
  writer.index = index;
  writer.weights = weights;
  vector = choose_vector (index, &row, embedding, &writer.embedder);
  job = pathway_match_job_new ((const char * const *) row.skills, row.location, row.salary_min, row.salary_max,
                               vector);
  writer.job = job;

  top = pathway_match_index_top (index, job, weights, top_k);
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !write_matches (&writer, top, error))
    return NULL;

  return pathway_row_select (db, &pathway_candidate_matches_table,
                             "job_id = ?1 ORDER BY match_score DESC, candidate_id", &job_id, 1, error);
}

typedef struct {
  char                  *path;
  gint64                 job_id;
  guint                  top_k;
  PathwayMatchEmbedding *embedding;
} RunData;

static void
run_data_free (RunData *data)
{
  g_free (data->path);
  g_clear_pointer (&data->embedding, pathway_match_embedding_free);
  g_free (data);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *data = task_data;
  g_autoptr(PathwayDb) db = NULL;
  GError *error = NULL;
  GPtrArray *matches = NULL;

  db = pathway_db_open (data->path, &error);
  if (db != NULL)
    {
      pathway_match_index_map_file (db);
      matches = pathway_matches_run (db, data->job_id, data->top_k, data->embedding, cancellable, &error);
    }

  if (matches == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, matches, (GDestroyNotify) g_ptr_array_unref);
}

/* embedding may be NULL; it is copied. */
void
pathway_matches_run_with_embedding_async (PathwayDb                   *db,
                                          gint64                       job_id,
                                          guint                        top_k,
                                          const PathwayMatchEmbedding *embedding,
                                          GCancellable                *cancellable,
                                          GAsyncReadyCallback          callback,
                                          gpointer                     user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *data;

  g_return_if_fail (PATHWAY_IS_DB (db));
  g_return_if_fail (top_k > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (RunData, 1);
  data->path = g_strdup (pathway_db_get_path (db));
  data->job_id = job_id;
  data->top_k = top_k;
  data->embedding = embedding != NULL ? pathway_match_embedding_copy (embedding) : NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_matches_run_with_embedding_async);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_thread);
}

void
pathway_matches_run_async (PathwayDb           *db,
                           gint64               job_id,
                           guint                top_k,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  pathway_matches_run_with_embedding_async (db, job_id, top_k, NULL, cancellable, callback, user_data);
}

/* PathwayCandidateMatch records, best first. */
GPtrArray *
pathway_matches_run_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_matches_run_with_embedding_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ───────────────────────────── listing ───────────────────────────── */

/* A page of the job's matches, best first: status is a PathwayMatchStatus or -1 for all; after is
 * the last match of the previous page, NULL for the first. */
GPtrArray *
pathway_matches_list (PathwayDb                    *db,
                      gint64                        job_id,
                      int                           status,
                      const PathwayCandidateMatch  *after,
                      guint                         limit,
                      GError                      **error)
{
  g_autofree char *columns = pathway_row_select_columns (&pathway_candidate_matches_table);
  g_autofree char *sql = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (status >= -1 && status <= PATHWAY_MATCH_DISMISSED, NULL);

  sql = g_strdup_printf ("SELECT %s FROM candidate_matches WHERE job_id = ?1 AND (?2 IS NULL OR status = ?2) "
                         "AND (?3 IS NULL OR match_score < ?3 OR (match_score = ?3 AND candidate_id > ?4)) "
                         "ORDER BY match_score DESC, candidate_id LIMIT ?5", columns);
  stmt = pathway_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, job_id);
  if (status >= 0)
    sqlite3_bind_text (stmt, 2, pathway_match_status_nicks[status], -1, SQLITE_STATIC);
  if (after != NULL)
    {
      sqlite3_bind_double (stmt, 3, after->match_score);
      sqlite3_bind_int64 (stmt, 4, after->candidate_id);
    }
  sqlite3_bind_int64 (stmt, 5, limit);

  return pathway_row_collect (db, &pathway_candidate_matches_table, stmt, error);
}
