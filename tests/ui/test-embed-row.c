/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-embed-row.h"
#include "pathway-preferences-window.h"
#include "pathway-test.h"
#include "pathway-test-shell.h"
#include "pathway-test-ui.h"

/* Preferences' Candidates' Profiles row: without a service it says where to set one, and a service
 * that cannot be reached leaves every stored vector as it was (tests/sync has a service that
 * answers). */

static gboolean
is_embed_row (GtkWidget     *widget,
              gconstpointer  unused)
{
  return PATHWAY_IS_EMBED_ROW (widget);
}

/* Every stored vector, as one text to compare before and after. */
static char *
vectors_of (PathwayDb *db)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, "SELECT group_concat (hex (vector), '/') "
                                                        "FROM (SELECT vector FROM candidate_vectors ORDER BY user_id)",
                                                    NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static void
run_until_idle (PathwayEmbedRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "embed-row.run", NULL);
  g_assert_true (pathway_embed_row_is_running (row));
  while (pathway_embed_row_is_running (row))
    g_main_context_iteration (NULL, TRUE);
  pathway_test_ui_settle ();
}

static void
test_embed_row (void)
{
  g_autofree char *path = pathway_test_path ("embed.db");
  g_autoptr(PathwayDb) db = pathway_test_open_db_at (path);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 recruiter_id = pathway_test_add_recruiter (db);
  PathwayPreferencesWindow *window;
  PathwayEmbedRow *row;

  pathway_test_add_candidate (db, recruiter_id, "Ana Lima", "ana@mail.example", "SQL and dashboards");
  pathway_test_add_candidate (db, recruiter_id, "Bo Haddad", "bo@mail.example", "Pipelines in Python");
  before = vectors_of (db);

  g_setenv ("PATHWAY_EMBEDDINGS_KEY", "", TRUE);
  window = pathway_preferences_window_new (settings, db, path);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 900);
  gtk_window_present (GTK_WINDOW (window));
  pathway_test_ui_settle ();
  row = PATHWAY_EMBED_ROW (pathway_test_ui_find (GTK_WIDGET (window), is_embed_row, NULL));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));

  /* No service: where to set one. */
  g_setenv ("PATHWAY_EMBEDDINGS_URL", "", TRUE);
  run_until_idle (row);
  g_assert_true (pathway_test_ui_shows_text (GTK_WIDGET (window), "Set the embeddings service address above first"));
  pathway_test_ui_screenshots (GTK_WINDOW (window), "preferences-embed-no-service");
  pathway_test_shell_dismiss_toasts (GTK_WIDGET (window));

  /* A service nobody answers at: said so, and nothing stored changes. */
  g_setenv ("PATHWAY_EMBEDDINGS_URL", "http://127.0.0.1:9", TRUE);
  run_until_idle (row);
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (window), "The candidates were not embedded:"));
  pathway_test_ui_screenshots (GTK_WINDOW (window), "preferences-embed-failed");
  after = vectors_of (db);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));

  g_unsetenv ("PATHWAY_EMBEDDINGS_URL");
  pathway_test_ui_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init_widgets (&argc, &argv);

  g_test_add_func ("/ui/preferences/embed-row", test_embed_row);

  return g_test_run ();
}
