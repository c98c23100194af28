/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-test.h"

char *
pathway_test_path (const char *name)
{
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  return g_build_filename (g_get_user_data_dir (), name, NULL);
}

PathwayDb *
pathway_test_open_db (void)
{
  g_autofree char *path = pathway_test_path ("test.db");
  g_autoptr(GError) error = NULL;
  PathwayDb *db = pathway_db_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

GBytes *
pathway_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Runs SQL on the file through a bare SQLite connection, as another program would. */
void
pathway_test_exec_raw (const char *path,
                       const char *sql)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (handle);
}

/* The first column of the first row of a query taking at most one integer parameter. */
gint64
pathway_test_count (PathwayDb  *db,
                    const char *sql,
                    gint64      parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, &error);

  g_assert_no_error (error);
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, parameter);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}
