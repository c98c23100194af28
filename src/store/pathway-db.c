/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-db"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pathway-db.h"
#include "pathway-db-private.h"

/* "PTHW": marks a file as Pathway's in the SQLite header, so another program's database is refused. */
#define PATHWAY_APPLICATION_ID 0x50544857

struct _PathwayDb
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *handle;
  GHashTable *statements;
  guint       transaction_depth;
  int         version;
};

struct _PathwayTransaction
{
  PathwayDb *db;
  guint      depth;
  gboolean   done;
};

G_DEFINE_FINAL_TYPE (PathwayDb, pathway_db, G_TYPE_OBJECT)

G_DEFINE_QUARK (pathway-store-error-quark, pathway_store_error)

static void
pathway_db_finalize (GObject *object)
{
  PathwayDb *self = (PathwayDb *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (pathway_db_parent_class)->finalize (object);
}

static void
pathway_db_class_init (PathwayDbClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pathway_db_finalize;
}

static void
pathway_db_init (PathwayDb *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

char *
pathway_db_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "pathway", "pathway.db", NULL);
}

const char *
pathway_db_get_path (PathwayDb *self)
{
  g_return_val_if_fail (PATHWAY_IS_DB (self), NULL);

  return self->path;
}

int
pathway_db_get_version (PathwayDb *self)
{
  g_return_val_if_fail (PATHWAY_IS_DB (self), 0);

  return self->version;
}

sqlite3 *
pathway_db_get_handle (PathwayDb *self)
{
  g_return_val_if_fail (PATHWAY_IS_DB (self), NULL);

  return self->handle;
}

/* ───────────────────────────── errors ───────────────────────────── */

/* "users.email, users.google_id" -> "email, google id" */
static char *
describe_columns (const char *list)
{
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);
      const char *dot = strrchr (part, '.');
      g_autofree char *column = g_strdup (dot != NULL ? dot + 1 : part);

      g_strdelimit (column, "_", ' ');
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, column);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The first word of a CHECK expression that is a column of the table, humanised. */
static char *
describe_check (const char *expression,
                const char *columns)
{
  g_auto(GStrv) names = g_strsplit (columns != NULL ? columns : "", " ", -1);
  g_autofree char *best = NULL;
  const char *best_at = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *at = expression;
      gsize len = strlen (names[i]);

      if (len == 0)
        continue;

      while ((at = strstr (at, names[i])) != NULL)
        {
          gboolean starts = at == expression || !(g_ascii_isalnum (at[-1]) || at[-1] == '_');
          gboolean ends = !(g_ascii_isalnum (at[len]) || at[len] == '_');

          if (starts && ends)
            break;
          at += len;
        }

      if (at != NULL && (best_at == NULL || at < best_at))
        {
          best_at = at;
          g_free (best);
          best = g_strdup (names[i]);
        }
    }

  if (best == NULL)
    return g_strdup (_("values"));

  g_strdelimit (best, "_", ' ');
  return g_steal_pointer (&best);
}

static void
set_constraint_error (GError     **error,
                      int          extended,
                      const char  *message,
                      const char  *label,
                      const char  *columns)
{
  const char *detail = strchr (message, ':');
  g_autofree char *what = NULL;

  detail = detail != NULL ? detail + 1 : "";
  while (*detail == ' ')
    detail++;

  switch (extended)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      what = describe_columns (detail);
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                   _("Could not save the %s: another one already has the same %s."), label, what);
      break;
    case SQLITE_CONSTRAINT_NOTNULL:
      what = describe_columns (detail);
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                   _("Could not save the %s: its %s is missing."), label, what);
      break;
    case SQLITE_CONSTRAINT_CHECK:
      what = describe_check (detail, columns);
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                   _("Could not save the %s: the %s given is not allowed."), label, what);
      break;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                   _("Could not save the %s: it refers to something that does not exist."), label);
      break;
    default:
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                   _("Could not save the %s: %s."), label, message);
      break;
    }
}

/* Turns the connection's last error into a GError a person can act on. label names the kind of
 * record concerned (already translated), columns its column names separated by spaces. */
void
_pathway_db_set_error_full (PathwayDb   *self,
                            GError     **error,
                            const char  *label,
                            const char  *columns)
{
  int extended = sqlite3_extended_errcode (self->handle);
  const char *message = sqlite3_errmsg (self->handle);

  if (label == NULL)
    label = _("record");

  switch (extended & 0xff)
    {
    case SQLITE_CONSTRAINT:
      set_constraint_error (error, extended, message, label, columns);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_BUSY,
                   _("The database “%s” is in use by another program. Close other copies of Pathway and try again."),
                   self->path);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_READ_ONLY,
                   _("Pathway cannot write to “%s”. Check that the file and its folder are writable."),
                   self->path);
      break;
    case SQLITE_FULL:
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_FULL,
                   _("The disk holding “%s” is full. Free some space and try again; nothing was saved."),
                   self->path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s). Pathway has left it as it is; restore it from a backup."),
                   self->path, message);
      break;
    case SQLITE_INTERRUPT:
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CANCELLED,
                   _("The operation was cancelled."));
      break;
    default:
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_FAILED,
                   _("Could not use the database “%s”: %s."), self->path, message);
      break;
    }
}

