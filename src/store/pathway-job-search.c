/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-job-search"

#include "config.h"

#include "pathway-jobs.h"

#include <glib/gi18n.h>

#include "pathway-json.h"
#include "pathway-list-search.h"
#include "pathway-time.h"

/* Finding jobs: the FTS5 expression made from what was typed, and the SQL of the jobs list, which
 * the app's paged list and pathway-cli share: the fragments the query's fields choose, which
 * pathway-list-search.c puts together. */

/* More words than anyone types into a search field; the rest are ignored. */
#define MAX_WORDS 32

#define COLUMN(S, field, TYPE) { #field, PATHWAY_COLUMN_##TYPE, G_STRUCT_OFFSET (S, field), NULL, 0 }

static void
free_job_summary (gpointer record)
{
  pathway_record_free (&pathway_job_summaries_table, record);
}

static const PathwayColumn job_summary_columns[] = {
  COLUMN (PathwayJobSummary, id, ID),
  COLUMN (PathwayJobSummary, title, TEXT),
  COLUMN (PathwayJobSummary, location, TEXT),
  { "status", PATHWAY_COLUMN_ENUM, G_STRUCT_OFFSET (PathwayJobSummary, status), pathway_job_status_nicks, 0 },
  COLUMN (PathwayJobSummary, salary_range, TEXT),
  COLUMN (PathwayJobSummary, salary_max, INT),
  COLUMN (PathwayJobSummary, company, TEXT),
  COLUMN (PathwayJobSummary, created_at, TIMESTAMP),
};

const PathwayTable pathway_job_summaries_table = {
  "job_summaries", N_("job"), sizeof (PathwayJobSummary),
  job_summary_columns, G_N_ELEMENTS (job_summary_columns), free_job_summary
};

/* In the order of job_summary_columns. */
#define SUMMARY_COLUMNS "j.id, j.title, j.location, j.status, j.salary_range, p.salary_max, p.company, j.created_at"

PathwayJobQuery *
pathway_job_query_copy (const PathwayJobQuery *query)
{
  PathwayJobQuery *copy;

  g_return_val_if_fail (query != NULL, NULL);

  copy = g_memdup2 (query, sizeof *query);
  copy->text = g_strdup (query->text);
  copy->location = g_strdup (query->location);
  return copy;
}

void
pathway_job_query_free (PathwayJobQuery *query)
{
  if (query == NULL)
    return;

  g_free ((char *) query->text);
  g_free ((char *) query->location);
  g_free (query);
}

/* ───────────────────────────── FTS5 expressions ───────────────────────────── */

/* The characters FTS5's unicode61 tokenizer keeps in words: letters, numbers, private use. */
static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_type (c) == G_UNICODE_PRIVATE_USE;
}

