/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-interview-dialog.h"
#include "pathway-job-page.h"
#include "pathway-match-row.h"
#include "pathway-matches-pane.h"
#include "pathway-matches.h"
#include "pathway-notes-dialog.h"
#include "pathway-rows.h"
#include "pathway-shortlist-board.h"
#include "pathway-shortlist-column.h"
#include "pathway-shortlists.h"
#include "pathway-test-recruiting.h"
#include "pathway-test-shell.h"
#include "pathway-test-ui.h"

/* A recruiter works one job: its details, ranking sixty candidates, shortlisting by key and by
 * button, and moving people along the board by dialog, keys and the drop path. The page sits in
 * a window of its own, under a stand-in for the recruiter view that records what it is asked. */

typedef struct {
  PathwayTestRecruiting *r;
  PathwayTestShell      *shell;
  PathwayJobPage        *page;
} Fixture;

static gint64
count (Fixture    *f,
       const char *sql,
       gint64      parameter)
{
  return pathway_test_recruiting_count (f->r, sql, parameter);
}

static char *
text_of (Fixture    *f,
         const char *sql,
         gint64      parameter)
{
  return pathway_test_recruiting_text (f->r, sql, parameter);
}

static GtkWindow *
window_of (Fixture *f)
{
  return pathway_test_shell_get_window (f->shell);
}

static gboolean
was_asked (Fixture    *f,
           const char *what)
{
  return pathway_test_shell_count_asked (f->shell, what) > 0;
}

/* As the recruiter view does. */
static void
asked (PathwayTestShell *shell,
       const char       *what,
       Fixture          *f)
{
  if (g_str_equal (what, "jobs-changed"))
    pathway_job_page_reload (f->page);
}

static void
open_page (PathwayApplication *app,
           Fixture            *f,
           int                 width,
           int                 height)
{
  f->page = g_object_new (PATHWAY_TYPE_JOB_PAGE, NULL);
  f->shell = pathway_test_shell_open (app, GTK_WIDGET (f->page), width, height);
  g_signal_connect (f->shell, "asked", G_CALLBACK (asked), f);
  pathway_job_page_set_job (f->page, f->r->db, f->r->recruiter_id, f->r->job_id);
  pathway_test_ui_settle ();
}

static PathwayMatchRow *
match_row (PathwayMatchesPane *pane,
           int                 index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (pathway_matches_pane_get_list (pane), index);

  g_assert_nonnull (row);
  return PATHWAY_MATCH_ROW (row);
}

static gint64
shortlist_id (Fixture *f,
              gint64   candidate_id)
{
  return count (f, "SELECT coalesce((SELECT id FROM shortlists WHERE student_id = ?1), 0)", candidate_id);
}

static void
check_details (Fixture *f)
{
  GtkWidget *window = GTK_WIDGET (window_of (f));

  g_assert_cmpstr (pathway_job_page_get_visible_view (f->page), ==, "details");
  g_assert_nonnull (pathway_test_shell_find_label (window, "Data Engineer"));
  g_assert_nonnull (pathway_test_shell_find_label (window, "Northwind Analytics · Berlin · $60,000 – $80,000"));
  g_assert_nonnull (pathway_test_shell_find_label (window, "Active"));
  g_assert_nonnull (pathway_test_shell_find_label (window, "Three years building data pipelines in production"));
  g_assert_nonnull (pathway_test_shell_find_label (window, "Airflow"));
  /* Outside text is text, never markup. */
  g_assert_nonnull (pathway_test_shell_find_label (window, "analysts & engineers <daily>."));
  pathway_test_ui_screenshots (window_of (f), "job-details");
}

static void
check_empty_states (Fixture *f)
{
  PathwayMatchesPane *pane = PATHWAY_MATCHES_PANE (pathway_test_ui_find_mapped (GTK_WIDGET (f->page),
                                                                                PATHWAY_TYPE_MATCHES_PANE));

  g_assert_null (pane);
  pathway_job_page_set_visible_view (f->page, "matches");
  pathway_test_ui_settle ();
  pane = PATHWAY_MATCHES_PANE (pathway_test_ui_find_mapped (GTK_WIDGET (f->page), PATHWAY_TYPE_MATCHES_PANE));
  g_assert_cmpstr (pathway_matches_pane_get_state (pane), ==, "empty");
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (pane), "No Matches Yet"));
  pathway_test_ui_screenshots (window_of (f), "job-matches-empty");

  pathway_job_page_set_visible_view (f->page, "shortlist");
  pathway_test_ui_settle ();
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (f->page), "No One Shortlisted Yet"));
  pathway_test_ui_screenshots (window_of (f), "job-board-empty");
}

