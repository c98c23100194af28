/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidate-search"

#include "config.h"

#include "pathway-candidates.h"

#include <glib/gi18n.h>

#include "pathway-list-search.h"
#include "pathway-time.h"

/* The SQL of the candidates list, which the app's paged list and pathway-cli share: the fragments
 * the query's fields choose, which pathway-list-search.c puts together. A candidate is a student
 * with an onboarding row: without one there is no name to list. */

#define COLUMN(S, field, TYPE) { #field, PATHWAY_COLUMN_##TYPE, G_STRUCT_OFFSET (S, field), NULL, 0 }

static void
free_candidate_summary (gpointer record)
{
  pathway_record_free (&pathway_candidate_summaries_table, record);
}

static const PathwayColumn candidate_summary_columns[] = {
  COLUMN (PathwayCandidateSummary, id, ID),
  COLUMN (PathwayCandidateSummary, name, TEXT),
  COLUMN (PathwayCandidateSummary, headline, TEXT),
  COLUMN (PathwayCandidateSummary, location, TEXT),
  COLUMN (PathwayCandidateSummary, skills, JSON),
  { "source", PATHWAY_COLUMN_ENUM, G_STRUCT_OFFSET (PathwayCandidateSummary, source), pathway_user_source_nicks, 0 },
  COLUMN (PathwayCandidateSummary, created_at, TIMESTAMP),
};

const PathwayTable pathway_candidate_summaries_table = {
  "candidate_summaries", N_("candidate"), sizeof (PathwayCandidateSummary),
  candidate_summary_columns, G_N_ELEMENTS (candidate_summary_columns), free_candidate_summary
};

/* In the order of candidate_summary_columns. */
#define SUMMARY_COLUMNS \
  "o.user_id, o.name, cp.headline, cp.location, coalesce(v.skills_tags, o.current_skills), u.source, u.created_at"

PathwayCandidateQuery *
pathway_candidate_query_copy (const PathwayCandidateQuery *query)
{
  PathwayCandidateQuery *copy;

  g_return_val_if_fail (query != NULL, NULL);

  copy = g_memdup2 (query, sizeof *query);
  copy->text = g_strdup (query->text);
  return copy;
}

void
pathway_candidate_query_free (PathwayCandidateQuery *query)
{
  if (query == NULL)
    return;

  g_free ((char *) query->text);
  g_free (query);
}

static gboolean
sorts_by_relevance (gconstpointer  data,
                    const char    *match)
{
  const PathwayCandidateQuery *query = data;

  return query->sort == PATHWAY_CANDIDATE_SORT_RELEVANCE && match != NULL;
}

/* The tables, joined in the order the query is fastest in: the full-text matches first when there
 * is text (else SQLite may run the MATCH once per candidate), else the table whose index gives the
 * order. with_shown: also the tables only the list's shown columns come from. */
static void
append_from (GString       *sql,
             gconstpointer  data,
             const char    *match,
             gboolean       with_shown)
{
  const PathwayCandidateQuery *query = data;

  if (match != NULL)
    g_string_append (sql, " FROM candidates_fts CROSS JOIN onboarding AS o ON o.user_id = candidates_fts.rowid"
                          " JOIN users AS u ON u.id = o.user_id");
  else if (query->sort == PATHWAY_CANDIDATE_SORT_NEWEST)
    g_string_append (sql, " FROM users AS u CROSS JOIN onboarding AS o ON o.user_id = u.id");
  else
    g_string_append (sql, " FROM onboarding AS o CROSS JOIN users AS u ON u.id = o.user_id");

  if (with_shown)
    g_string_append (sql, " LEFT JOIN candidate_preferences AS cp ON cp.user_id = o.user_id"
                          " LEFT JOIN candidate_vectors AS v ON v.user_id = o.user_id");
}