static gboolean
has_word_char (const char *start,
               const char *end)
{
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    if (is_word_char (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static void
append_quoted (GString    *expression,
               const char *start,
               const char *end)
{
  g_string_append_c (expression, '"');
  for (const char *p = start; p < end; p++)
    {
      if (*p == '"')
        g_string_append_c (expression, '"');
      g_string_append_c (expression, *p);
    }
  g_string_append_c (expression, '"');
}

/* Turns anything typed into a safe FTS5 MATCH expression: each word between white space becomes a
 * quoted string (FTS5 operators, column filters, stars and quotes inside it are only text), the
 * words are ANDed, and the last one matches as a prefix, so results follow each key press.
 * Returns NULL for blank text (no filter), and an empty phrase, which matches nothing, for text
 * with no letter or digit: lone punctuation or emoji must not list everything. */
char *
pathway_jobs_fts_query (const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) expression = NULL;
  const char *last_start = NULL, *last_end = NULL;
  guint n_words = 0;
  const char *p;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  if (pathway_json_is_blank (valid))
    return NULL;

  expression = g_string_new (NULL);
  p = valid;
  while (*p != '\0' && n_words < MAX_WORDS)
    {
      const char *start, *end;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      end = p;

      if (start == end || !has_word_char (start, end))
        continue;

      /* Written one word late, so that the last one can take the prefix star. */
      if (last_start != NULL)
        {
          append_quoted (expression, last_start, last_end);
          g_string_append (expression, " AND ");
        }
      last_start = start;
      last_end = end;
      n_words++;
    }

  if (last_start == NULL)
    return g_strdup ("\"\"");

  append_quoted (expression, last_start, last_end);
  g_string_append_c (expression, '*');
  return g_string_free (g_steal_pointer (&expression), FALSE);
}

/* ───────────────────────────── the jobs list ───────────────────────────── */

static gboolean
sorts_by_relevance (gconstpointer  data,
                    const char    *match)
{
  const PathwayJobQuery *query = data;

  return query->sort == PATHWAY_JOB_SORT_RELEVANCE && match != NULL;
}

static void
append_filters (GString       *sql,
                gconstpointer  data,
                const char    *match)
{
  const PathwayJobQuery *query = data;

  g_string_append (sql, " WHERE 1");
  if (match != NULL)
    g_string_append (sql, " AND jobs_fts MATCH :match");
  if (query->recruiter_id != 0)
    g_string_append (sql, " AND j.recruiter_id = :recruiter");
  if (query->status >= 0)
    g_string_append (sql, " AND j.status = :status");
  if (query->location != NULL && *query->location != '\0')
    g_string_append (sql, " AND instr(lower(j.location), lower(:location)) > 0");
  if (query->remote_only)
    g_string_append (sql, " AND j.location LIKE '%remote%'");
}

/* The tables, joined in the order the query is fastest in: the full-text matches first when there
 * is text (else SQLite may run the MATCH once per job), the salary index first when sorting by
 * salary, which lists only jobs with a posting (every job pathway_jobs_save() writes has one).
 * with_shown: also the posting's columns the list shows. */
static void
append_from (GString       *sql,
             gconstpointer  data,
             const char    *match,
             gboolean       with_shown)
{
  const PathwayJobQuery *query = data;
  gboolean by_salary = query->sort == PATHWAY_JOB_SORT_SALARY;

  if (match != NULL)
    g_string_append (sql, " FROM jobs_fts CROSS JOIN jobs AS j ON j.id = jobs_fts.rowid");
  else if (by_salary)
    g_string_append (sql, " FROM job_postings AS p CROSS JOIN jobs AS j ON j.id = p.job_id");
  else
    g_string_append (sql, " FROM jobs AS j");

  if (match != NULL && by_salary)
    g_string_append (sql, " JOIN job_postings AS p ON p.job_id = j.id");
  else if (with_shown && !by_salary)
    g_string_append (sql, " LEFT JOIN job_postings AS p ON p.job_id = j.id");
}

/* Past the row (key, id) in the list's order. The first comparison, implied by the second, lets
 * SQLite start in the sort's index at the key instead of scanning up to it. */
static const char *
keyset_condition (gconstpointer data)
{
  const PathwayJobQuery *query = data;

  switch (query->sort)
    {
    case PATHWAY_JOB_SORT_OLDEST:
      return " AND j.created_at >= :after_key AND (j.created_at, j.id) > (:after_key, :after_id)";
    case PATHWAY_JOB_SORT_TITLE:
      return " AND j.title COLLATE NOCASE >= :after_key"
             " AND (j.title COLLATE NOCASE, j.id) > (:after_key, :after_id)";
    case PATHWAY_JOB_SORT_SALARY:
      return " AND coalesce(p.salary_max, -1) <= :after_key"
             " AND (coalesce(p.salary_max, -1), p.job_id) < (:after_key, :after_id)";
    case PATHWAY_JOB_SORT_NEWEST:
    case PATHWAY_JOB_SORT_RELEVANCE:
    default:
      return " AND j.created_at <= :after_key AND (j.created_at, j.id) < (:after_key, :after_id)";
    }
}

static const char *
order_by (gconstpointer  data,
          const char    *match)
{
  const PathwayJobQuery *query = data;

  if (sorts_by_relevance (query, match))
    /* Weights: title, description, requirements, skills, location. */
    return " ORDER BY bm25(jobs_fts, 10.0, 1.0, 3.0, 5.0, 2.0), j.id";

  switch (query->sort)
    {
    case PATHWAY_JOB_SORT_OLDEST:
      return " ORDER BY j.created_at, j.id";
    case PATHWAY_JOB_SORT_TITLE:
      return " ORDER BY j.title COLLATE NOCASE, j.id";
    case PATHWAY_JOB_SORT_SALARY:
      return " ORDER BY coalesce(p.salary_max, -1) DESC, p.job_id DESC";
    case PATHWAY_JOB_SORT_NEWEST:
    case PATHWAY_JOB_SORT_RELEVANCE:
    default:
      return " ORDER BY j.created_at DESC, j.id DESC";
    }
}

static void
bind_filters (PathwayStmt   *stmt,
              gconstpointer  data,
              const char    *match)
{
  const PathwayJobQuery *query = data;

  pathway_list_search_bind_text (stmt, ":match", match);
  pathway_list_search_bind_int64 (stmt, ":recruiter", query->recruiter_id);
  if (query->status >= 0)
    pathway_list_search_bind_text (stmt, ":status", pathway_job_status_nicks[query->status]);
  pathway_list_search_bind_text (stmt, ":location", query->location);
}

static void
bind_keyset (PathwayStmt   *stmt,
             gconstpointer  data,
             gconstpointer  row)
{
  const PathwayJobQuery *query = data;
  const PathwayJobSummary *after = row;
  int index = sqlite3_bind_parameter_index (stmt, ":after_key");

  switch (query->sort)
    {
    case PATHWAY_JOB_SORT_TITLE:
      sqlite3_bind_text (stmt, index, after->title, -1, SQLITE_TRANSIENT);
      break;
    case PATHWAY_JOB_SORT_SALARY:
      sqlite3_bind_int (stmt, index, after->salary_max != PATHWAY_UNSET ? after->salary_max : -1);
      break;
    case PATHWAY_JOB_SORT_NEWEST:
    case PATHWAY_JOB_SORT_OLDEST:
    case PATHWAY_JOB_SORT_RELEVANCE:
    default:
      sqlite3_bind_text (stmt, index, pathway_timestamp_format (after->created_at), -1, g_free);
      break;
    }

  pathway_list_search_bind_int64 (stmt, ":after_id", after->id);
}

static const PathwayListSearch jobs_search = {
  .table = &pathway_job_summaries_table,
  .columns = SUMMARY_COLUMNS,
  .append_from = append_from,
  .append_filters = append_filters,
  .bind_filters = bind_filters,
  .sorts_by_relevance = sorts_by_relevance,
  .keyset_condition = keyset_condition,
  .bind_keyset = bind_keyset,
  .order_by = order_by,
};

static gboolean
check_query (const PathwayJobQuery *query)
{
  return query->status >= -1 && query->status <= PATHWAY_JOB_FILLED &&
         query->sort >= PATHWAY_JOB_SORT_NEWEST && query->sort <= PATHWAY_JOB_SORT_RELEVANCE;
}

/* How many jobs the query lists; -1 on an error. */
gint64
pathway_jobs_count (PathwayDb              *db,
                    const PathwayJobQuery  *query,
                    GError                **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), -1);
  g_return_val_if_fail (query != NULL && check_query (query), -1);

  return pathway_list_search_count (db, &jobs_search, query, query->text, error);
}

/* Up to limit rows of the jobs list, as PathwayJobSummary; see pathway_list_search_fetch_page(). */
GPtrArray *
pathway_jobs_fetch_page (PathwayDb                *db,
                         const PathwayJobQuery    *query,
                         const PathwayJobSummary  *after,
                         guint                     offset,
                         guint                     limit,
                         GError                  **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (query != NULL && check_query (query), NULL);

  return pathway_list_search_fetch_page (db, &jobs_search, query, query->text, after, offset, limit, error);
}
