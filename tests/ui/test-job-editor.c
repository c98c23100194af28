/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pathway-job-editor.h"
#include "pathway-jobs.h"
#include "pathway-jobs-page.h"
#include "pathway-local-users.h"
#include "pathway-row-object.h"
#include "pathway-test.h"
#include "pathway-test-ui.h"

/* The job editor, over the recruiter's jobs list: posting a new job, the form's checks and the
 * store's, editing one, and closing with changes not saved. */

#define N_JOBS 3

typedef struct {
  char      *path;
  PathwayDb *db;
  gint64     recruiter_id;
  gint64     job_id;         /* the last job saved, the one to edit */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const char *skills[] = { "JavaScript", "Swift", "Haskell", NULL };
  static const char *requirements[] = { "Two years of experience", "Clear writing", NULL };
  g_autoptr(GError) error = NULL;

  f->path = pathway_test_path ("jobs.db");
  f->db = pathway_test_open_db_at (f->path);
  f->recruiter_id = pathway_local_users_activate (f->db, PATHWAY_USER_TYPE_RECRUITER, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_JOBS; i++)
    {
      g_autoptr(PathwayJobDraft) draft = pathway_job_draft_new ();

      draft->recruiter_id = f->recruiter_id;
      draft->title = g_strdup_printf ("Junior Data Analyst %u", i);
      draft->description = g_strdup ("Turn questions into queries, and queries into answers people trust.");
      draft->skills = g_strdupv ((char **) skills);
      draft->requirements = g_strdupv ((char **) requirements);
      draft->location = g_strdup ("Remote (EU)");
      draft->salary_min = 74000;
      draft->status = PATHWAY_JOB_PAUSED;
      f->job_id = pathway_jobs_save (f->db, draft, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_unlink (f->path);
  g_clear_pointer (&f->path, g_free);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return pathway_test_count (f->db, sql, f->recruiter_id);
}

/* The window the editor is transient for: the jobs list, as in the app. */
static GtkWindow *
show_page (Fixture          *f,
           PathwayJobsPage **page)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  *page = g_object_new (PATHWAY_TYPE_JOBS_PAGE, "vexpand", TRUE, NULL);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*page));
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  pathway_jobs_page_set_recruiter (*page, f->db, f->recruiter_id);
  gtk_window_present (GTK_WINDOW (window));
  pathway_test_ui_settle ();
  return GTK_WINDOW (window);
}

/* ───── the editor ───── */

typedef struct {
  PathwayJobEditor *editor;
  gint64            saved_id;
  guint             n_saved;
} Editing;

static void
job_saved (PathwayJobEditor *editor,
           gint64            job_id,
           Editing          *e)
{
  e->saved_id = job_id;
  e->n_saved++;
}

static gpointer
field (Editing    *e,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (e->editor), PATHWAY_TYPE_JOB_EDITOR, name);

  g_assert_nonnull (object);
  return object;
}

static void
set_view_text (Editing    *e,
               const char *name,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (field (e, name)), text, -1);
}

static void
open_editor (Fixture   *f,
             GtkWindow *parent,
             gint64     job_id,
             Editing   *e)
{
  e->editor = pathway_job_editor_new (parent, f->db, f->recruiter_id, job_id);
  g_object_add_weak_pointer (G_OBJECT (e->editor), (gpointer *) &e->editor);
  g_signal_connect (e->editor, "saved", G_CALLBACK (job_saved), e);
  gtk_window_present (GTK_WINDOW (e->editor));
  pathway_test_ui_settle ();
}

static gboolean
can_save (Editing *e)
{
  return gtk_widget_is_sensitive (field (e, "save_button"));
}

static void
save (Editing *e)
{
  gtk_widget_activate_action (GTK_WIDGET (e->editor), "job-editor.save", NULL);
  pathway_test_ui_settle ();
}

static const char *
shown_error (Editing *e)
{
  if (!gtk_revealer_get_reveal_child (field (e, "error_revealer")))
    return NULL;
  return gtk_label_get_label (field (e, "error_label"));
}

