/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pathway-maintenance.h"
#include "pathway-rows.h"
#include "pathway-test.h"

static void
create_db (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = pathway_db_open (path, &error);

  g_assert_no_error (error);
}

static gboolean
sibling_exists (const char *path,
                const char *suffix)
{
  g_autofree char *sibling = g_strconcat (path, suffix, NULL);

  return g_file_test (sibling, G_FILE_TEST_EXISTS);
}

/* Opening path must fail with code, and leave the file exactly as it was. */
static void
assert_refused (const char *path,
                int         code,
                const char *in_message)
{
  g_autoptr(GBytes) before = pathway_test_read_file (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = pathway_db_open (path, &error);

  g_assert_null (db);
  g_assert_error (error, PATHWAY_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, in_message));
  g_assert_nonnull (strstr (error->message, path));

  after = pathway_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (sibling_exists (path, "-wal"));
}

static void
test_refuses_newer (void)
{
  g_autofree char *path = pathway_test_path ("newer.db");

  create_db (path);
  /* Close all connections so the WAL is folded in, then pretend a future Pathway wrote it. */
  pathway_test_exec_raw (path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");

  assert_refused (path, PATHWAY_STORE_ERROR_TOO_NEW, "newer version of Pathway");
}

static void
test_refuses_not_pathway (void)
{
  g_autofree char *text_path = pathway_test_path ("notes.txt");
  g_autofree char *other_path = pathway_test_path ("other.sqlite");

  g_assert_true (g_file_set_contents (text_path, "Shopping list: milk, eggs, bread.\n", -1, NULL));
  assert_refused (text_path, PATHWAY_STORE_ERROR_NOT_PATHWAY, "not a Pathway database");

  pathway_test_exec_raw (other_path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
  assert_refused (other_path, PATHWAY_STORE_ERROR_NOT_PATHWAY, "another program");
}

static void
test_refuses_corrupt (void)
{
  g_autofree char *path = pathway_test_path ("damaged.db");
  g_autofree char *cut_path = pathway_test_path ("cut.db");
  g_autoptr(GBytes) good = NULL;
  g_autofree guint8 *bytes = NULL;
  gsize size;

  create_db (path);
  pathway_test_exec_raw (path, "PRAGMA journal_mode = DELETE;");
  good = pathway_test_read_file (path);
  size = g_bytes_get_size (good);
  bytes = g_memdup2 (g_bytes_get_data (good, NULL), size);

  /* Scribble over the schema page after the 100-byte header. */
  memset (bytes + 100, 0xA5, 400);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, size, NULL));
  assert_refused (path, PATHWAY_STORE_ERROR_CORRUPT, "damaged");

  g_assert_true (g_file_set_contents (cut_path, (const char *) bytes, 60, NULL));
  assert_refused (cut_path, PATHWAY_STORE_ERROR_CORRUPT, "damaged");
}

static void
test_refuses_folder (void)
{
  g_autofree char *path = pathway_test_path ("a-folder");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_null (pathway_db_open (path, &error));
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_OPEN);
}

static void
test_creates_folders (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "deep", "er", "p.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = pathway_db_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Opening it again finds it up to date and changes nothing. */
  g_clear_object (&db);
  db = pathway_db_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pathway_db_get_version (db), ==, pathway_db_get_latest_version ());
}

static gint64
count_users (PathwayDb *db)
{
  return pathway_row_count (db, &pathway_users_table, NULL, 0, NULL);
}

static void
insert_user (PathwayDb  *db,
             const char *email,
             GError    **error)
{
  g_autoptr(PathwayUser) user = pathway_user_new ();

  user->email = g_strdup (email);
  pathway_users_insert (db, user, error);
}

