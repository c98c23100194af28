/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-local-users.h"
#include "pathway-onboarding-page.h"
#include "pathway-preferences-window.h"
#include "pathway-rows.h"
#include "pathway-test.h"
#include "pathway-test-ui.h"

static void
show_view (PathwayWindow *window,
           int            index)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "i", index);
  pathway_test_ui_settle ();
}

static void
photograph_views (PathwayWindow      *window,
                  const char * const *names)
{
  for (int i = 0; names[i] != NULL; i++)
    {
      show_view (window, i);
      pathway_test_ui_screenshots (GTK_WINDOW (window), names[i]);
    }
  show_view (window, 0);
}

static PathwayAppState *
stored_state (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = pathway_db_open (path, &error);
  PathwayAppState *state;

  g_assert_no_error (error);
  state = pathway_local_users_get_state (db, &error);
  g_assert_no_error (error);
  return state;
}

/* First run: the welcome page asks who uses Pathway; the Student button answers, and a new student
 * starts with their plan. */
static void
choose_student (PathwayApplication *app,
                gpointer            data)
{
  PathwayWindow *window = pathway_test_ui_window (app);
  GtkWidget *student_button;

  pathway_test_ui_wait_for_page (window, "welcome");
  pathway_test_ui_screenshots (GTK_WINDOW (window), "welcome");

  student_button = pathway_test_ui_find_button (GTK_WIDGET (window), "win.choose-role", "student");
  g_assert_nonnull (student_button);
  gtk_widget_activate (student_button);
  pathway_test_ui_wait_for_page (window, "student");
  g_assert_nonnull (pathway_test_ui_find_mapped (GTK_WIDGET (window), PATHWAY_TYPE_ONBOARDING_PAGE));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  pathway_test_ui_settle ();
  pathway_test_ui_screenshot (GTK_WIDGET (window), "onboarding-narrow");
}

/* Restart: the role is remembered; then Switch Role goes to the recruiter's views. */
static void
restart_and_switch (PathwayApplication *app,
                    gpointer            data)
{
  static const char * const views[] = { "recruiter-jobs", "recruiter-candidates", "recruiter-shortlists", NULL };
  PathwayWindow *window = pathway_test_ui_window (app);

  pathway_test_ui_wait_for_page (window, "student");
  g_assert_nonnull (pathway_test_ui_find_mapped (GTK_WIDGET (window), PATHWAY_TYPE_ONBOARDING_PAGE));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.switch-role", NULL);
  pathway_test_ui_wait_for_page (window, "recruiter");
  photograph_views (window, views);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  pathway_test_ui_settle ();
  pathway_test_ui_screenshot (GTK_WIDGET (window), "recruiter-jobs-narrow");
}

static void
test_first_run (void)
{
  g_autofree char *path = pathway_test_path ("first-run.db");
  g_autoptr(PathwayAppState) state = NULL;
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(PathwayUser) student = NULL;
  g_autoptr(PathwayUser) recruiter = NULL;

  pathway_test_ui_run (path, choose_student, NULL);

  state = stored_state (path);
  g_assert_cmpint (state->active_role, ==, PATHWAY_USER_TYPE_STUDENT);
  g_assert_cmpint (state->student_user_id, >, 0);
  g_assert_cmpint (state->recruiter_user_id, ==, 0);
  g_clear_pointer (&state, pathway_app_state_free);

  pathway_test_ui_run (path, restart_and_switch, NULL);

  state = stored_state (path);
  g_assert_cmpint (state->active_role, ==, PATHWAY_USER_TYPE_RECRUITER);
  g_assert_cmpint (state->recruiter_user_id, >, 0);

  db = pathway_db_open (path, NULL);
  recruiter = pathway_users_get (db, state->recruiter_user_id, NULL);
  student = pathway_users_get (db, state->student_user_id, NULL);
  g_assert_cmpint (recruiter->user_type, ==, PATHWAY_USER_TYPE_RECRUITER);
  g_assert_cmpint (student->user_type, ==, PATHWAY_USER_TYPE_STUDENT);
  g_assert_cmpint (pathway_row_count (db, &pathway_users_table, NULL, 0, NULL), ==, 2);
}

static void
see_error (PathwayApplication *app,
           gpointer            data)
{
  PathwayWindow *window = pathway_test_ui_window (app);
  GtkWidget *retry, *status;

  pathway_test_ui_wait_for_page (window, "error");
  pathway_test_ui_screenshots (GTK_WINDOW (window), "database-error");

  status = pathway_test_ui_find_mapped (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), "not a Pathway database"));
  retry = pathway_test_ui_find_button (GTK_WIDGET (window), "app.reopen", NULL);
  g_assert_nonnull (retry);
  g_assert_true (gtk_widget_get_mapped (retry));
}

/* A file Pathway cannot use is explained in the window, and left alone. */
static void
test_database_error (void)
{
  g_autofree char *path = pathway_test_path ("notes.txt");
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (path, "not a database\n", -1, NULL));
  pathway_test_ui_run (path, see_error, NULL);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "not a database\n");
}

static GtkWidget *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (root) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The embeddings service is optional: empty or a web address, nothing else. */
static void
set_embeddings_address (GtkWindow *preferences,
                        GSettings *settings)
{
  GtkWidget *row = find_entry_row (GTK_WIDGET (preferences), "Embeddings Service Address");
  g_autofree char *refused = NULL;
  g_autofree char *saved = NULL;

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "ftp://models.example");
  g_signal_emit_by_name (row, "apply");
  refused = g_settings_get_string (settings, "embeddings-url");
  g_assert_cmpstr (refused, ==, "");
  gtk_editable_set_text (GTK_EDITABLE (row), " http://localhost:11434/api ");
  g_signal_emit_by_name (row, "apply");
  saved = g_settings_get_string (settings, "embeddings-url");
  g_assert_cmpstr (saved, ==, "http://localhost:11434/api");
  g_settings_reset (settings, "embeddings-url");
}

static void
open_preferences (PathwayApplication *app,
                  gpointer            data)
{
  PathwayWindow *window = pathway_test_ui_window (app);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWindow *preferences, *shortcuts;

  pathway_test_ui_wait_for_page (window, "welcome");

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  pathway_test_ui_settle ();
  preferences = pathway_test_ui_find_toplevel (PATHWAY_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  pathway_test_ui_screenshots (preferences, "preferences");
  set_embeddings_address (preferences, settings);
  gtk_window_close (preferences);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  pathway_test_ui_settle ();
  shortcuts = pathway_test_ui_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  pathway_test_ui_screenshots (shortcuts, "shortcuts");
  gtk_window_close (shortcuts);

  /* The style chosen in Preferences applies at once. */
  g_settings_set_string (settings, "color-scheme", "dark");
  pathway_test_ui_settle ();
  g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  g_settings_reset (settings, "color-scheme");

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  pathway_test_ui_settle ();
}

/* Preferences, shortcuts, and the window size that outlives a restart. */
static void
test_preferences_and_size (void)
{
  g_autofree char *path = pathway_test_path ("prefs.db");
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  pathway_test_ui_run (path, open_preferences, NULL);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
}

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/first-run/choose-switch-remember", test_first_run);
  g_test_add_func ("/ui/first-run/database-error", test_database_error);
  g_test_add_func ("/ui/first-run/preferences-and-size", test_preferences_and_size);

  return g_test_run ();
}
