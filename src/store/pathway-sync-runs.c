/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-sync-runs"

#include "config.h"

#include "pathway-sync-runs.h"

#include <glib/gi18n.h>

#include "pathway-rows.h"
#include "pathway-time.h"

/* Returns the new run's id, or 0 on error. The run is “running” until pathway_sync_runs_finish(). */
gint64
pathway_sync_runs_begin (PathwayDb   *db,
                         const char  *source,
                         const char  *scope,
                         GError     **error)
{
  g_autoptr(PathwaySyncRun) run = pathway_sync_run_new ();

  g_return_val_if_fail (PATHWAY_IS_DB (db), 0);
  g_return_val_if_fail (source != NULL, 0);

  run->source = g_strdup (source);
  run->scope = g_strdup (scope);
  run->status = PATHWAY_SYNC_RUNNING;
  run->started_at = pathway_timestamp_now ();
  if (!pathway_sync_runs_insert (db, run, error))
    return 0;

  return run->id;
}

/* Records how a running run ended. error_message is the message shown to the person, which by
 * the sync layer's rule never holds a key; NULL when it succeeded. */
gboolean
pathway_sync_runs_finish (PathwayDb          *db,
                          gint64              run_id,
                          PathwaySyncStatus   status,
                          int                 requests,
                          int                 items_seen,
                          int                 items_changed,
                          const char         *error_message,
                          GError            **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  g_autoptr(GDateTime) now = pathway_timestamp_now ();
  g_autofree char *finished_at = pathway_timestamp_format (now);

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (run_id > 0, FALSE);
  g_return_val_if_fail (status != PATHWAY_SYNC_RUNNING, FALSE);
  g_return_val_if_fail (requests >= 0 && items_seen >= 0 && items_changed >= 0, FALSE);

  stmt = pathway_db_prepare (db,
                             "UPDATE sync_runs SET status = ?2, finished_at = ?3, requests = ?4, items_seen = ?5, "
                             "items_changed = ?6, error = ?7 WHERE id = ?1 AND status = 'running'",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, run_id);
  sqlite3_bind_text (stmt, 2, pathway_sync_status_nicks[status], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, finished_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, requests);
  sqlite3_bind_int (stmt, 5, items_seen);
  sqlite3_bind_int (stmt, 6, items_changed);
  sqlite3_bind_text (stmt, 7, error_message, -1, SQLITE_TRANSIENT);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      pathway_row_set_error (db, &pathway_sync_runs_table, error);
      return FALSE;
    }

  if (sqlite3_changes (pathway_db_get_handle (db)) == 0)
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, run_id);

      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND,
                   _("There is no running sync with id %s; it may have finished already."), id_text);
      return FALSE;
    }

  return TRUE;
}

/* sync_cursors.scope is NOT NULL: the whole service is the empty scope. */
static void
bind_key (PathwayStmt *stmt,
          const char  *source,
          const char  *scope)
{
  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, scope != NULL ? scope : "", -1, SQLITE_TRANSIENT);
}

/* The text of one column of the cursor row, or NULL when there is no row or the column is NULL. */
static gboolean
get_column (PathwayDb   *db,
            const char  *sql,
            const char  *source,
            const char  *scope,
            char       **value,
            GError     **error)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, error);
  int rc;

  *value = NULL;
  if (stmt == NULL)
    return FALSE;

  bind_key (stmt, source, scope);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    {
      pathway_row_set_error (db, &pathway_sync_cursors_table, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_column (PathwayDb   *db,
            const char  *sql,
            const char  *source,
            const char  *scope,
            const char  *value,
            GError     **error)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, error);
  g_autoptr(GDateTime) now = pathway_timestamp_now ();
  g_autofree char *updated_at = pathway_timestamp_format (now);

  if (stmt == NULL)
    return FALSE;

  bind_key (stmt, source, scope);
  sqlite3_bind_text (stmt, 3, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, updated_at, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      pathway_row_set_error (db, &pathway_sync_cursors_table, error);
      return FALSE;
    }

  return TRUE;
}

/* Until when the service asked Pathway to wait, in UTC; NULL, without an error, when it did not
 * ask. A time already past is returned as it is: comparing it with now is the runner's part. */
GDateTime *
pathway_sync_cursors_get_retry_after (PathwayDb   *db,
                                      const char  *source,
                                      const char  *scope,
                                      GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (!get_column (db, "SELECT retry_after FROM sync_cursors WHERE source = ?1 AND scope = ?2",
                   source, scope, &text, error))
    return NULL;

  return pathway_timestamp_parse (text);
}

/* NULL clears the wait. */
gboolean
pathway_sync_cursors_set_retry_after (PathwayDb   *db,
                                      const char  *source,
                                      const char  *scope,
                                      GDateTime   *retry_after,
                                      GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  if (retry_after != NULL)
    text = pathway_timestamp_format (retry_after);

  return set_column (db,
                     "INSERT INTO sync_cursors (source, scope, retry_after, updated_at) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT (source, scope) DO UPDATE SET retry_after = excluded.retry_after, "
                     "updated_at = excluded.updated_at",
                     source, scope, text, error);
}

/* Where the last sync left off (a page token, a date), or NULL. */
char *
pathway_sync_cursors_get_cursor (PathwayDb   *db,
                                 const char  *source,
                                 const char  *scope,
                                 GError     **error)
{
  char *cursor = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  get_column (db, "SELECT cursor FROM sync_cursors WHERE source = ?1 AND scope = ?2",
              source, scope, &cursor, error);
  return cursor;
}

gboolean
pathway_sync_cursors_set_cursor (PathwayDb   *db,
                                 const char  *source,
                                 const char  *scope,
                                 const char  *cursor,
                                 GError     **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  return set_column (db,
                     "INSERT INTO sync_cursors (source, scope, cursor, updated_at) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT (source, scope) DO UPDATE SET cursor = excluded.cursor, "
                     "updated_at = excluded.updated_at",
                     source, scope, cursor, error);
}
