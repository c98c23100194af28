/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* A searchable list (the jobs list, the candidates list) as the pieces of its SQL that are its own.
 * pathway_list_search_count() and _fetch_page() put them together the same way for every list, so
 * a COUNT and its pages always agree: SELECT, FROM, WHERE, the keyset condition when paging past a
 * row, ORDER BY, then LIMIT (and OFFSET). Every value is a bound parameter. query is the list's own
 * query; match is what was typed as an FTS5 expression, or NULL for no text filter. */
typedef struct {
  const PathwayTable  *table;    /* of the rows, read in the order of its columns */
  const char          *columns;  /* the SELECT list for table's columns */

  /* FROM and the JOINs; with_shown adds the tables only the shown columns come from. */
  void        (*append_from)        (GString       *sql,
                                     gconstpointer  query,
                                     const char    *match,
                                     gboolean       with_shown);
  /* WHERE and the filters, :match among them when match is given. */
  void        (*append_filters)     (GString       *sql,
                                     gconstpointer  query,
                                     const char    *match);
  void        (*bind_filters)       (PathwayStmt   *stmt,
                                     gconstpointer  query,
                                     const char    *match);
  /* bm25 has no key to page past, so such pages are read by offset. */
  gboolean    (*sorts_by_relevance) (gconstpointer  query,
                                     const char    *match);
  /* " AND …" past the row (:after_key, :after_id) in the query's order. */
  const char *(*keyset_condition)   (gconstpointer  query);
  void        (*bind_keyset)        (PathwayStmt   *stmt,
                                     gconstpointer  query,
                                     gconstpointer  after);
  const char *(*order_by)           (gconstpointer  query,
                                     const char    *match);
} PathwayListSearch;

gint64     pathway_list_search_count      (PathwayDb                *db,
                                           const PathwayListSearch  *search,
                                           gconstpointer             query,
                                           const char               *text,
                                           GError                  **error);
GPtrArray *pathway_list_search_fetch_page (PathwayDb                *db,
                                           const PathwayListSearch  *search,
                                           gconstpointer             query,
                                           const char               *text,
                                           gconstpointer             after,
                                           guint                     offset,
                                           guint                     limit,
                                           GError                  **error);

/* Bind name when the statement has it: which parameters it has depends on the query. */
void       pathway_list_search_bind_text  (PathwayStmt              *stmt,
                                           const char               *name,
                                           const char               *value);
void       pathway_list_search_bind_int64 (PathwayStmt              *stmt,
                                           const char               *name,
                                           gint64                    value);

G_END_DECLS