static void
test_editor_new (Fixture       *f,
                 gconstpointer  data)
{
  PathwayJobsPage *page;
  GtkWindow *window = show_page (f, &page);
  Editing e = { 0 };
  g_autoptr(PathwayJobDraft) job = NULL;
  g_autoptr(GError) error = NULL;
  const char *requirements[] = { "Three years of Rust", "Knows SQL", NULL };
  const char *expected_skills[] = { "Rust", "Go", "PostgreSQL", NULL };

  open_editor (f, window, 0, &e);
  g_assert_false (can_save (&e));
  g_assert_cmpuint (adw_combo_row_get_selected (field (&e, "status_row")), ==, PATHWAY_JOB_ACTIVE);
  pathway_test_ui_screenshots (GTK_WINDOW (e.editor), "job-editor-new");

  gtk_editable_set_text (field (&e, "title_row"), "   ");
  g_assert_false (can_save (&e));
  gtk_editable_set_text (field (&e, "title_row"), "Rust Developer <b>&amp;</b>");
  g_assert_true (can_save (&e));
  gtk_editable_set_text (field (&e, "company_row"), "Initech");
  gtk_editable_set_text (field (&e, "location_entry"), "Lisbon");
  gtk_editable_set_text (field (&e, "salary_min_entry"), "$90,000");
  gtk_editable_set_text (field (&e, "salary_max_entry"), "70000");
  adw_combo_row_set_selected (field (&e, "status_row"), PATHWAY_JOB_PAUSED);
  gtk_editable_set_text (field (&e, "skills_row"), "Rust, Go, rust, , PostgreSQL");
  set_view_text (&e, "requirements_view", "Three years of Rust\n\n  Knows SQL  \n");

  /* A maximum below the minimum is refused in the form; nothing is written. */
  save (&e);
  g_assert_nonnull (e.editor);
  g_assert_nonnull (shown_error (&e));
  g_assert_true (strstr (shown_error (&e), "below the minimum") != NULL);
  g_assert_true (gtk_widget_has_css_class (field (&e, "salary_max_entry"), "error"));
  g_assert_cmpuint (e.n_saved, ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs WHERE recruiter_id = ?1"), ==, N_JOBS);
  pathway_test_ui_screenshots (GTK_WINDOW (e.editor), "job-editor-error");

  /* The store's own rules come back as messages in the form too, and keep what was typed. */
  gtk_editable_set_text (field (&e, "salary_max_entry"), "110000");
  g_assert_false (gtk_widget_has_css_class (field (&e, "salary_max_entry"), "error"));
  save (&e);
  g_assert_nonnull (e.editor);
  g_assert_true (strstr (shown_error (&e), "description") != NULL);
  g_assert_cmpstr (gtk_editable_get_text (field (&e, "title_row")), ==, "Rust Developer <b>&amp;</b>");
  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs WHERE recruiter_id = ?1"), ==, N_JOBS);

  set_view_text (&e, "description_view", "Build the billing service.\nWork with a small team.");
  save (&e);
  g_assert_null (e.editor);
  g_assert_cmpuint (e.n_saved, ==, 1);
  g_assert_cmpint (e.saved_id, >, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs WHERE recruiter_id = ?1"), ==, N_JOBS + 1);

  job = pathway_jobs_load (f->db, e.saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (job->recruiter_id, ==, f->recruiter_id);
  g_assert_cmpstr (job->title, ==, "Rust Developer <b>&amp;</b>");
  g_assert_cmpstr (job->company, ==, "Initech");
  g_assert_cmpstr (job->location, ==, "Lisbon");
  g_assert_cmpint (job->salary_min, ==, 90000);
  g_assert_cmpint (job->salary_max, ==, 110000);
  g_assert_cmpint (job->status, ==, PATHWAY_JOB_PAUSED);
  g_assert_cmpstrv (job->skills, expected_skills);
  g_assert_cmpstrv (job->requirements, requirements);
  g_assert_cmpstr (job->description, ==, "Build the billing service.\nWork with a small team.");

  /* The list shows it once reloaded. */
  pathway_jobs_page_reload (page);
  {
    GtkColumnView *view = GTK_COLUMN_VIEW (pathway_test_ui_find_mapped (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
    g_autoptr(PathwayRowObject) first = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), 0);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, N_JOBS + 1);
    g_assert_cmpint (pathway_row_object_get_id (first), ==, e.saved_id);
  }

  pathway_test_ui_destroy_window (window);
}

static void
test_editor_existing (Fixture       *f,
                      gconstpointer  data)
{
  PathwayJobsPage *page;
  GtkWindow *window = show_page (f, &page);
  Editing e = { 0 };
  gint64 job_id = f->job_id;
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayJobDraft) before = pathway_jobs_load (f->db, job_id, &error);
  g_autoptr(PathwayJobDraft) after = NULL;

  g_assert_no_error (error);
  open_editor (f, window, job_id, &e);
  g_assert_true (can_save (&e));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (e.editor)), ==, "Edit Job");
  g_assert_cmpstr (gtk_editable_get_text (field (&e, "title_row")), ==, before->title);
  g_assert_cmpuint (adw_combo_row_get_selected (field (&e, "status_row")), ==, (guint) before->status);
  pathway_test_ui_screenshots (GTK_WINDOW (e.editor), "job-editor-existing");

  adw_combo_row_set_selected (field (&e, "status_row"), PATHWAY_JOB_FILLED);
  save (&e);
  g_assert_null (e.editor);
  g_assert_cmpint (e.saved_id, ==, job_id);

  after = pathway_jobs_load (f->db, job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after->status, ==, PATHWAY_JOB_FILLED);
  g_assert_cmpstr (after->title, ==, before->title);
  g_assert_cmpstr (after->company, ==, before->company);
  g_assert_cmpstr (after->location, ==, before->location);
  g_assert_cmpint (after->salary_min, ==, before->salary_min);
  g_assert_cmpint (after->salary_max, ==, before->salary_max);
  g_assert_cmpstrv (after->skills, (const char * const *) before->skills);
  g_assert_cmpstrv (after->requirements, (const char * const *) before->requirements);
  g_assert_cmpstr (after->description, ==, before->description);
  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs WHERE recruiter_id = ?1"), ==, N_JOBS);

  pathway_test_ui_destroy_window (window);
}

