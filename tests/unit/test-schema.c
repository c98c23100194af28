/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pathway-records.h"
#include "pathway-test.h"

/* schema.sql holds every table and column the seed lists (tests/fixtures/seed-columns.txt). */
static void
test_seed_columns (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "seed-columns.txt", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_tables = 0;

  g_assert_true (g_file_get_contents (fixture, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      g_auto(GStrv) columns = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;

      parts = g_strsplit (lines[i], ": ", 2);
      columns = g_strsplit (parts[1], " ", -1);
      n_tables++;

      for (guint j = 0; columns[j] != NULL; j++)
        {
          gint64 found;
          g_autoptr(GError) error = NULL;
          g_autoptr(PathwayStmt) stmt =
            pathway_db_prepare (db, "SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2", &error);

          g_assert_no_error (error);
          sqlite3_bind_text (stmt, 1, parts[0], -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, columns[j], -1, SQLITE_TRANSIENT);
          g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
          found = sqlite3_column_int64 (stmt, 0);
          if (found != 1)
            g_error ("schema.sql lacks %s.%s", parts[0], columns[j]);
        }
    }

  g_assert_cmpuint (n_tables, ==, 16);
}

/* Every table's descriptor names exactly the table's columns, in order: the row mapping and the
 * schema cannot drift apart. */
static void
test_descriptors_match (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();

  for (guint i = 0; pathway_all_tables[i] != NULL; i++)
    {
      const PathwayTable *table = pathway_all_tables[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(PathwayStmt) stmt =
        pathway_db_prepare (db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid", &error);
      guint n = 0;

      g_assert_no_error (error);
      sqlite3_bind_text (stmt, 1, table->name, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_assert_cmpuint (n, <, table->n_columns);
          g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, table->columns[n].name);
          n++;
        }
      g_assert_cmpuint (n, ==, table->n_columns);
    }
}

static gboolean
has_index (PathwayDb  *db,
           const char *table,
           const char *columns)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt =
    pathway_db_prepare (db,
                        "SELECT 1 FROM pragma_index_list(?1) AS l "
                        "WHERE (SELECT group_concat(name, ',') FROM "
                        "        (SELECT name FROM pragma_index_info(l.name) ORDER BY seqno)) = ?2",
                        &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, columns, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* The seed's index strategy: its high-traffic and composite indexes, and every foreign key. */
static void
test_indexes (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  static const char *expected[][2] = {
    { "users", "email" },
    { "users", "google_id" },
    { "learning_paths", "user_id" },
    { "day_progress", "user_id,plan_id,month_index,day_number" },
    { "day_progress", "plan_id" },
    { "day_progress", "month_index" },
    { "day_progress", "day_number" },
    { "quiz_submissions", "user_id,plan_id" },
    { "quiz_submissions", "user_id,created_at" },
    { "shortlists", "recruiter_id,job_id,student_id" },
    { "recruiter_interactions", "candidate_id,created_at" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!has_index (db, expected[i][0], expected[i][1]))
      g_error ("no index on %s(%s)", expected[i][0], expected[i][1]);

  /* Each foreign key column leads some index, so cascades do not scan whole tables (app_state has
   * one row at most). */
  g_assert_cmpint (pathway_test_count (db,
                                       "SELECT count(*) FROM sqlite_schema AS t, pragma_foreign_key_list(t.name) AS f "
                                       "WHERE t.type = 'table' AND t.name != 'app_state' AND NOT EXISTS ("
                                       "  SELECT 1 FROM pragma_index_list(t.name) AS l, pragma_index_info(l.name) AS c "
                                       "  WHERE c.seqno = 0 AND c.name = f.\"from\")",
                                       0), ==, 0);
}

static void
test_connection_settings (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  GStatBuf info;

  g_assert_cmpint (pathway_test_count (db, "PRAGMA foreign_keys", 0), ==, 1);
  g_assert_cmpint (pathway_test_count (db, "PRAGMA synchronous", 0), ==, 1); /* NORMAL */
  g_assert_cmpint (pathway_test_count (db, "SELECT journal_mode = 'wal' FROM pragma_journal_mode", 0), ==, 1);
  g_assert_cmpint (pathway_db_get_version (db), ==, pathway_db_get_latest_version ());

  g_assert_cmpint (g_stat (pathway_db_get_path (db), &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
}

static char *
schema_text (PathwayDb *db)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt =
    pathway_db_prepare (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name", &error);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (text, "%s %s %s\n%s\n",
                            sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2), sqlite3_column_text (stmt, 3));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A file of data format 1 is upgraded in place, keeps its rows, and ends up with exactly the
 * schema a new database gets. */
static void
test_migration_from_v1 (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "pathway-v1.sql", NULL);
  g_autofree char *old_path = pathway_test_path ("old.db");
  g_autofree char *sql = NULL;
  g_autoptr(PathwayDb) old = NULL;
  g_autoptr(PathwayDb) fresh = NULL;
  g_autofree char *old_schema = NULL;
  g_autofree char *fresh_schema = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (fixture, &sql, NULL, NULL));
  pathway_test_exec_raw (old_path, sql);

  old = pathway_db_open (old_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pathway_db_get_version (old), ==, pathway_db_get_latest_version ());
  g_assert_cmpint (pathway_test_count (old, "PRAGMA user_version", 0), ==, pathway_db_get_latest_version ());
  g_assert_cmpint (pathway_test_count (old, "SELECT count(*) FROM onboarding WHERE name = 'Ana Lima'", 0), ==, 1);

  fresh = pathway_test_open_db ();
  old_schema = schema_text (old);
  fresh_schema = schema_text (fresh);
  g_assert_cmpstr (old_schema, ==, fresh_schema);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/schema/seed-columns", test_seed_columns);
  g_test_add_func ("/store/schema/descriptors-match", test_descriptors_match);
  g_test_add_func ("/store/schema/indexes", test_indexes);
  g_test_add_func ("/store/schema/connection-settings", test_connection_settings);
  g_test_add_func ("/store/schema/migration-from-v1", test_migration_from_v1);

  return g_test_run ();
}
