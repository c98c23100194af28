/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-maintenance"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pathway-maintenance.h"

#define BACKUP_PAGES_PER_STEP 256

static int
interrupt_if_cancelled (gpointer data)
{
  return g_cancellable_is_cancelled (data) ? 1 : 0;
}

static void
set_sqlite_error (GError     **error,
                  sqlite3     *handle,
                  int          rc,
                  const char  *path)
{
  int code = handle != NULL ? sqlite3_extended_errcode (handle) & 0xff : rc;
  const char *message = handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);

  if (code == SQLITE_INTERRUPT)
    g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CANCELLED, _("The operation was cancelled."));
  else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CORRUPT,
                 _("The database “%s” is damaged (%s). Restore it from a backup."), path, message);
  else if (code == SQLITE_FULL)
    g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_FULL,
                 _("The disk is full. Free some space and try again."));
  else
    g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_FAILED,
                 _("Could not use the database “%s”: %s."), path, message);
}

static sqlite3 *
open_read_only (const char    *path,
                GCancellable  *cancellable,
                GError       **error)
{
  sqlite3 *handle = NULL;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_OPEN,
                   _("There is no database at “%s”."), path);
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, handle, rc, path);
      sqlite3_close_v2 (handle);
      return NULL;
    }

  sqlite3_busy_timeout (handle, 5000);
  if (cancellable != NULL)
    sqlite3_progress_handler (handle, 1000, interrupt_if_cancelled, cancellable);
  return handle;
}

static gboolean
collect_rows (sqlite3     *handle,
              const char  *sql,
              const char  *path,
              GPtrArray   *problems,
              GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      set_sqlite_error (error, handle, 0, path);
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (sqlite3_column_count (stmt) == 1)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, 0);

          if (g_strcmp0 (text, "ok") != 0)
            g_ptr_array_add (problems, g_strdup (text));
        }
      else
        {
          /* foreign_key_check: table, rowid, parent, fkid */
          g_ptr_array_add (problems,
                           g_strdup_printf (_("Row %lld of %s refers to a missing row of %s."),
                                            (long long) sqlite3_column_int64 (stmt, 1),
                                            (const char *) sqlite3_column_text (stmt, 0),
                                            (const char *) sqlite3_column_text (stmt, 2)));
        }
    }

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, handle, rc, path);
      return FALSE;
    }

  return TRUE;
}

/* Checks the file's structure and its foreign keys. TRUE when the check ran; *problems then lists
 * what it found, empty when the database is sound. */
gboolean
pathway_db_check_file (const char    *path,
                       GPtrArray    **problems,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *handle;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  handle = open_read_only (path, cancellable, error);
  if (handle == NULL)
    return FALSE;

  ok = collect_rows (handle, "PRAGMA integrity_check", path, found, error) &&
       collect_rows (handle, "PRAGMA foreign_key_check", path, found, error);
  sqlite3_close_v2 (handle);

  if (ok)
    *problems = g_steal_pointer (&found);
  return ok;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return FALSE;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static gboolean
copy_pages (sqlite3              *source,
            sqlite3              *target,
            PathwayProgressFunc   progress,
            gpointer              progress_data,
            GCancellable         *cancellable)
{
  sqlite3_backup *backup = sqlite3_backup_init (target, "main", source, "main");
  int rc = SQLITE_OK;

  if (backup == NULL)
    return FALSE;

  do
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      rc = sqlite3_backup_step (backup, BACKUP_PAGES_PER_STEP);
      if (progress != NULL && sqlite3_backup_pagecount (backup) > 0)
        progress (1.0 - (double) sqlite3_backup_remaining (backup) / sqlite3_backup_pagecount (backup),
                  progress_data);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (G_USEC_PER_SEC / 20);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  return sqlite3_backup_finish (backup) == SQLITE_OK && rc == SQLITE_DONE;
}

/* Copies the live database with SQLite's online backup into a new file beside destination, then
 * renames it into place: destination is either the whole backup or as it was. Mode 0600. */
gboolean
pathway_db_backup_file (const char           *source,
                        const char           *destination,
                        PathwayProgressFunc   progress,
                        gpointer              progress_data,
                        GCancellable         *cancellable,
                        GError              **error)
{
  g_autofree char *partial = NULL;
  sqlite3 *from = NULL;
  sqlite3 *to = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  if (same_file (source, destination))
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_FAILED,
                   _("A backup cannot replace the database it copies; choose another file."));
      return FALSE;
    }

  from = open_read_only (source, cancellable, error);
  if (from == NULL)
    return FALSE;

  partial = g_strconcat (destination, ".partial", NULL);
  g_unlink (partial);
  fd = g_open (partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_OPEN,
                   _("Could not write the backup “%s”: %s."), destination, g_strerror (saved));
      sqlite3_close_v2 (from);
      return FALSE;
    }
  g_close (fd, NULL);

  ok = sqlite3_open_v2 (partial, &to, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
       copy_pages (from, to, progress, progress_data, cancellable);

  if (!ok && !g_cancellable_set_error_if_cancelled (cancellable, error))
    set_sqlite_error (error, to, 0, destination);

  sqlite3_close_v2 (to);
  sqlite3_close_v2 (from);

  if (ok && g_rename (partial, destination) != 0)
    {
      int saved = errno;
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_FAILED,
                   _("Could not write the backup “%s”: %s."), destination, g_strerror (saved));
      ok = FALSE;
    }

  if (!ok)
    g_unlink (partial);

  return ok;
}