/* Ctrl+R ranks; the reply is held back in a main context of its own until the pictures of the
 * running state are taken, so nothing depends on how fast the ranking is. */
static PathwayMatchesPane *
find_matches (Fixture *f)
{
  g_autoptr(GMainContext) held = g_main_context_new ();
  PathwayMatchesPane *pane;

  g_main_context_push_thread_default (held);
  pathway_test_shell_press (GTK_WIDGET (f->page), GDK_KEY_r, GDK_CONTROL_MASK);
  g_main_context_pop_thread_default (held);

  g_assert_cmpstr (pathway_job_page_get_visible_view (f->page), ==, "matches");
  pane = PATHWAY_MATCHES_PANE (pathway_test_ui_find_mapped (GTK_WIDGET (f->page), PATHWAY_TYPE_MATCHES_PANE));
  g_assert_cmpstr (pathway_matches_pane_get_state (pane), ==, "running");
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (pane), "Ranking candidates…"));
  pathway_test_ui_screenshots (window_of (f), "job-matches-running");

  while (g_strcmp0 (pathway_matches_pane_get_state (pane), "list") != 0)
    g_main_context_iteration (held, TRUE);
  pathway_test_ui_settle ();
  return pane;
}

/* The rows are pathway_matches_list()'s, in its order; the first one explains itself. */
static void
check_ranking (Fixture            *f,
               PathwayMatchesPane *pane)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = pathway_matches_list (f->r->db, f->r->job_id, -1, NULL, PATHWAY_MATCHES_DEFAULT_TOP_K,
                                                      &error);
  PathwayCandidateMatch *best;
  PathwayMatchRow *first;
  JsonArray *matched;

  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, PATHWAY_MATCHES_DEFAULT_TOP_K);
  g_assert_null (gtk_list_box_get_row_at_index (pathway_matches_pane_get_list (pane), stored->len));
  for (guint i = 0; i < stored->len; i++)
    {
      PathwayCandidateMatch *match = g_ptr_array_index (stored, i);

      g_assert_cmpint (pathway_match_row_get_match (match_row (pane, i))->candidate_id, ==, match->candidate_id);
      if (i > 0)
        g_assert_cmpfloat (match->match_score, <=, ((PathwayCandidateMatch *) g_ptr_array_index (stored, i - 1))->match_score);
    }

  best = g_ptr_array_index (stored, 0);
  matched = json_object_get_array_member (json_node_get_object (best->match_reasons), "skills_matched");
  g_assert_cmpuint (json_array_get_length (matched), ==, 4);

  first = match_row (pane, 0);
  g_assert_false (pathway_match_row_get_expanded (first));
  gtk_widget_activate (GTK_WIDGET (first));
  pathway_test_ui_settle ();
  g_assert_true (pathway_match_row_get_expanded (first));
  for (guint i = 0; i < json_array_get_length (matched); i++)
    g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (first), json_array_get_string_element (matched, i)));
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (first), "Has 4 of 4 skills"));
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (first), "compared by Pathway’s own embedding"));
  pathway_test_ui_screenshots (window_of (f), "job-matches");
}