void
pathway_db_set_error (PathwayDb   *self,
                      GError     **error,
                      const char  *label)
{
  g_return_if_fail (PATHWAY_IS_DB (self));

  _pathway_db_set_error_full (self, error, label, NULL);
}

/* ───────────────────────────── statements ───────────────────────────── */

void
pathway_stmt_release (PathwayStmt *stmt)
{
  if (stmt == NULL)
    return;

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* A prepared statement for sql, from the cache when it was prepared before. Release it with
 * g_autoptr(PathwayStmt) or pathway_stmt_release(); the connection owns it. */
PathwayStmt *
pathway_db_prepare (PathwayDb   *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PATHWAY_IS_DB (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  if (sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      pathway_db_set_error (self, error, NULL);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Steps a statement that returns no rows; label names the record for messages. */
gboolean
pathway_db_step_done (PathwayDb    *self,
                      PathwayStmt  *stmt,
                      const char   *label,
                      GError      **error)
{
  int rc;

  g_return_val_if_fail (PATHWAY_IS_DB (self), FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  pathway_db_set_error (self, error, label);
  return FALSE;
}

/* Runs SQL text from the program itself (schema, pragmas); never text from outside. */
gboolean
pathway_db_exec (PathwayDb   *self,
                 const char  *sql,
                 GError     **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (self), FALSE);

  if (sqlite3_exec (self->handle, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      pathway_db_set_error (self, error, NULL);
      return FALSE;
    }

  return TRUE;
}

/* ───────────────────────────── transactions ───────────────────────────── */

/* Starts a transaction, or a savepoint inside one already open. Unless committed, it is rolled
 * back when freed, so an early return on error undoes everything since pathway_db_begin(). */
PathwayTransaction *
pathway_db_begin (PathwayDb  *self,
                  GError    **error)
{
  PathwayTransaction *transaction;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (self), NULL);

  if (self->transaction_depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT pathway_%u", self->transaction_depth);

  if (!pathway_db_exec (self, sql, error))
    return NULL;

  transaction = g_new0 (PathwayTransaction, 1);
  transaction->db = g_object_ref (self);
  transaction->depth = self->transaction_depth++;
  return transaction;
}

gboolean
pathway_transaction_commit (PathwayTransaction  *transaction,
                            GError             **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (transaction != NULL, FALSE);
  g_return_val_if_fail (!transaction->done, FALSE);
  g_return_val_if_fail (transaction->depth + 1 == transaction->db->transaction_depth, FALSE);

  if (transaction->depth == 0)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE pathway_%u", transaction->depth);

  if (!pathway_db_exec (transaction->db, sql, error))
    return FALSE;

  transaction->done = TRUE;
  transaction->db->transaction_depth--;
  return TRUE;
}

void
pathway_transaction_free (PathwayTransaction *transaction)
{
  if (transaction == NULL)
    return;

  if (!transaction->done)
    {
      PathwayDb *db = transaction->db;
      g_autofree char *sql = NULL;

      g_assert (transaction->depth + 1 == db->transaction_depth);

      if (transaction->depth == 0)
        sql = g_strdup ("ROLLBACK");
      else
        sql = g_strdup_printf ("ROLLBACK TO pathway_%u; RELEASE pathway_%u",
                               transaction->depth, transaction->depth);

      /* After some errors SQLite has already rolled the transaction back itself. */
      if (sqlite3_get_autocommit (db->handle) == 0 || transaction->depth > 0)
        sqlite3_exec (db->handle, sql, NULL, NULL, NULL);
      db->transaction_depth--;
    }

  g_object_unref (transaction->db);
  g_free (transaction);
}

/* ───────────────────────────── opening ───────────────────────────── */

static gboolean
create_new_file (const char  *path,
                 GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_OPEN,
                   _("Could not create the folder “%s”: %s."), folder, g_strerror (saved));
      return FALSE;
    }

  /* 0600 from the first byte: the file holds a person's whole history. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_OPEN,
                   _("Could not create the database “%s”: %s."), path, g_strerror (saved));
      return FALSE;
    }

  g_close (fd, NULL);
  return TRUE;
}

/* Refuses, before SQLite sees it, a file that is plainly not an SQLite database. */
static gboolean
check_header (const char  *path,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[100];
  gssize n_read;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_OPEN,
                   _("Could not open “%s”: %s."), path, g_strerror (saved));
      return FALSE;
    }

  n_read = read (fd, header, sizeof header);
  g_close (fd, NULL);

  if (n_read == 0)
    return TRUE; /* an empty file holds nothing to lose: it becomes a new database */

  if (n_read < 16 || memcmp (header, magic, 16) != 0)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_PATHWAY,
                   _("“%s” is not a Pathway database. Pathway has left it untouched; choose another file."),
                   path);
      return FALSE;
    }

  if (n_read < (gssize) sizeof header)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (it is cut short). Pathway has left it as it is; restore it from a backup."),
                   path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
open_connection (PathwayDb  *self,
                 int         flags,
                 GError    **error)
{
  int rc;

  if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_OPEN,
                   _("“%s” is a folder, not a database file."), self->path);
      return FALSE;
    }

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      if (!create_new_file (self->path, error))
        return FALSE;
    }
  else if (!check_header (self->path, error))
    return FALSE;

  /* Never SQLITE_OPEN_CREATE: a file that vanished since the test above is not silently recreated. */
  rc = sqlite3_open_v2 (self->path, &self->handle, flags | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      if (self->handle != NULL)
        pathway_db_set_error (self, error, NULL);
      else
        g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_OPEN,
                     _("Could not open “%s”: %s."), self->path, sqlite3_errstr (rc));
      return FALSE;
    }

  sqlite3_busy_timeout (self->handle, 5000);
  sqlite3_extended_result_codes (self->handle, 1);
  return TRUE;
}

