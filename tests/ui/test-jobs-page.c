/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-jobs.h"
#include "pathway-jobs-page.h"
#include "pathway-local-users.h"
#include "pathway-row-object.h"
#include "pathway-test.h"
#include "pathway-test-ui.h"

/* A recruiter's jobs list in a window of its own, over a database of 300 jobs; the recruiter.*
 * actions the page asks for are recorded by the window's content. */

#define N_JOBS 300
#define RARE_SKILL "Haskell"

static const char * const roles[] = {
  "Backend Engineer", "Frontend Developer", "Data Analyst", "Product Designer", "DevOps Engineer",
  "Mobile Developer", "QA Engineer", "Technical Writer", "Data Scientist", "Support Engineer",
};
static const char * const levels[] = { "Junior", "Senior", "Lead", "Staff" };
static const char * const skills[] = { "Python", "SQL", "JavaScript", "Go", "Figma", "Kubernetes", "Swift", "Rust" };
static const char * const places[] = { "Berlin", "Lisbon", "Remote (EU)", "New York, NY", "Toronto" };
static const char * const companies[] = { "Acme", "Globex", "Initech", "Umbrella", "Hooli" };

typedef struct {
  char       *path;
  PathwayDb  *db;
  gint64      recruiter_id;
  GArray     *rare_ids;       /* the jobs that ask for RARE_SKILL */
  GPtrArray  *asked;          /* "show-job 12", "new-job", … */
} Fixture;

/* ───── the database ───── */

static PathwayJobDraft *
make_draft (gint64 recruiter_id,
            guint  i)
{
  PathwayJobDraft *draft = pathway_job_draft_new ();
  g_autoptr(GStrvBuilder) job_skills = g_strv_builder_new ();
  const char *role = roles[i % G_N_ELEMENTS (roles)];

  draft->recruiter_id = recruiter_id;
  draft->title = g_strdup_printf ("%s %s %u", levels[(i / 10) % G_N_ELEMENTS (levels)], role, i);
  draft->description = g_strdup_printf ("Join a small team as a %s and ship work people use every day.", role);
  g_strv_builder_add (job_skills, skills[i % G_N_ELEMENTS (skills)]);
  g_strv_builder_add (job_skills, skills[(i / 3) % G_N_ELEMENTS (skills)]);
  if (i % 37 == 5)
    g_strv_builder_add (job_skills, RARE_SKILL);
  draft->skills = g_strv_builder_end (job_skills);
  draft->requirements = g_strsplit ("Two years of experience\nClear writing", "\n", -1);
  draft->location = i % 4 == 0 ? NULL : g_strdup (places[i % G_N_ELEMENTS (places)]);
  draft->company = i % 6 == 0 ? NULL : g_strdup (companies[i % G_N_ELEMENTS (companies)]);
  if (i % 5 != 0)
    {
      draft->salary_min = 40000 + (int) (i * 997 % 80) * 1000;
      draft->salary_max = i % 7 == 0 ? PATHWAY_UNSET : draft->salary_min + 20000;
    }
  draft->status = i % 10 < 7 ? PATHWAY_JOB_ACTIVE : (int) (i % 10) - 6;
  return draft;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gboolean with_jobs = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;
  static guint n_databases;
  g_autofree char *name = g_strdup_printf ("jobs-%u.db", n_databases++);
  gint64 other_recruiter;

  f->path = pathway_test_path (name);
  f->db = pathway_test_open_db_at (f->path);
  f->recruiter_id = pathway_local_users_activate (f->db, PATHWAY_USER_TYPE_RECRUITER, &error);
  g_assert_no_error (error);
  f->rare_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->asked = g_ptr_array_new_with_free_func (g_free);

  /* Someone else's job, which this recruiter's list must never show. */
  stmt = pathway_db_prepare (f->db, "INSERT INTO users (user_type) VALUES ('recruiter')", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  other_recruiter = sqlite3_last_insert_rowid (pathway_db_get_handle (f->db));
  {
    g_autoptr(PathwayJobDraft) draft = make_draft (other_recruiter, 5);

    g_assert_cmpint (pathway_jobs_save (f->db, draft, &error), >, 0);
    g_assert_no_error (error);
  }

  for (guint i = 0; with_jobs && i < N_JOBS; i++)
    {
      g_autoptr(PathwayJobDraft) draft = make_draft (f->recruiter_id, i);
      gint64 id = pathway_jobs_save (f->db, draft, &error);

      g_assert_no_error (error);
      if (i % 37 == 5)
        g_array_append_val (f->rare_ids, id);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_clear_pointer (&f->rare_ids, g_array_unref);
  g_clear_pointer (&f->asked, g_ptr_array_unref);
  g_clear_pointer (&f->path, g_free);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return pathway_test_count (f->db, sql, f->recruiter_id);
}

/* ───── the window ───── */

static void
record_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Fixture *f = user_data;

  if (parameter != NULL)
    g_ptr_array_add (f->asked, g_strdup_printf ("%s %" G_GINT64_FORMAT, g_action_get_name (G_ACTION (action)),
                                                g_variant_get_int64 (parameter)));
  else
    g_ptr_array_add (f->asked, g_strdup (g_action_get_name (G_ACTION (action))));
}

static GtkWindow *
show_page (Fixture          *f,
           PathwayJobsPage **page)
{
  const GActionEntry entries[] = {
    { "new-job", record_action, NULL, NULL, NULL },
    { "edit-job", record_action, "x", NULL, NULL },
    { "show-job", record_action, "x", NULL, NULL },
    { "jobs-changed", record_action, NULL, NULL, NULL },
  };
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  g_action_map_add_action_entries (G_ACTION_MAP (actions), entries, G_N_ELEMENTS (entries), f);
  gtk_widget_insert_action_group (box, "recruiter", G_ACTION_GROUP (actions));
  *page = g_object_new (PATHWAY_TYPE_JOBS_PAGE, "vexpand", TRUE, NULL);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*page));
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_title (GTK_WINDOW (window), "Jobs");
  pathway_jobs_page_set_recruiter (*page, f->db, f->recruiter_id);
  gtk_window_present (GTK_WINDOW (window));
  pathway_test_ui_settle ();
  return GTK_WINDOW (window);
}