/* S on the focused row, the button on four others, and an Undo. */
static void
shortlist_some (Fixture            *f,
                PathwayMatchesPane *pane)
{
  GtkWidget *window = GTK_WIDGET (window_of (f));
  PathwayMatchRow *first = match_row (pane, 0);
  const PathwayNamedMatch *match = pathway_match_row_get_match (first);
  g_autofree char *show = g_strdup_printf ("show-candidate %" G_GINT64_FORMAT, match->candidate_id);
  gint64 undone;

  gtk_widget_grab_focus (GTK_WIDGET (first));
  pathway_test_shell_press (GTK_WIDGET (pathway_matches_pane_get_list (pane)), GDK_KEY_s, 0);
  g_assert_cmpint (shortlist_id (f, match->candidate_id), >, 0);
  g_assert_cmpint (count (f, "SELECT match_score FROM shortlists WHERE student_id = ?1", match->candidate_id), ==,
                   (gint64) (match->match_score + 0.5));
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (first), "Shortlisted"));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (first)));

  for (int i = 1; i < 5; i++)
    {
      pathway_test_shell_click (pathway_test_shell_find_action (GTK_WIDGET (match_row (pane, i)), "matches.shortlist"));
      pathway_test_ui_settle ();
      g_assert_cmpint (shortlist_id (f, pathway_match_row_get_match (match_row (pane, i))->candidate_id), >, 0);
    }
  g_assert_cmpint (count (f, "SELECT count(*) FROM shortlists", 0), ==, 5);
  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions WHERE interaction_type = 'shortlisted'", 0), ==, 5);

  /* Undo takes a shortlisting back as if it never happened. */
  pathway_test_shell_dismiss_toasts (window);
  undone = pathway_match_row_get_match (match_row (pane, 5))->candidate_id;
  pathway_test_shell_click (pathway_test_shell_find_action (GTK_WIDGET (match_row (pane, 5)), "matches.shortlist"));
  pathway_test_ui_settle ();
  g_assert_cmpint (shortlist_id (f, undone), >, 0);
  g_assert_nonnull (pathway_test_shell_find_label (window, "Shortlisted “"));
  pathway_test_shell_click (pathway_test_shell_find_button_labelled (window, "_Undo"));
  pathway_test_ui_settle ();
  g_assert_cmpint (shortlist_id (f, undone), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1", undone), ==, 0);
  g_assert_cmpint (count (f, "SELECT status = 'new' FROM candidate_matches WHERE candidate_id = ?1", undone), ==, 1);
  g_assert_nonnull (pathway_test_shell_find_action (GTK_WIDGET (match_row (pane, 5)), "matches.shortlist"));

  /* The name opens the candidate. */
  pathway_test_shell_click (pathway_test_shell_find_action (GTK_WIDGET (first), "recruiter.show-candidate"));
  g_assert_true (was_asked (f, show));
}

static gint64
board_status (Fixture *f,
              gint64   id)
{
  g_autofree char *status = text_of (f, "SELECT status FROM shortlists WHERE id = ?1", id);

  return pathway_enum_from_nick (pathway_shortlist_status_nicks, status);
}

static PathwayShortlistBoard *
show_board (Fixture *f)
{
  pathway_job_page_set_visible_view (f->page, "shortlist");
  pathway_test_ui_settle ();
  return PATHWAY_SHORTLIST_BOARD (pathway_test_ui_find_mapped (GTK_WIDGET (f->page),
                                                               PATHWAY_TYPE_SHORTLIST_BOARD));
}

/* Tomorrow at 10:00 here, as stored: UTC. */
static char *
tomorrow_at_ten (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) ten = g_date_time_new_local (g_date_time_get_year (tomorrow), g_date_time_get_month (tomorrow),
                                                    g_date_time_get_day_of_month (tomorrow), 10, 0, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (ten);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static void
schedule (Fixture               *f,
          PathwayShortlistBoard *board,
          gint64                 id,
          const char            *link,
          gboolean               photograph)
{
  GtkWindow *dialog;
  GtkEditable *link_row;

  g_assert_true (pathway_shortlist_board_move_card (board, id, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED));
  pathway_test_ui_settle ();
  dialog = pathway_test_ui_find_toplevel (PATHWAY_TYPE_INTERVIEW_DIALOG);
  g_assert_nonnull (dialog);
  link_row = GTK_EDITABLE (pathway_test_ui_find_mapped (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));

  if (photograph)
    {
      pathway_test_ui_screenshots (dialog, "interview-dialog");

      /* The store refuses a link that is not a web address, and the form says so. */
      gtk_editable_set_text (link_row, "ftp://files.example/notes");
      gtk_widget_activate_action (GTK_WIDGET (dialog), "interview.schedule", NULL);
      pathway_test_ui_settle ();
      g_assert_true (pathway_test_ui_find_toplevel (PATHWAY_TYPE_INTERVIEW_DIALOG) == dialog);
      g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (dialog), "must be a web address"));
      g_assert_cmpint (board_status (f, id), ==, PATHWAY_SHORTLIST_SHORTLISTED);
      pathway_test_ui_screenshots (dialog, "interview-dialog-error");
    }

  gtk_editable_set_text (link_row, link != NULL ? link : "");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "interview.schedule", NULL);
  pathway_test_ui_settle ();
  g_assert_null (pathway_test_ui_find_toplevel (PATHWAY_TYPE_INTERVIEW_DIALOG));
  g_assert_cmpint (board_status (f, id), ==, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED);
}

