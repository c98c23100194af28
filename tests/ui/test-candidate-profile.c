/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-candidate-window.h"
#include "pathway-candidates-page.h"
#include "pathway-candidates.h"
#include "pathway-local-users.h"
#include "pathway-row-object.h"
#include "pathway-student-view.h"
#include "pathway-test.h"
#include "pathway-test-shell.h"
#include "pathway-test-ui.h"

/* The profile a student exports from the Progress page, imported by a recruiter from the candidates
 * page: a new candidate, then the same one updated, and files that are not profiles refused with
 * nothing written. Students study the short test curriculum (tests/fixtures/curriculum). */

typedef struct {
  char                  *student_path;
  gint64                 student_id;
  char                  *saved;           /* where the student saved their profile */
  char                  *recruiter_path;
  gint64                 recruiter_id;
  PathwayDb             *db;              /* the recruiter's */
  GtkWindow             *window;
  PathwayCandidatesPage *page;
} Profiles;

/* A student with a plan and a passed quiz, whom Pathway opens for, and (for opening their
 * candidate window) a recruiter. */
static void
make_student (Profiles *p)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db_at (p->student_path);
  g_autoptr(GError) error = NULL;

  pathway_test_add_recruiter (db);
  p->student_id = pathway_test_add_passing_student (db);
  g_assert_cmpint (pathway_local_users_activate (db, PATHWAY_USER_TYPE_STUDENT, &error), ==, p->student_id);
  g_assert_no_error (error);
}

/* ───── the student exports ───── */

static void
export_profile (PathwayApplication *app,
                gpointer            data)
{
  Profiles *p = data;
  PathwayWindow *window = pathway_test_ui_window (app);
  g_autoptr(GFile) file = g_file_new_for_path (p->saved);
  g_autoptr(PathwayDb) db = pathway_test_open_db_at (p->student_path);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PathwayCandidateWindow *candidate;
  PathwayStudentView *view;
  JsonObject *profile;
  gint64 recruiter_id;

  pathway_test_ui_wait_for_page (window, "student");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "i", 2);
  pathway_test_ui_settle ();
  g_assert_nonnull (pathway_test_ui_find_button (GTK_WIDGET (window), "student.export-profile", NULL));
  pathway_test_ui_screenshots (GTK_WINDOW (window), "progress-export");

  /* What the Export My Profile… button's file chooser hands on. */
  view = PATHWAY_STUDENT_VIEW (pathway_test_ui_find_mapped (GTK_WIDGET (window), PATHWAY_TYPE_STUDENT_VIEW));
  pathway_student_view_export_profile_to (view, file);
  while (!g_file_test (p->saved, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, TRUE);
  pathway_test_ui_settle ();
  g_assert_true (pathway_test_ui_shows_text (GTK_WIDGET (window), "Profile saved"));

  g_file_get_contents (p->saved, &text, NULL, &error);
  g_assert_no_error (error);
  root = json_from_string (text, &error);
  g_assert_no_error (error);
  profile = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (profile, "format"), ==, PATHWAY_PROFILE_FORMAT);
  g_assert_cmpstr (json_object_get_string_member (profile, "name"), ==, "Ada Obi");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (profile, "evidence"), "quizzes_passed"),
                   ==, 1);

  /* Seen as a candidate where they study: their plan and quizzes from the database. */
  recruiter_id = pathway_test_count (db, "SELECT id FROM users WHERE user_type = 'recruiter'", 0);
  candidate = pathway_candidate_window_new (GTK_WINDOW (window), db, recruiter_id, p->student_id);
  gtk_window_present (GTK_WINDOW (candidate));
  pathway_test_ui_settle ();
  g_assert_true (pathway_test_ui_shows_text (GTK_WIDGET (candidate), "1 quiz passed, average best score 100 %"));
  pathway_test_ui_screenshots (GTK_WINDOW (candidate), "candidate-window-evidence");
  gtk_window_destroy (GTK_WINDOW (candidate));
}

/* ───── the recruiter imports ───── */

static gint64
query (Profiles   *p,
       const char *sql,
       gint64      parameter)
{
  return pathway_test_count (p->db, sql, parameter);
}

static void
import_file (Profiles   *p,
             const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  pathway_candidates_page_import_file (p->page, file);
  g_assert_true (pathway_candidates_page_get_importing (p->page));
  while (pathway_candidates_page_get_importing (p->page))
    g_main_context_iteration (NULL, TRUE);
  pathway_test_ui_settle ();
}

