/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-list-search"

#include "config.h"

#include "pathway-list-search.h"

#include <glib/gi18n.h>

#include "pathway-jobs.h"
#include "pathway-rows.h"

void
pathway_list_search_bind_text (PathwayStmt *stmt,
                               const char  *name,
                               const char  *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

void
pathway_list_search_bind_int64 (PathwayStmt *stmt,
                                const char  *name,
                                gint64       value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

/* How many rows the query lists; -1 on an error. */
gint64
pathway_list_search_count (PathwayDb                *db,
                           const PathwayListSearch  *search,
                           gconstpointer             query,
                           const char               *text,
                           GError                  **error)
{
  g_autofree char *match = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), -1);
  g_return_val_if_fail (search != NULL && query != NULL, -1);

  match = pathway_jobs_fts_query (text);
  sql = g_string_new ("SELECT count(*)");
  search->append_from (sql, query, match, FALSE);
  search->append_filters (sql, query, match);

  stmt = pathway_db_prepare (db, sql->str, error);
  if (stmt == NULL)
    return -1;

  search->bind_filters (stmt, query, match);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      pathway_db_set_error (db, error, _(search->table->label));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/* Up to limit rows of the list, as records of search->table. With after, the last row of the page
 * before, the page starts just past it (a keyset: no rows are skipped over to get there); without
 * it, or when sorting by relevance, offset rows into the list. */
GPtrArray *
pathway_list_search_fetch_page (PathwayDb                *db,
                                const PathwayListSearch  *search,
                                gconstpointer             query,
                                const char               *text,
                                gconstpointer             after,
                                guint                     offset,
                                guint                     limit,
                                GError                  **error)
{
  g_autofree char *match = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;
  gboolean keyset;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (search != NULL && query != NULL, NULL);

  match = pathway_jobs_fts_query (text);
  keyset = after != NULL && !search->sorts_by_relevance (query, match);

  sql = g_string_new ("SELECT ");
  g_string_append (sql, search->columns);
  search->append_from (sql, query, match, TRUE);
  search->append_filters (sql, query, match);
  if (keyset)
    g_string_append (sql, search->keyset_condition (query));
  g_string_append (sql, search->order_by (query, match));
  g_string_append (sql, keyset ? " LIMIT :limit" : " LIMIT :limit OFFSET :offset");

  stmt = pathway_db_prepare (db, sql->str, error);
  if (stmt == NULL)
    return NULL;

  search->bind_filters (stmt, query, match);
  if (keyset)
    search->bind_keyset (stmt, query, after);
  pathway_list_search_bind_int64 (stmt, ":limit", limit);
  pathway_list_search_bind_int64 (stmt, ":offset", offset);

  return pathway_row_collect (db, search->table, stmt, error);
}