/* The dialog, Ctrl+→, a refused drop and a confirmed rejection; ids are the shortlist's five. */
static void
move_cards (Fixture               *f,
            PathwayShortlistBoard *board,
            const gint64          *ids)
{
  GtkWidget *window = GTK_WIDGET (window_of (f));
  g_autofree char *when = tomorrow_at_ten ();
  g_autofree char *details = NULL;
  gint64 student = count (f, "SELECT student_id FROM shortlists WHERE id = ?1", ids[0]);
  gint64 before;
  GtkWindow *confirm;
  GtkWidget *card;

  g_assert_cmpuint (pathway_shortlist_board_get_n_cards (board, PATHWAY_SHORTLIST_SHORTLISTED), ==, 5);

  schedule (f, board, ids[0], "https://meet.example/abc-defg", TRUE);
  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1 "
                             "AND interaction_type = 'shortlisted'", student), ==, 1);
  details = text_of (f, "SELECT details FROM recruiter_interactions WHERE candidate_id = ?1 "
                        "AND interaction_type = 'interview_scheduled'", student);
  g_assert_nonnull (strstr (details, when));
  g_assert_nonnull (strstr (details, "\"meeting_link\":\"https://meet.example/abc-defg\""));
  g_assert_cmpuint (pathway_shortlist_board_get_n_cards (board, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED), ==, 1);

  /* Ctrl+→ on the card: interviewed, and the focus goes with it. */
  card = pathway_shortlist_board_find_card (board, ids[0]);
  gtk_widget_grab_focus (card);
  pathway_test_shell_press (card, GDK_KEY_Right, GDK_CONTROL_MASK);
  g_assert_cmpint (board_status (f, ids[0]), ==, PATHWAY_SHORTLIST_INTERVIEWED);
  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1 "
                             "AND interaction_type = 'status_changed' "
                             "AND details ->> '$.to' = 'interviewed'", student), ==, 1);
  card = pathway_shortlist_board_find_card (board, ids[0]);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == card);

  /* Ctrl+→ again would hire, which cannot be taken back: it asks, and closing the question leaves them be. */
  pathway_test_shell_press (card, GDK_KEY_Right, GDK_CONTROL_MASK);
  pathway_test_ui_settle ();
  confirm = pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_assert_cmpint (board_status (f, ids[0]), ==, PATHWAY_SHORTLIST_INTERVIEWED);
  gtk_window_close (confirm);
  pathway_test_ui_settle ();
  g_assert_null (pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (board_status (f, ids[0]), ==, PATHWAY_SHORTLIST_INTERVIEWED);

  /* Shortlisted → hired skips steps: refused, with a message, and nothing changes. */
  pathway_test_shell_dismiss_toasts (window);
  before = count (f, "SELECT count(*) FROM recruiter_interactions", 0);
  g_assert_false (pathway_shortlist_board_move_card (board, ids[1], PATHWAY_SHORTLIST_HIRED));
  pathway_test_ui_settle ();
  g_assert_nonnull (pathway_test_shell_find_label (window, "cannot go from “Shortlisted” to “Hired”"));
  g_assert_cmpint (board_status (f, ids[1]), ==, PATHWAY_SHORTLIST_SHORTLISTED);
  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions", 0), ==, before);

  /* Rejecting asks first. */
  g_assert_true (pathway_shortlist_board_move_card (board, ids[1], PATHWAY_SHORTLIST_REJECTED));
  pathway_test_ui_settle ();
  confirm = pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  g_assert_cmpint (board_status (f, ids[1]), ==, PATHWAY_SHORTLIST_SHORTLISTED);
  pathway_test_shell_click (pathway_test_shell_find_button_labelled (GTK_WIDGET (confirm), "_Reject"));
  g_assert_null (pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (board_status (f, ids[1]), ==, PATHWAY_SHORTLIST_REJECTED);

  /* An interview without a link, and one hired the whole way through the store. */
  schedule (f, board, ids[2], NULL, FALSE);
  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions WHERE interaction_type = "
                             "'interview_scheduled' AND details ->> '$.meeting_link' IS NULL", 0), ==, 1);
  for (PathwayShortlistStatus status = PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED; status <= PATHWAY_SHORTLIST_HIRED; status++)
    {
      g_autoptr(GDateTime) at = g_date_time_new_now_utc ();
      PathwayInterview interview = { at, NULL };
      g_autoptr(GError) error = NULL;

      g_assert_true (pathway_shortlists_move (f->r->db, ids[3], status, &interview, &error));
      g_assert_no_error (error);
    }
  pathway_shortlist_board_reload (board);
  pathway_test_ui_settle ();
  g_assert_cmpuint (pathway_shortlist_board_get_n_cards (board, PATHWAY_SHORTLIST_SHORTLISTED), ==, 1);
  g_assert_cmpuint (pathway_shortlist_board_get_n_cards (board, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED), ==, 1);
  g_assert_cmpuint (pathway_shortlist_board_get_n_cards (board, PATHWAY_SHORTLIST_INTERVIEWED), ==, 1);
  g_assert_cmpuint (pathway_shortlist_board_get_n_cards (board, PATHWAY_SHORTLIST_HIRED), ==, 1);
  g_assert_cmpuint (pathway_shortlist_board_get_n_cards (board, PATHWAY_SHORTLIST_REJECTED), ==, 1);
}