static char *
write_file (const char *name,
            const char *contents,
            gssize      length)
{
  char *path = pathway_test_path (name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* A bad file: a dialog says why, and the database is as it was. */
static void
refuse (Profiles   *p,
        const char *path,
        const char *reason,
        const char *screenshot)
{
  const char *rows = "SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM onboarding) + "
                     "(SELECT count(*) FROM candidate_preferences) + (SELECT count(*) FROM candidate_vectors) + "
                     "(SELECT count(*) FROM student_profile_summaries)";
  gint64 before = query (p, rows, 0);
  GtkWindow *dialog;

  import_file (p, path);
  dialog = pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), reason));
  if (screenshot != NULL)
    pathway_test_ui_screenshots (dialog, screenshot);
  /* As its button would: the response, then the dialog closes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_destroy (dialog);
  pathway_test_ui_settle ();
  g_assert_null (pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (query (p, rows, 0), ==, before);
  g_assert_cmpint (query (p, "SELECT count(*) FROM onboarding WHERE name = 'Ada Obi'", 0), ==, 1);
}

static void
import_profiles (PathwayApplication *app,
                 gpointer            data)
{
  Profiles *p = data;
  g_autofree char *broken = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *large = NULL;
  g_autofree char *huge = g_malloc (PATHWAY_PROFILE_MAX_SIZE + 1);
  PathwayCandidateWindow *window;
  g_autoptr(PathwayRowObject) row = NULL;
  PathwayTestShell *shell;
  gint64 id;

  p->db = pathway_test_open_db_at (p->recruiter_path);
  shell = pathway_test_shell_open_candidates (app, p->db, p->recruiter_id, &p->page);
  p->window = pathway_test_shell_get_window (shell);
  g_assert_cmpstr (pathway_candidates_page_get_visible_state (p->page), ==, "empty");

  import_file (p, p->saved);
  g_assert_true (pathway_test_ui_shows_text (GTK_WIDGET (p->window), "Imported “Ada Obi”"));
  g_assert_cmpint (query (p, "SELECT count(*) FROM users WHERE source = 'import' AND created_by_recruiter_id = ?1",
                          p->recruiter_id), ==, 1);
  g_assert_cmpuint (pathway_test_shell_count_asked (shell, "candidates-changed"), ==, 1);
  g_assert_cmpstr (pathway_candidates_page_get_visible_state (p->page), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (pathway_candidates_page_get_model (p->page)), ==, 1);
  row = g_list_model_get_item (pathway_candidates_page_get_model (p->page), 0);
  id = pathway_row_object_get_id (row);

  /* Again: the same person, updated rather than added twice. */
  import_file (p, p->saved);
  g_assert_true (pathway_test_ui_shows_text (GTK_WIDGET (p->window), "Updated “Ada Obi”"));
  g_assert_cmpint (query (p, "SELECT count(*) FROM users WHERE user_type = 'student'", 0), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pathway_candidates_page_get_model (p->page)), ==, 1);

  /* What their profile said of their study is there to read. */
  window = pathway_candidate_window_new (p->window, p->db, p->recruiter_id, id);
  gtk_window_present (GTK_WINDOW (window));
  pathway_test_ui_settle ();
  g_assert_true (pathway_test_ui_shows_text (GTK_WIDGET (window), "Ada Obi"));
  pathway_test_ui_screenshots (GTK_WINDOW (window), "candidate-window-imported");
  gtk_window_destroy (GTK_WINDOW (window));

  /* Files that are not profiles. */
  broken = write_file ("broken.json", "{\"format\": \"pathway-profile\", \"version\": 1,", -1);
  refuse (p, broken, "not valid JSON", "candidates-import-error");
  newer = write_file ("newer.json", "{\"format\": \"pathway-profile\", \"version\": 2}", -1);
  refuse (p, newer, "newer version of Pathway", NULL);
  memset (huge, ' ', PATHWAY_PROFILE_MAX_SIZE + 1);
  large = write_file ("large.json", huge, PATHWAY_PROFILE_MAX_SIZE + 1);
  refuse (p, large, "too large", NULL);

  gtk_window_destroy (p->window);
  pathway_test_ui_settle ();
  g_clear_object (&p->db);
}

static void
test_export_import (void)
{
  g_autoptr(PathwayDb) db = NULL;
  Profiles p = { 0 };

  pathway_test_use_curriculum ();
  p.student_path = pathway_test_path ("student.db");
  p.saved = pathway_test_path ("Ada Obi – Pathway profile.json");
  p.recruiter_path = pathway_test_path ("recruiter.db");
  make_student (&p);

  /* On the student's computer. */
  pathway_test_ui_run (p.student_path, export_profile, &p);

  /* On the recruiter's. */
  db = pathway_test_open_db_at (p.recruiter_path);
  p.recruiter_id = pathway_test_add_recruiter (db);
  g_clear_object (&db);
  pathway_test_ui_run (p.recruiter_path, import_profiles, &p);

  g_free (p.student_path);
  g_free (p.saved);
  g_free (p.recruiter_path);
}

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/candidate-profile/export-import", test_export_import);

  return g_test_run ();
}
