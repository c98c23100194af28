/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-candidate-window.h"
#include "pathway-job-editor.h"
#include "pathway-job-page.h"
#include "pathway-jobs-page.h"
#include "pathway-matches-pane.h"
#include "pathway-recruiter-view.h"
#include "pathway-shortlist-board.h"
#include "pathway-shortlists-page.h"
#include "pathway-test-recruiting.h"
#include "pathway-test-shell.h"
#include "pathway-test-ui.h"
#include "pathway-test.h"

/* A recruiter's day through the real window, as the pages are wired together there: post a job,
 * find it, rank candidates for it, shortlist the best with a keystroke, interview them, export the
 * shortlist, read the candidate's timeline and find the job again among the shortlists. */

#define JOB_TITLE "Analytics Engineer"

typedef struct {
  PathwayTestRecruiting *recruiting;
  PathwayWindow         *window;
  PathwayRecruiterView  *view;
  gint64                 job_id;
  gint64                 candidate_id;
  gint64                 shortlist_id;
} Fixture;

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static gint64
count (Fixture    *f,
       const char *sql,
       gint64      parameter)
{
  return pathway_test_recruiting_count (f->recruiting, sql, parameter);
}

static void
set_view_text (PathwayJobEditor *editor,
               const char       *name,
               const char       *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (template_child (editor, PATHWAY_TYPE_JOB_EDITOR, name)), text, -1);
}

/* New Job, filled in as a person would, and saved: the list shows it. */
static void
post_job (Fixture *f)
{
  PathwayJobsPage *jobs_page = template_child (f->view, PATHWAY_TYPE_RECRUITER_VIEW, "jobs_page");
  PathwayJobEditor *editor;

  gtk_widget_activate_action (GTK_WIDGET (jobs_page), "recruiter.new-job", NULL);
  pathway_test_ui_settle ();
  editor = PATHWAY_JOB_EDITOR (pathway_test_ui_find_toplevel (PATHWAY_TYPE_JOB_EDITOR));
  g_assert_nonnull (editor);

  gtk_editable_set_text (template_child (editor, PATHWAY_TYPE_JOB_EDITOR, "title_row"), JOB_TITLE);
  gtk_editable_set_text (template_child (editor, PATHWAY_TYPE_JOB_EDITOR, "company_row"), "Northwind");
  gtk_editable_set_text (template_child (editor, PATHWAY_TYPE_JOB_EDITOR, "location_entry"), "Berlin");
  gtk_editable_set_text (template_child (editor, PATHWAY_TYPE_JOB_EDITOR, "skills_row"), "Python, SQL, Airflow");
  set_view_text (editor, "description_view", "Pipelines and dashboards for a small data team.");
  set_view_text (editor, "requirements_view", "Two years of SQL");
  pathway_test_ui_screenshots (GTK_WINDOW (editor), "recruiter-day-new-job");
  gtk_widget_activate_action (GTK_WIDGET (editor), "job-editor.save", NULL);
  pathway_test_ui_settle ();

  g_assert_null (pathway_test_ui_find_toplevel (PATHWAY_TYPE_JOB_EDITOR));
  f->job_id = count (f, "SELECT id FROM jobs WHERE title = '" JOB_TITLE "'", 0);
  g_assert_cmpint (f->job_id, >, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM job_postings WHERE job_id = ?1 "
                             "AND skills = '[\"Python\",\"SQL\",\"Airflow\"]'", f->job_id), ==, 1);
}