static void
write_notes (Fixture               *f,
             PathwayShortlistBoard *board,
             gint64                 id)
{
  GtkWidget *card = pathway_shortlist_board_find_card (board, id);
  g_autofree char *notes = NULL;
  GtkWindow *dialog, *confirm;

  gtk_widget_activate (card);
  pathway_test_ui_settle ();
  dialog = pathway_test_ui_find_toplevel (PATHWAY_TYPE_NOTES_DIALOG);
  g_assert_nonnull (dialog);
  pathway_notes_dialog_set_text (PATHWAY_NOTES_DIALOG (dialog), "  Strong on SQL.\nAsk about Airflow.\n");
  pathway_test_ui_screenshots (dialog, "notes-dialog");

  /* Closing with unsaved notes asks first; closing the question keeps them. */
  gtk_window_close (dialog);
  pathway_test_ui_settle ();
  confirm = pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  gtk_window_close (confirm);
  pathway_test_ui_settle ();
  g_assert_null (pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (pathway_test_ui_find_toplevel (PATHWAY_TYPE_NOTES_DIALOG) == dialog);

  /* Ctrl+Enter saves: the dialog catches it before the text view makes it a new line. */
  pathway_test_shell_press (GTK_WIDGET (dialog), GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_null (pathway_test_ui_find_toplevel (PATHWAY_TYPE_NOTES_DIALOG));

  notes = text_of (f, "SELECT notes FROM shortlists WHERE id = ?1", id);
  g_assert_cmpstr (notes, ==, "Strong on SQL.\nAsk about Airflow.");
  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions WHERE interaction_type = 'note_added'", 0),
                   ==, 1);
  card = pathway_shortlist_board_find_card (board, id);
  g_assert_nonnull (pathway_test_shell_find_label (card, "Strong on SQL."));
  g_assert_null (pathway_test_shell_find_label (card, "Airflow"));
}

static void
export_csv (Fixture               *f,
            PathwayShortlistBoard *board)
{
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "Data Engineer shortlist.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  pathway_test_shell_dismiss_toasts (GTK_WIDGET (window_of (f)));
  pathway_shortlist_board_export_to (board, file);
  while (!g_file_test (path, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, TRUE);
  pathway_test_ui_settle ();
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (window_of (f)), "Shortlist exported"));

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 5 + 1);
  g_assert_cmpstr (lines[0], ==, "Name,Email,Status,Match Score,Notes,Added");
  g_assert_nonnull (strstr (lines[1], ",interviewed,"));
  g_assert_nonnull (strstr (lines[2], ",rejected,"));
  g_assert_nonnull (strstr (lines[3], ",interview_scheduled,"));
  g_assert_nonnull (strstr (lines[3], ",\"Strong on SQL.\nAsk about Airflow.\","));
  g_assert_nonnull (strstr (lines[4], ",hired,"));
  g_assert_nonnull (strstr (lines[5], ",shortlisted,"));
  g_assert_cmpstr (lines[6], ==, "");
}