static void
append_filters (GString       *sql,
                gconstpointer  data,
                const char    *match)
{
  const PathwayCandidateQuery *query = data;

  /* Newest first reads idx_users_type_created in its order (100k candidates: first page 0.1 ms
   * against 64 ms with a sort). Otherwise the unary + keeps SQLite from looking users up through
   * idx_users_type, which measured four times slower than by primary key when a page is reached by
   * offset. */
  if (match == NULL && query->sort == PATHWAY_CANDIDATE_SORT_NEWEST)
    g_string_append (sql, " WHERE u.user_type = 'student'");
  else
    g_string_append (sql, " WHERE +u.user_type = 'student'");
  if (match != NULL)
    g_string_append (sql, " AND candidates_fts MATCH :match");
  if (query->recruiter_id != 0)
    g_string_append (sql, " AND u.created_by_recruiter_id = :recruiter");
}

static const char *
keyset_condition (gconstpointer data)
{
  const PathwayCandidateQuery *query = data;

  switch (query->sort)
    {
    case PATHWAY_CANDIDATE_SORT_NEWEST:
      return " AND u.created_at <= :after_key AND (u.created_at, u.id) < (:after_key, :after_id)";
    case PATHWAY_CANDIDATE_SORT_NAME:
    case PATHWAY_CANDIDATE_SORT_RELEVANCE:
    default:
      /* The first comparison, implied by the second, lets SQLite start in the index at the name. */
      return " AND o.name COLLATE NOCASE >= :after_key"
             " AND (o.name COLLATE NOCASE, o.user_id) > (:after_key, :after_id)";
    }
}

static const char *
order_by (gconstpointer  data,
          const char    *match)
{
  const PathwayCandidateQuery *query = data;

  if (sorts_by_relevance (query, match))
    /* Weights: name, summary, skills, interests. */
    return " ORDER BY bm25(candidates_fts, 10.0, 2.0, 5.0, 1.0), o.user_id";

  switch (query->sort)
    {
    case PATHWAY_CANDIDATE_SORT_NEWEST:
      return " ORDER BY u.created_at DESC, u.id DESC";
    case PATHWAY_CANDIDATE_SORT_NAME:
    case PATHWAY_CANDIDATE_SORT_RELEVANCE:
    default:
      return " ORDER BY o.name COLLATE NOCASE, o.user_id";
    }
}

static void
bind_filters (PathwayStmt   *stmt,
              gconstpointer  data,
              const char    *match)
{
  const PathwayCandidateQuery *query = data;

  pathway_list_search_bind_text (stmt, ":match", match);
  pathway_list_search_bind_int64 (stmt, ":recruiter", query->recruiter_id);
}

static void
bind_keyset (PathwayStmt   *stmt,
             gconstpointer  data,
             gconstpointer  row)
{
  const PathwayCandidateQuery *query = data;
  const PathwayCandidateSummary *after = row;
  int index = sqlite3_bind_parameter_index (stmt, ":after_key");

  if (query->sort == PATHWAY_CANDIDATE_SORT_NEWEST)
    sqlite3_bind_text (stmt, index, pathway_timestamp_format (after->created_at), -1, g_free);
  else
    sqlite3_bind_text (stmt, index, after->name, -1, SQLITE_TRANSIENT);

  pathway_list_search_bind_int64 (stmt, ":after_id", after->id);
}

static const PathwayListSearch candidates_search = {
  .table = &pathway_candidate_summaries_table,
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
check_query (const PathwayCandidateQuery *query)
{
  return query->sort >= PATHWAY_CANDIDATE_SORT_NAME && query->sort <= PATHWAY_CANDIDATE_SORT_RELEVANCE;
}

/* How many candidates the query lists; -1 on an error. */
gint64
pathway_candidates_count (PathwayDb                    *db,
                          const PathwayCandidateQuery  *query,
                          GError                      **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), -1);
  g_return_val_if_fail (query != NULL && check_query (query), -1);

  return pathway_list_search_count (db, &candidates_search, query, query->text, error);
}

/* Up to limit rows of the candidates list, as PathwayCandidateSummary: just past after (the last
 * row of the page before) when given and not sorting by relevance, else offset rows in. */
GPtrArray *
pathway_candidates_fetch_page (PathwayDb                      *db,
                               const PathwayCandidateQuery    *query,
                               const PathwayCandidateSummary  *after,
                               guint                           offset,
                               guint                           limit,
                               GError                        **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (query != NULL && check_query (query), NULL);

  return pathway_list_search_fetch_page (db, &candidates_search, query, query->text, after, offset, limit, error);
}