static gpointer
child (PathwayJobsPage *page,
       const char      *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (page), PATHWAY_TYPE_JOBS_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

static GListModel *
rows (PathwayJobsPage *page)
{
  return G_LIST_MODEL (gtk_column_view_get_model (child (page, "column_view")));
}

static const char *
visible_state (PathwayJobsPage *page)
{
  const char *outer = gtk_stack_get_visible_child_name (child (page, "stack"));

  return g_str_equal (outer, "jobs") ? gtk_stack_get_visible_child_name (child (page, "content_stack")) : outer;
}

static gint64
id_at (PathwayJobsPage *page,
       guint            position)
{
  g_autoptr(PathwayRowObject) row = g_list_model_get_item (rows (page), position);

  g_assert_nonnull (row);
  return pathway_row_object_get_id (row);
}

/* Waits out the search field's pause after typing, until the list shows n_jobs jobs. */
static void
wait_for_count (PathwayJobsPage *page,
                guint            n_jobs)
{
  g_autofree char *expected = g_strdup_printf ("%u %s", n_jobs, n_jobs == 1 ? "job" : "jobs");

  while (g_list_model_get_n_items (rows (page)) != n_jobs ||
         g_strcmp0 (gtk_label_get_label (child (page, "count_label")), expected) != 0)
    g_main_context_iteration (NULL, TRUE);
  pathway_test_ui_settle ();
}

static guint
count_query (Fixture               *f,
             const PathwayJobQuery *query)
{
  g_autoptr(GError) error = NULL;
  gint64 n = pathway_jobs_count (f->db, query, &error);

  g_assert_no_error (error);
  return (guint) n;
}

/* The button on screen under root that activates action_name; the page has hidden ones too. */
static GtkWidget *
find_shown_button (GtkWidget  *root,
                   const char *action_name)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *widget = gtk_widget_get_first_child (root); widget != NULL; widget = gtk_widget_get_next_sibling (widget))
    {
      GtkWidget *found = find_shown_button (widget, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A button finishes its click a moment after it is activated, as after a key press. */
static void
wait_for_asked (Fixture *f,
                guint    n_asked)
{
  while (f->asked->len < n_asked)
    g_main_context_iteration (NULL, TRUE);
}

/* ───── the list ───── */

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The list shows exactly the rows the store gives for query, in its order. */
static void
assert_rows_match (Fixture               *f,
                   PathwayJobsPage       *page,
                   const PathwayJobQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = pathway_jobs_fetch_page (f->db, query, NULL, 0, N_JOBS + 1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rows (page)), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpint (id_at (page, i), ==, ((PathwayJobSummary *) g_ptr_array_index (expected, i))->id);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  PathwayJobsPage *page;
  GtkWindow *window = show_page (f, &page);
  GtkDropDown *sort = child (page, "sort_dropdown");
  PathwayJobQuery query = { .recruiter_id = f->recruiter_id, .text = "haskell", .status = -1,
                            .sort = PATHWAY_JOB_SORT_RELEVANCE };
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_cmpstr (visible_state (page), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (rows (page)), ==, N_JOBS);
  g_assert_cmpstr (gtk_label_get_label (child (page, "count_label")), ==, "300 jobs");
  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs WHERE recruiter_id = ?1"), ==, N_JOBS);
  pathway_test_ui_screenshots (window, "jobs-list");

  /* Typing offers and picks relevance; clearing goes back to the order chosen before. */
  gtk_drop_down_set_selected (sort, PATHWAY_JOB_SORT_TITLE);
  gtk_editable_set_text (child (page, "search_entry"), "haskell");
  wait_for_count (page, f->rare_ids->len);
  g_assert_cmpuint (gtk_drop_down_get_selected (sort), ==, PATHWAY_JOB_SORT_RELEVANCE);
  assert_rows_match (f, page, &query);

  for (guint i = 0; i < g_list_model_get_n_items (rows (page)); i++)
    {
      gint64 id = id_at (page, i);

      g_array_append_val (shown, id);
    }
  g_array_sort (shown, compare_ids);
  g_assert_cmpuint (shown->len, ==, f->rare_ids->len);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpint (g_array_index (shown, gint64, i), ==, g_array_index (f->rare_ids, gint64, i));
  pathway_test_ui_screenshots (window, "jobs-search");

  gtk_editable_set_text (child (page, "search_entry"), "");
  wait_for_count (page, N_JOBS);
  g_assert_cmpuint (gtk_drop_down_get_selected (sort), ==, PATHWAY_JOB_SORT_TITLE);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (sort)), ==, PATHWAY_JOB_SORT_RELEVANCE);

  /* Text made of FTS5 operators and punctuation is only text: nothing matches, nothing breaks. */
  gtk_editable_set_text (child (page, "search_entry"), "\"* OR (NEAR: -");
  wait_for_count (page, 0);
  g_assert_cmpstr (visible_state (page), ==, "no-match");
  pathway_test_ui_screenshots (window, "jobs-no-match");

  gtk_widget_activate (find_shown_button (GTK_WIDGET (page), "jobs.clear-filters"));
  wait_for_count (page, N_JOBS);
  g_assert_cmpstr (visible_state (page), ==, "list");
  g_assert_cmpstr (gtk_editable_get_text (child (page, "search_entry")), ==, "");

  pathway_test_ui_destroy_window (window);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  PathwayJobsPage *page;
  GtkWindow *window = show_page (f, &page);
  PathwayJobQuery query = { .recruiter_id = f->recruiter_id, .status = PATHWAY_JOB_PAUSED };
  guint n_paused = (guint) count (f, "SELECT count(*) FROM jobs WHERE recruiter_id = ?1 AND status = 'paused'");
  guint n_remote = (guint) count (f, "SELECT count(*) FROM jobs WHERE recruiter_id = ?1 AND location LIKE '%remote%'");
  guint n_remote_paused = (guint) count (f, "SELECT count(*) FROM jobs WHERE recruiter_id = ?1 "
                                            "AND location LIKE '%remote%' AND status = 'paused'");
  guint n_berlin = (guint) count (f, "SELECT count(*) FROM jobs WHERE recruiter_id = ?1 AND location = 'Berlin'");

  g_assert_cmpuint (n_paused, ==, N_JOBS / 10);
  g_assert_cmpuint (n_remote_paused, >, 0);

  gtk_drop_down_set_selected (child (page, "status_dropdown"), 1 + PATHWAY_JOB_PAUSED);
  wait_for_count (page, n_paused);
  assert_rows_match (f, page, &query);

  gtk_toggle_button_set_active (child (page, "remote_button"), TRUE);
  wait_for_count (page, n_remote_paused);
  query.remote_only = TRUE;
  assert_rows_match (f, page, &query);

  gtk_drop_down_set_selected (child (page, "status_dropdown"), 0);
  wait_for_count (page, n_remote);
  g_assert_cmpuint (n_remote, ==, count_query (f, &(PathwayJobQuery) { .recruiter_id = f->recruiter_id,
                                                                        .status = -1, .remote_only = TRUE }));

  gtk_toggle_button_set_active (child (page, "remote_button"), FALSE);
  gtk_editable_set_text (child (page, "location_entry"), "berLIN");
  wait_for_count (page, n_berlin);
  for (guint i = 0; i < n_berlin; i++)
    {
      g_autoptr(PathwayRowObject) row = g_list_model_get_item (rows (page), i);

      g_assert_cmpstr (((const PathwayJobSummary *) pathway_row_object_get_record (row))->location, ==, "Berlin");
    }

  pathway_test_ui_destroy_window (window);
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  static const char * const firsts[] = {
    [PATHWAY_JOB_SORT_NEWEST] = "SELECT id FROM jobs WHERE recruiter_id = ?1 ORDER BY created_at DESC, id DESC",
    [PATHWAY_JOB_SORT_OLDEST] = "SELECT id FROM jobs WHERE recruiter_id = ?1 ORDER BY created_at, id",
    [PATHWAY_JOB_SORT_TITLE] = "SELECT id FROM jobs WHERE recruiter_id = ?1 ORDER BY title COLLATE NOCASE, id",
    [PATHWAY_JOB_SORT_SALARY] = "SELECT j.id FROM jobs AS j JOIN job_postings AS p ON p.job_id = j.id "
                                "WHERE j.recruiter_id = ?1 ORDER BY coalesce(p.salary_max, -1) DESC, j.id DESC",
  };
  PathwayJobsPage *page;
  GtkWindow *window = show_page (f, &page);
  GtkDropDown *sort = child (page, "sort_dropdown");

  /* Relevance is not offered without search text. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (sort)), ==, G_N_ELEMENTS (firsts));

  for (guint s = G_N_ELEMENTS (firsts); s-- > 0;)
    {
      gtk_drop_down_set_selected (sort, s);
      pathway_test_ui_settle ();
      g_assert_cmpuint (g_list_model_get_n_items (rows (page)), ==, N_JOBS);
      g_assert_cmpint (id_at (page, 0), ==, count (f, firsts[s]));
    }

  /* Newest first is the job saved last; the highest salary is the top of the generated range. */
  g_assert_cmpint (id_at (page, 0), ==, count (f, "SELECT max(id) FROM jobs WHERE recruiter_id = ?1"));
  gtk_drop_down_set_selected (sort, PATHWAY_JOB_SORT_SALARY);
  pathway_test_ui_settle ();
  {
    g_autoptr(PathwayRowObject) row = g_list_model_get_item (rows (page), 0);
    const PathwayJobSummary *job = pathway_row_object_get_record (row);

    g_assert_cmpint (job->salary_max, ==, count (f, "SELECT max(salary_max) FROM job_postings WHERE recruiter_id = ?1"));
  }

  pathway_test_ui_destroy_window (window);
}