static void
collect_columns (GtkWidget *root,
                 GPtrArray *columns)
{
  if (PATHWAY_IS_SHORTLIST_COLUMN (root))
    g_ptr_array_add (columns, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_columns (child, columns);
}

/* While a shortlisted card is dragged, the steps it may go to light up; the others fade. Then
 * drops, as the columns' drop targets deliver them. */
static void
check_drag_highlight (Fixture               *f,
                      PathwayShortlistBoard *board,
                      gint64                 id)
{
  GtkWidget *card = pathway_shortlist_board_find_card (board, id);
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  gboolean taken = TRUE;
  GtkWindow *dialog;

  collect_columns (GTK_WIDGET (board), columns);
  g_assert_cmpuint (columns->len, ==, PATHWAY_SHORTLIST_REJECTED + 1);

  g_signal_emit_by_name (card, "drag-started");
  for (guint i = 0; i < columns->len; i++)
    {
      GtkWidget *column = g_ptr_array_index (columns, i);
      PathwayShortlistStatus status = pathway_shortlist_column_get_status (PATHWAY_SHORTLIST_COLUMN (column));

      g_assert_cmpint (status, ==, i);
      g_assert_cmpint (gtk_widget_has_css_class (column, "drop-allowed"), ==,
                       status == PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED || status == PATHWAY_SHORTLIST_REJECTED);
      g_assert_cmpint (gtk_widget_has_css_class (column, "drop-refused"), ==,
                       status == PATHWAY_SHORTLIST_INTERVIEWED || status == PATHWAY_SHORTLIST_HIRED);
    }
  pathway_test_ui_screenshots (window_of (f), "job-board-dragging");

  g_signal_emit_by_name (card, "drag-finished");
  for (guint i = 0; i < columns->len; i++)
    {
      g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (columns, i), "drop-allowed"));
      g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (columns, i), "drop-refused"));
    }

  /* Dropped where it may not go, the card is refused; where it may, the interview is asked for. */
  g_signal_emit_by_name (g_ptr_array_index (columns, PATHWAY_SHORTLIST_HIRED), "card-dropped", id, &taken);
  g_assert_false (taken);
  g_signal_emit_by_name (g_ptr_array_index (columns, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED), "card-dropped", id,
                         &taken);
  g_assert_true (taken);
  pathway_test_ui_settle ();
  dialog = pathway_test_ui_find_toplevel (PATHWAY_TYPE_INTERVIEW_DIALOG);
  g_assert_nonnull (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  pathway_test_ui_settle ();
  g_assert_null (pathway_test_ui_find_toplevel (PATHWAY_TYPE_INTERVIEW_DIALOG));
  g_assert_cmpint (board_status (f, id), ==, PATHWAY_SHORTLIST_SHORTLISTED);
}

static void
change_status (Fixture *f)
{
  g_autofree char *status = NULL;
  GtkWindow *confirm;

  gtk_widget_activate_action (GTK_WIDGET (f->page), "job.set-status", "s", "paused");
  pathway_test_ui_settle ();
  status = text_of (f, "SELECT status FROM jobs WHERE id = ?1", f->r->job_id);
  g_assert_cmpstr (status, ==, "paused");
  g_assert_true (was_asked (f, "jobs-changed"));
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (f->page), "Paused"));

  /* Closing asks first; cancelled, nothing changes. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "job.set-status", "s", "closed");
  pathway_test_ui_settle ();
  confirm = pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
  pathway_test_ui_settle ();
  g_clear_pointer (&status, g_free);
  status = text_of (f, "SELECT status FROM jobs WHERE id = ?1", f->r->job_id);
  g_assert_cmpstr (status, ==, "paused");
}

static void
navigate (Fixture *f)
{
  g_autofree char *edit = g_strdup_printf ("edit-job %" G_GINT64_FORMAT, f->r->job_id);

  pathway_test_shell_click (pathway_test_shell_find_action (GTK_WIDGET (f->page), "recruiter.edit-job"));
  g_assert_true (was_asked (f, edit));

  pathway_test_shell_click (pathway_test_shell_find_action (GTK_WIDGET (f->page), "recruiter.show-jobs"));
  pathway_test_shell_press (GTK_WIDGET (f->page), GDK_KEY_Escape, 0);
  pathway_test_shell_press (GTK_WIDGET (f->page), GDK_KEY_Left, GDK_ALT_MASK);
  g_assert_cmpuint (pathway_test_shell_count_asked (f->shell, "show-jobs"), ==, 3);
}

/* Leaving the page while ranking cancels it: the stored matches stay, and no error shows. */
static void
leave_while_ranking (Fixture            *f,
                     PathwayMatchesPane *pane)
{
  g_autoptr(GMainContext) held = g_main_context_new ();
  gint64 before = count (f, "SELECT count(*) FROM candidate_matches", 0);

  pathway_job_page_set_visible_view (f->page, "matches");
  pathway_test_ui_settle ();
  g_main_context_push_thread_default (held);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "job.find-matches", NULL);
  g_main_context_pop_thread_default (held);
  g_assert_cmpstr (pathway_matches_pane_get_state (pane), ==, "running");

  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  g_assert_cmpstr (pathway_matches_pane_get_state (pane), ==, "list");
  /* The cancelled run's reply. */
  g_main_context_iteration (held, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  pathway_test_ui_settle ();
  g_assert_cmpstr (pathway_matches_pane_get_state (pane), ==, "list");
  g_assert_cmpint (count (f, "SELECT count(*) FROM candidate_matches", 0), ==, before);
}

