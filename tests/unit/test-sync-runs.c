/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-rows.h"
#include "pathway-sync-runs.h"
#include "pathway-test.h"
#include "pathway-time.h"

static void
test_run (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  g_autoptr(PathwaySyncRun) run = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = pathway_sync_runs_begin (db, "youtube", "PLabc123", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  run = pathway_sync_runs_get (db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (run->source, ==, "youtube");
  g_assert_cmpstr (run->scope, ==, "PLabc123");
  g_assert_cmpint (run->status, ==, PATHWAY_SYNC_RUNNING);
  g_assert_nonnull (run->started_at);
  g_assert_null (run->finished_at);
  g_assert_cmpint (run->requests, ==, 0);
  g_clear_pointer (&run, pathway_sync_run_free);

  g_assert_true (pathway_sync_runs_finish (db, id, PATHWAY_SYNC_FAILED, 21, 500, 12,
                                           "YouTube’s daily quota for this key is used up.", &error));
  g_assert_no_error (error);

  run = pathway_sync_runs_get (db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run->status, ==, PATHWAY_SYNC_FAILED);
  g_assert_nonnull (run->finished_at);
  g_assert_cmpint (g_date_time_compare (run->finished_at, run->started_at), >=, 0);
  g_assert_cmpint (run->requests, ==, 21);
  g_assert_cmpint (run->items_seen, ==, 500);
  g_assert_cmpint (run->items_changed, ==, 12);
  g_assert_cmpstr (run->error, ==, "YouTube’s daily quota for this key is used up.");

  /* A run ends once. */
  g_assert_false (pathway_sync_runs_finish (db, id, PATHWAY_SYNC_SUCCEEDED, 1, 1, 1, NULL, &error));
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pathway_sync_runs_finish (db, id + 100, PATHWAY_SYNC_SUCCEEDED, 1, 1, 1, NULL, &error));
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND);
}

static void
test_run_without_scope (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  g_autoptr(GError) error = NULL;
  gint64 id = pathway_sync_runs_begin (db, "greenhouse", NULL, &error);

  g_assert_no_error (error);
  g_assert_true (pathway_sync_runs_finish (db, id, PATHWAY_SYNC_SUCCEEDED, 1, 40, 40, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pathway_test_count (db, "SELECT count(*) FROM sync_runs WHERE status = 'succeeded' "
                                           "AND scope IS NULL AND error IS NULL", 0), ==, 1);

  /* What the schema refuses is refused with a store error, not half written. */
  g_assert_cmpint (pathway_sync_runs_begin (db, "", NULL, &error), ==, 0);
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT);
}

static void
test_retry_after (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  g_autoptr(GDateTime) reset = g_date_time_new_utc (2026, 11, 23, 8, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 11, 24, 8, 0, 0);
  g_autoptr(GDateTime) read = NULL;
  g_autoptr(GError) error = NULL;

  read = pathway_sync_cursors_get_retry_after (db, "youtube", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (read);

  g_assert_true (pathway_sync_cursors_set_retry_after (db, "youtube", NULL, reset, &error));
  g_assert_no_error (error);
  read = pathway_sync_cursors_get_retry_after (db, "youtube", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (read, reset));
  g_clear_pointer (&read, g_date_time_unref);

  /* Scopes are apart; NULL and "" are the same whole-service scope. */
  read = pathway_sync_cursors_get_retry_after (db, "youtube", "PLabc123", &error);
  g_assert_null (read);
  read = pathway_sync_cursors_get_retry_after (db, "youtube", "", &error);
  g_assert_true (g_date_time_equal (read, reset));
  g_clear_pointer (&read, g_date_time_unref);

  /* Set again, then cleared: one row all along. */
  g_assert_true (pathway_sync_cursors_set_retry_after (db, "youtube", NULL, later, &error));
  read = pathway_sync_cursors_get_retry_after (db, "youtube", NULL, &error);
  g_assert_true (g_date_time_equal (read, later));
  g_clear_pointer (&read, g_date_time_unref);
  g_assert_true (pathway_sync_cursors_set_retry_after (db, "youtube", NULL, NULL, &error));
  g_assert_no_error (error);
  read = pathway_sync_cursors_get_retry_after (db, "youtube", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (read);
  g_assert_cmpint (pathway_test_count (db, "SELECT count(*) FROM sync_cursors", 0), ==, 1);
}

static void
test_cursor (void)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  g_autoptr(GDateTime) reset = g_date_time_new_utc (2026, 11, 23, 8, 0, 0);
  g_autoptr(GDateTime) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cursor = NULL;

  cursor = pathway_sync_cursors_get_cursor (db, "arbeitnow", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (cursor);

  /* The cursor and the wait are kept side by side; setting one leaves the other. */
  g_assert_true (pathway_sync_cursors_set_retry_after (db, "arbeitnow", NULL, reset, &error));
  g_assert_true (pathway_sync_cursors_set_cursor (db, "arbeitnow", NULL, "page=4", &error));
  g_assert_no_error (error);
  cursor = pathway_sync_cursors_get_cursor (db, "arbeitnow", NULL, &error);
  g_assert_cmpstr (cursor, ==, "page=4");
  read = pathway_sync_cursors_get_retry_after (db, "arbeitnow", NULL, &error);
  g_assert_true (g_date_time_equal (read, reset));
  g_assert_cmpint (pathway_test_count (db, "SELECT count(*) FROM sync_cursors", 0), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/sync-runs/run", test_run);
  g_test_add_func ("/store/sync-runs/run-without-scope", test_run_without_scope);
  g_test_add_func ("/store/sync-runs/retry-after", test_retry_after);
  g_test_add_func ("/store/sync-runs/cursor", test_cursor);

  return g_test_run ();
}