/* Typing in the search finds it; opening the row shows the job page. */
static void
open_job (Fixture *f)
{
  PathwayJobsPage *jobs_page = template_child (f->view, PATHWAY_TYPE_RECRUITER_VIEW, "jobs_page");
  GtkColumnView *column_view = template_child (jobs_page, PATHWAY_TYPE_JOBS_PAGE, "column_view");
  GListModel *model;

  gtk_editable_set_text (template_child (jobs_page, PATHWAY_TYPE_JOBS_PAGE, "search_entry"), "analytics");
  g_signal_emit_by_name (template_child (jobs_page, PATHWAY_TYPE_JOBS_PAGE, "search_entry"), "search-changed");
  pathway_test_ui_settle ();
  model = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  pathway_test_ui_screenshots (GTK_WINDOW (f->window), "recruiter-day-jobs-search");

  g_signal_emit_by_name (column_view, "activate", 0);
  pathway_test_ui_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (f->view, PATHWAY_TYPE_RECRUITER_VIEW,
                                                                     "jobs_stack")), ==, "job");
}

/* Find Matches ranks off the main thread; S shortlists the first. */
static void
rank_and_shortlist (Fixture *f)
{
  PathwayJobPage *job_page = template_child (f->view, PATHWAY_TYPE_RECRUITER_VIEW, "job_page");
  PathwayMatchesPane *pane;
  GtkListBox *list;

  pathway_job_page_set_visible_view (job_page, "matches");
  pathway_test_ui_settle ();
  pane = PATHWAY_MATCHES_PANE (pathway_test_ui_find_mapped (GTK_WIDGET (job_page), PATHWAY_TYPE_MATCHES_PANE));
  pathway_matches_pane_run (pane);
  while (g_strcmp0 (pathway_matches_pane_get_state (pane), "running") == 0)
    g_main_context_iteration (NULL, TRUE);
  pathway_test_ui_settle ();
  g_assert_cmpstr (pathway_matches_pane_get_state (pane), ==, "list");
  pathway_test_ui_screenshots (GTK_WINDOW (f->window), "recruiter-day-matches");

  /* The best match is one of the five with every skill, in Berlin. */
  f->candidate_id = count (f, "SELECT candidate_id FROM candidate_matches WHERE job_id = ?1 "
                              "ORDER BY match_score DESC, candidate_id LIMIT 1", f->job_id);
  g_assert_cmpint (count (f, "SELECT count(*) FROM candidate_preferences WHERE user_id = ?1 "
                             "AND location LIKE 'Berlin%'", f->candidate_id), ==, 1);

  list = pathway_matches_pane_get_list (pane);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));
  pathway_test_shell_press (GTK_WIDGET (list), GDK_KEY_s, 0);
  f->shortlist_id = count (f, "SELECT coalesce ((SELECT id FROM shortlists WHERE student_id = ?1), 0)",
                           f->candidate_id);
  g_assert_cmpint (f->shortlist_id, >, 0);
}

/* Interview scheduled through the dialog, then Ctrl+→ to interviewed. */
static PathwayShortlistBoard *
interview (Fixture *f)
{
  PathwayJobPage *job_page = template_child (f->view, PATHWAY_TYPE_RECRUITER_VIEW, "job_page");
  PathwayShortlistBoard *board;
  GtkWindow *dialog;
  GtkWidget *card;

  pathway_job_page_set_visible_view (job_page, "shortlist");
  pathway_test_ui_settle ();
  board = PATHWAY_SHORTLIST_BOARD (pathway_test_ui_find_mapped (GTK_WIDGET (job_page), PATHWAY_TYPE_SHORTLIST_BOARD));

  g_assert_true (pathway_shortlist_board_move_card (board, f->shortlist_id, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED));
  pathway_test_ui_settle ();
  dialog = pathway_test_ui_find_toplevel (ADW_TYPE_WINDOW);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (pathway_test_ui_find_mapped (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW)),
                         "https://meet.example/xyz");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "interview.schedule", NULL);
  pathway_test_ui_settle ();

  card = pathway_shortlist_board_find_card (board, f->shortlist_id);
  gtk_widget_grab_focus (card);
  pathway_test_shell_press (card, GDK_KEY_Right, GDK_CONTROL_MASK);
  g_assert_cmpint (count (f, "SELECT count(*) FROM shortlists WHERE id = ?1 AND status = 'interviewed'",
                          f->shortlist_id), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1 AND "
                             "interaction_type IN ('shortlisted', 'interview_scheduled', 'status_changed')",
                          f->candidate_id), ==, 3);
  pathway_test_ui_screenshots (GTK_WINDOW (f->window), "recruiter-day-board");
  return board;
}