static gboolean
query_int (PathwayDb   *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      pathway_db_set_error (self, error, NULL);
      return FALSE;
    }

  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* Reads what the file is without writing to it: new, Pathway's (and which version), or neither. */
static gboolean
identify (PathwayDb  *self,
          gboolean   *is_new,
          GError    **error)
{
  int application_id, n_objects, version;
  int latest = pathway_db_get_latest_version ();

  if (!query_int (self, "PRAGMA application_id", &application_id, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error) ||
      !query_int (self, "PRAGMA user_version", &version, error))
    return FALSE;

  *is_new = application_id == 0 && n_objects == 0 && version == 0;
  if (*is_new)
    return TRUE;

  if (application_id != PATHWAY_APPLICATION_ID)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_PATHWAY,
                   _("“%s” is a database of another program, not of Pathway. Pathway has left it untouched; choose another file."),
                   self->path);
      return FALSE;
    }

  if (version > latest)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Pathway (data format %d; this version reads up to %d). "
                     "Pathway has left it untouched; update Pathway to open it."),
                   self->path, version, latest);
      return FALSE;
    }

  if (version < 1)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (its data format is missing). Pathway has left it as it is; restore it from a backup."),
                   self->path);
      return FALSE;
    }

  self->version = version;
  return TRUE;
}

static gboolean
configure (PathwayDb  *self,
           GError    **error)
{
  return pathway_db_exec (self,
                          "PRAGMA foreign_keys = ON;"
                          "PRAGMA journal_mode = WAL;"
                          "PRAGMA synchronous = NORMAL;",
                          error);
}

/* Opens the database at path, creating it (mode 0600) when there is no file, and brings it to the
 * latest schema. A file that is not Pathway's, is damaged or is from a newer Pathway is refused
 * with a message that says so, and is not written to. */
PathwayDb *
pathway_db_open (const char  *path,
                 GError     **error)
{
  g_autoptr(PathwayDb) self = NULL;
  gboolean is_new = FALSE;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (PATHWAY_TYPE_DB, NULL);
  self->path = g_strdup (path);

  /* Read-only until the file is known to be Pathway's: a refused file is never written to, not
   * even by the checkpoint SQLite makes when the last writer closes. */
  if (!open_connection (self, SQLITE_OPEN_READONLY, error) ||
      !identify (self, &is_new, error))
    return NULL;

  g_hash_table_remove_all (self->statements);
  sqlite3_close_v2 (self->handle);
  self->handle = NULL;

  if (!open_connection (self, SQLITE_OPEN_READWRITE, error) ||
      !configure (self, error))
    return NULL;

  if (is_new)
    {
      if (!_pathway_db_create_schema (self, PATHWAY_APPLICATION_ID, error))
        return NULL;
    }
  else if (!_pathway_db_migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
_pathway_db_set_version (PathwayDb *self,
                         int        version)
{
  self->version = version;
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  PathwayDb *db = pathway_db_open (task_data, &error);

  if (db == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, db, g_object_unref);
}

/* Opening may migrate a large file, so the app does it off the main thread. */
void
pathway_db_open_async (const char          *path,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_db_open_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, open_thread);
}

PathwayDb *
pathway_db_open_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_db_open_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