/* ───────────────────────────── async ───────────────────────────── */

typedef struct {
  char                *path;
  char                *destination;
  PathwayProgressFunc  progress;
  gpointer             progress_data;
  GMainContext        *context;
} TaskData;

static void
task_data_free (TaskData *data)
{
  g_free (data->path);
  g_free (data->destination);
  g_main_context_unref (data->context);
  g_free (data);
}

typedef struct {
  PathwayProgressFunc progress;
  gpointer            progress_data;
  double              fraction;
} ProgressReport;

static gboolean
deliver_progress (gpointer user_data)
{
  ProgressReport *report = user_data;

  report->progress (report->fraction, report->progress_data);
  return G_SOURCE_REMOVE;
}

/* Runs in the worker; hands each figure to the caller's main context. */
static void
forward_progress (double   fraction,
                  gpointer user_data)
{
  TaskData *data = user_data;
  ProgressReport *report = g_new (ProgressReport, 1);

  report->progress = data->progress;
  report->progress_data = data->progress_data;
  report->fraction = fraction;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, deliver_progress, report, g_free);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;

  if (pathway_db_backup_file (data->path, data->destination,
                              data->progress != NULL ? forward_progress : NULL, data,
                              cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
pathway_db_backup_async (PathwayDb            *db,
                         const char           *destination,
                         PathwayProgressFunc   progress,
                         gpointer              progress_data,
                         GCancellable         *cancellable,
                         GAsyncReadyCallback   callback,
                         gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (PATHWAY_IS_DB (db));
  g_return_if_fail (destination != NULL);

  data = g_new0 (TaskData, 1);
  data->path = g_strdup (pathway_db_get_path (db));
  data->destination = g_strdup (destination);
  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_db_backup_async);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  g_task_run_in_thread (task, backup_thread);
}

gboolean
pathway_db_backup_finish (PathwayDb     *db,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_db_backup_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  TaskData *data = task_data;
  GPtrArray *problems = NULL;
  GError *error = NULL;

  if (pathway_db_check_file (data->path, &problems, cancellable, &error))
    g_task_return_pointer (task, problems, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

void
pathway_db_check_async (PathwayDb           *db,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (PATHWAY_IS_DB (db));

  data = g_new0 (TaskData, 1);
  data->path = g_strdup (pathway_db_get_path (db));
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_db_check_async);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  g_task_run_in_thread (task, check_thread);
}

/* The problems found, an empty array when there are none; NULL with error if the check failed. */
GPtrArray *
pathway_db_check_finish (PathwayDb     *db,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_db_check_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