static void
test_activate (Fixture       *f,
               gconstpointer  data)
{
  PathwayJobsPage *page;
  GtkWindow *window = show_page (f, &page);
  GtkWidget *list = pathway_test_ui_find_mapped (child (page, "column_view"), GTK_TYPE_LIST_VIEW);
  g_autofree char *expected = NULL;

  /* What a double click or Enter on the fourth row does. */
  g_assert_nonnull (list);
  expected = g_strdup_printf ("show-job %" G_GINT64_FORMAT, id_at (page, 3));
  gtk_widget_activate_action (list, "list.activate-item", "u", 3);
  g_assert_cmpuint (f->asked->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->asked, 0), ==, expected);

  gtk_widget_activate (find_shown_button (GTK_WIDGET (page), "recruiter.new-job"));
  wait_for_asked (f, 2);
  g_assert_cmpuint (f->asked->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (f->asked, 1), ==, "new-job");

  pathway_test_ui_destroy_window (window);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  PathwayJobsPage *page;
  GtkWindow *window = show_page (f, &page);
  g_autoptr(PathwayJobDraft) draft = make_draft (f->recruiter_id, 1);
  g_autoptr(GError) error = NULL;
  GtkWidget *post;

  /* Another recruiter's job is in the database, but not this recruiter's list. */
  g_assert_cmpint (pathway_test_count (f->db, "SELECT count(*) FROM jobs", 0), ==, 1);
  g_assert_cmpstr (visible_state (page), ==, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (rows (page)), ==, 0);
  pathway_test_ui_screenshots (window, "jobs-empty");

  post = find_shown_button (GTK_WIDGET (page), "recruiter.new-job");
  g_assert_true (gtk_widget_get_mapped (post));
  gtk_widget_activate (post);
  wait_for_asked (f, 1);
  g_assert_cmpuint (f->asked->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->asked, 0), ==, "new-job");

  /* After the first job is posted, the view reloads the list. */
  g_assert_cmpint (pathway_jobs_save (f->db, draft, &error), >, 0);
  pathway_jobs_page_reload (page);
  pathway_test_ui_settle ();
  g_assert_cmpstr (visible_state (page), ==, "list");
  g_assert_cmpstr (gtk_label_get_label (child (page, "count_label")), ==, "1 job");

  pathway_test_ui_destroy_window (window);
}