/* At 800 pixels the columns keep their width and scroll sideways. */
static void
check_narrow (PathwayApplication *app,
              Fixture            *f)
{
  PathwayShortlistBoard *board;
  PathwayMatchesPane *pane;
  GtkScrolledWindow *scrolled;
  GtkAdjustment *adjustment;

  open_page (app, f, 800, 800);
  board = show_board (f);
  scrolled = GTK_SCROLLED_WINDOW (pathway_test_ui_find_mapped (GTK_WIDGET (board), GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_hadjustment (scrolled);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window_of (f))), <=, 800);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  pathway_test_ui_screenshots (window_of (f), "job-board-narrow");
  /* Stored matches show at once, with where each candidate is, and nothing is ranked again. */
  pathway_job_page_set_visible_view (f->page, "matches");
  pathway_test_ui_settle ();
  pane = PATHWAY_MATCHES_PANE (pathway_test_ui_find_mapped (GTK_WIDGET (f->page), PATHWAY_TYPE_MATCHES_PANE));
  g_assert_cmpstr (pathway_matches_pane_get_state (pane), ==, "list");
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (match_row (pane, 1)), "Rejected"));
  pathway_test_ui_screenshots (window_of (f), "job-matches-narrow");
  gtk_window_destroy (window_of (f));
}

static void
work_the_job (PathwayApplication *app,
              gpointer            data)
{
  Fixture *f = data;
  PathwayMatchesPane *pane;
  PathwayShortlistBoard *board;
  gint64 ids[5];

  open_page (app, f, 1200, 800);
  check_details (f);
  check_empty_states (f);
  pane = find_matches (f);
  check_ranking (f, pane);
  shortlist_some (f, pane);

  for (int i = 0; i < 5; i++)
    ids[i] = shortlist_id (f, pathway_match_row_get_match (match_row (pane, i))->candidate_id);
  board = show_board (f);
  move_cards (f, board, ids);
  write_notes (f, board, ids[2]);
  pathway_test_shell_dismiss_toasts (GTK_WIDGET (window_of (f)));
  pathway_test_ui_screenshots (window_of (f), "job-board");
  check_drag_highlight (f, board, ids[4]);
  export_csv (f, board);

  /* The matches show where each candidate is on the board. */
  pathway_job_page_set_visible_view (f->page, "matches");
  pathway_test_ui_settle ();
  g_assert_nonnull (pathway_test_shell_find_label (GTK_WIDGET (match_row (pane, 0)), "Interviewed"));

  change_status (f);
  navigate (f);
  leave_while_ranking (f, pane);
  gtk_window_destroy (window_of (f));

  check_narrow (app, f);
}

static void
test_job_page (void)
{
  g_autoptr(PathwayTestRecruiting) recruiting = pathway_test_recruiting_new ("job-page.db");
  Fixture f = { recruiting, NULL, NULL };

  pathway_test_ui_run (recruiting->path, work_the_job, &f);
  pathway_matches_clear_cache ();
}

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/job-page/work", test_job_page);

  return g_test_run ();
}