static void
test_editor_discard (Fixture       *f,
                     gconstpointer  data)
{
  PathwayJobsPage *page;
  GtkWindow *window = show_page (f, &page);
  Editing e = { 0 };
  GtkWindow *confirm;

  /* Closing an untouched form asks nothing. */
  open_editor (f, window, 0, &e);
  gtk_window_close (GTK_WINDOW (e.editor));
  pathway_test_ui_settle ();
  g_assert_null (e.editor);

  open_editor (f, window, 0, &e);
  gtk_editable_set_text (field (&e, "title_row"), "Half-written job");
  gtk_widget_activate_action (GTK_WIDGET (e.editor), "window.close", NULL);
  pathway_test_ui_settle ();
  confirm = pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  pathway_test_ui_screenshots (confirm, "job-editor-discard");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "keep");
  pathway_test_ui_settle ();
  g_assert_nonnull (e.editor);

  gtk_window_close (GTK_WINDOW (e.editor));
  pathway_test_ui_settle ();
  confirm = pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "discard");
  pathway_test_ui_settle ();
  g_assert_null (e.editor);
  g_assert_cmpuint (e.n_saved, ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs WHERE recruiter_id = ?1"), ==, N_JOBS);

  pathway_test_ui_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init_widgets (&argc, &argv);

  g_test_add ("/ui/job-editor/new", Fixture, NULL, fixture_set_up, test_editor_new, fixture_tear_down);
  g_test_add ("/ui/job-editor/existing", Fixture, NULL, fixture_set_up, test_editor_existing, fixture_tear_down);
  g_test_add ("/ui/job-editor/discard", Fixture, NULL, fixture_set_up, test_editor_discard, fixture_tear_down);

  return g_test_run ();
}