static void
test_error (Fixture       *f,
            gconstpointer  data)
{
  PathwayJobsPage *page;
  GtkWindow *window = show_page (f, &page);
  AdwStatusPage *error_page = child (page, "error_page");

  /* A damaged file, as another program might leave it: searching fails, and says so. */
  pathway_test_exec_raw (f->path, "DROP TABLE jobs_fts");
  gtk_editable_set_text (child (page, "search_entry"), "engineer");
  while (g_strcmp0 (visible_state (page), "error") != 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (strstr (adw_status_page_get_description (error_page), "jobs_fts") != NULL);
  g_assert_cmpstr (gtk_label_get_label (child (page, "count_label")), ==, "");
  pathway_test_ui_screenshots (window, "jobs-error");

  /* Trying again keeps failing while the search needs the index; without it the list is back. */
  gtk_widget_activate_action (GTK_WIDGET (page), "jobs.reload", NULL);
  g_assert_cmpstr (visible_state (page), ==, "error");
  gtk_editable_set_text (child (page, "search_entry"), "");
  wait_for_count (page, N_JOBS);
  g_assert_cmpstr (visible_state (page), ==, "list");

  pathway_test_ui_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init_widgets (&argc, &argv);

#define ADD(path, func, with_jobs) \
  g_test_add ("/ui/jobs/" path, Fixture, GINT_TO_POINTER (with_jobs), fixture_set_up, func, fixture_tear_down)
  ADD ("search", test_search, TRUE);
  ADD ("filters", test_filters, TRUE);
  ADD ("sort", test_sort, TRUE);
  ADD ("activate", test_activate, TRUE);
  ADD ("empty", test_empty, FALSE);
  ADD ("error", test_error, TRUE);
#undef ADD

  return g_test_run ();
}