static void
export_csv (Fixture               *f,
            PathwayShortlistBoard *board)
{
  g_autofree char *path = pathway_test_path ("shortlist.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = pathway_test_recruiting_text (f->recruiting, "SELECT name FROM onboarding WHERE user_id = ?1",
                                                        f->candidate_id);
  g_autofree char *csv = NULL;

  pathway_shortlist_board_export_to (board, file);
  while (!g_file_test (path, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, TRUE);
  pathway_test_ui_settle ();

  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, name));
  g_assert_nonnull (strstr (csv, "interviewed"));
}

/* The candidate's timeline has every step, newest first, and the viewing itself. */
static void
read_timeline (Fixture *f)
{
  GtkWindow *window;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "recruiter.show-candidate", "x", f->candidate_id);
  pathway_test_ui_settle ();
  window = pathway_test_ui_find_toplevel (PATHWAY_TYPE_CANDIDATE_WINDOW);
  g_assert_nonnull (window);
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (window), "Moved to Interviewed"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1 "
                             "AND interaction_type = 'profile_viewed'", f->candidate_id), ==, 1);
  pathway_test_ui_screenshots (window, "recruiter-day-candidate");
  gtk_window_destroy (window);
}

/* The Shortlists view sums up each job's board and opens it. */
static void
see_shortlists (Fixture *f)
{
  PathwayShortlistsPage *page = template_child (f->view, PATHWAY_TYPE_RECRUITER_VIEW, "shortlists_page");
  GtkListBox *list = pathway_shortlists_page_get_list (page);
  GtkListBoxRow *row;

  adw_view_stack_set_visible_child_name (pathway_recruiter_view_get_stack (f->view), "shortlists");
  pathway_test_ui_settle ();
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, JOB_TITLE);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "1 interviewed");
  pathway_test_ui_screenshots (GTK_WINDOW (f->window), "recruiter-day-shortlists");

  g_signal_emit_by_name (row, "activate");
  pathway_test_ui_settle ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (pathway_recruiter_view_get_stack (f->view)), ==, "jobs");
  g_assert_cmpstr (pathway_job_page_get_visible_view (template_child (f->view, PATHWAY_TYPE_RECRUITER_VIEW, "job_page")),
                   ==, "shortlist");
}

static void
work_a_job (PathwayApplication *app,
            gpointer            data)
{
  Fixture *f = data;

  f->window = pathway_test_ui_window (app);
  pathway_test_ui_wait_for_page (f->window, "recruiter");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  f->view = PATHWAY_RECRUITER_VIEW (pathway_test_ui_find_mapped (GTK_WIDGET (f->window), PATHWAY_TYPE_RECRUITER_VIEW));
  pathway_test_ui_screenshots (GTK_WINDOW (f->window), "recruiter-day-jobs");

  post_job (f);
  open_job (f);
  rank_and_shortlist (f);
  export_csv (f, interview (f));
  read_timeline (f);
  see_shortlists (f);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "recruiter.show-jobs", NULL);
  adw_view_stack_set_visible_child_name (pathway_recruiter_view_get_stack (f->view), "candidates");
  pathway_test_ui_settle ();
  pathway_test_ui_screenshots (GTK_WINDOW (f->window), "recruiter-day-candidates");
}

static void
test_recruiter_day (void)
{
  g_autoptr(PathwayTestRecruiting) recruiting = pathway_test_recruiting_new ("recruiter.db");
  Fixture f = { recruiting, NULL, NULL, 0, 0, 0 };

  pathway_test_ui_run (recruiting->path, work_a_job, &f);
}

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/recruiter/day", test_recruiter_day);

  return g_test_run ();
}