static void
test_transaction_rollback (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(PathwayTransaction) outer = pathway_db_begin (db, &error);
    g_assert_no_error (error);
    insert_user (db, "a@mail.example", &error);
    g_assert_no_error (error);

    {
      /* A nested step that fails is undone alone... */
      g_autoptr(PathwayTransaction) inner = pathway_db_begin (db, &error);
      g_assert_no_error (error);
      insert_user (db, "b@mail.example", &error);
      g_assert_no_error (error);
      insert_user (db, "a@mail.example", &error);
      g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT);
      g_clear_error (&error);
    }
    g_assert_cmpint (count_users (db), ==, 1);

    {
      g_autoptr(PathwayTransaction) inner = pathway_db_begin (db, &error);
      insert_user (db, "c@mail.example", &error);
      g_assert_true (pathway_transaction_commit (inner, &error));
      g_assert_no_error (error);
    }
    g_assert_cmpint (count_users (db), ==, 2);
    /* ...and the outer one, never committed, undoes everything when it goes. */
  }

  g_assert_cmpint (count_users (db), ==, 0);

  {
    g_autoptr(PathwayTransaction) transaction = pathway_db_begin (db, &error);
    insert_user (db, "d@mail.example", &error);
    g_assert_true (pathway_transaction_commit (transaction, &error));
  }
  g_assert_cmpint (count_users (db), ==, 1);
}

static void
test_backup_and_check (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  g_autofree char *backup_path = pathway_test_path ("backup.db");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(PathwayDb) copy = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  insert_user (db, "kept@mail.example", &error);
  g_assert_no_error (error);

  g_assert_true (pathway_db_backup_file (pathway_db_get_path (db), backup_path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (backup_path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_false (sibling_exists (backup_path, ".partial"));

  g_assert_true (pathway_db_check_file (backup_path, &problems, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  copy = pathway_db_open (backup_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_users (copy), ==, 1);

  /* A backup never replaces the database it copies. */
  g_assert_false (pathway_db_backup_file (pathway_db_get_path (db), pathway_db_get_path (db),
                                          NULL, NULL, NULL, &error));
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* A broken link is found and named. */
  pathway_test_exec_raw (backup_path,
                         "INSERT INTO onboarding (user_id, name, grade, career_goals, current_skills, time_commitment) "
                         "VALUES (999, 'Nobody', 'graduate', '[]', '[]', 'PT1H')");
  g_assert_true (pathway_db_check_file (backup_path, &problems, NULL, &error));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "onboarding"));
}

static void
async_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
count_progress (double   fraction,
                gpointer user_data)
{
  g_assert_cmpfloat (fraction, >=, 0);
  g_assert_cmpfloat (fraction, <=, 1);
  (*(guint *) user_data)++;
}

static void
test_backup_async (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  g_autofree char *backup_path = pathway_test_path ("async.db");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n_progress = 0;

  pathway_db_backup_async (db, backup_path, count_progress, &n_progress, NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (pathway_db_backup_finish (db, result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_progress, >, 0);
  g_clear_object (&result);

  pathway_db_check_async (db, NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  problems = pathway_db_check_finish (db, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_object (&result);

  /* Cancelled before it starts: nothing is left behind. */
  g_cancellable_cancel (cancellable);
  g_remove (backup_path);
  pathway_db_backup_async (db, backup_path, NULL, NULL, cancellable, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (pathway_db_backup_finish (db, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/db/refuses-newer", test_refuses_newer);
  g_test_add_func ("/store/db/refuses-not-pathway", test_refuses_not_pathway);
  g_test_add_func ("/store/db/refuses-corrupt", test_refuses_corrupt);
  g_test_add_func ("/store/db/refuses-folder", test_refuses_folder);
  g_test_add_func ("/store/db/creates-folders", test_creates_folders);
  g_test_add_func ("/store/db/transaction-rollback", test_transaction_rollback);
  g_test_add_func ("/store/db/backup-and-check", test_backup_and_check);
  g_test_add_func ("/store/db/backup-async", test_backup_async);

  return g_test_run ();
}
