/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-candidate-editor.h"
#include "pathway-candidate-window.h"
#include "pathway-candidates-page.h"
#include "pathway-candidates.h"
#include "pathway-row-object.h"
#include "pathway-rows.h"
#include "pathway-shortlists.h"
#include "pathway-test.h"
#include "pathway-test-shell.h"
#include "pathway-test-ui.h"

/* The recruiter's candidates: the list over two hundred of them, searching, the editor, and a
 * candidate's window with their timeline. The page sits in a window of its own under a stand-in
 * for the recruiter view that records the recruiter.* actions it asks for (pathway-test-shell.h);
 * test-candidate-profile.c imports the profile a student exports. */

#define N_CANDIDATES 200
#define RARE_SKILL "Haskell"

static const guint rare[] = { 17, 88, 153 };

/* ───── helpers ───── */

typedef struct {
  char             *path;
  gint64            recruiter_id;
  gint64            rare_ids[G_N_ELEMENTS (rare)];
  GtkWindow        *window;
  PathwayTestShell *shell;
  PathwayDb        *db;
} Fixture;

static gint64
query (Fixture    *f,
       const char *sql,
       gint64      parameter)
{
  return pathway_test_count (f->db, sql, parameter);
}

static gint64
add_candidate (PathwayDb  *db,
               gint64      recruiter_id,
               guint       n,
               gboolean    with_rare_skill)
{
  static const char * const first[] = { "Ana", "Bruno", "Chiara", "Dev", "Efe", "Farah", "Goran", "Hana", "Ines",
                                        "Jun", "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa",
                                        "Sami", "Tomás" };
  static const char * const last[] = { "Lima", "Costa", "Rossi", "Patel", "Okoro", "Haddad", "Novak", "Sato", "Ruiz",
                                       "Berg" };
  static const char * const skills[] = { "SQL", "Python", "Excel", "Tableau", "Java", "Kotlin", "JavaScript", "React",
                                         "Figma", "Docker", "Go", "Rust" };
  static const char * const places[] = { "Lisbon, Portugal", "Recife, Brazil", "Lagos, Nigeria", "Berlin, Germany",
                                         "Pune, India", "Austin, USA" };
  static const char * const headlines[] = { "Junior data analyst", "Frontend developer in training",
                                            "Career changer into backend work" };
  g_autoptr(PathwayCandidateDraft) draft = pathway_candidate_draft_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_strv_builder_add (builder, skills[n % G_N_ELEMENTS (skills)]);
  g_strv_builder_add (builder, skills[(n * 7 + 3) % G_N_ELEMENTS (skills)]);
  g_strv_builder_add (builder, skills[(n * 5 + 1) % G_N_ELEMENTS (skills)]);
  if (with_rare_skill)
    g_strv_builder_add (builder, RARE_SKILL);

  draft->recruiter_id = recruiter_id;
  draft->source = n % 3 == 0 ? PATHWAY_USER_SOURCE_IMPORT : PATHWAY_USER_SOURCE_EMAIL;
  draft->name = g_strdup_printf ("%s %s", first[n % G_N_ELEMENTS (first)], last[n / G_N_ELEMENTS (first)]);
  draft->email = g_strdup_printf ("candidate%u@mail.example", n);
  draft->skills = g_strv_builder_end (builder);
  draft->location = g_strdup (places[n % G_N_ELEMENTS (places)]);
  draft->remote_ok = n % 2;
  if (n % 3 != 0)
    draft->headline = g_strdup (headlines[n % G_N_ELEMENTS (headlines)]);
  draft->summary = g_strdup_printf ("Enjoys building things with %s.", skills[n % G_N_ELEMENTS (skills)]);

  id = pathway_candidates_save (db, draft, &error);
  g_assert_no_error (error);
  return id;
}

/* A recruiter, and n candidates (the rare skill on a few of them). */
static void
make_database (Fixture *f,
               guint    n)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db_at (f->path);
  guint next_rare = 0;

  f->recruiter_id = pathway_test_add_recruiter (db);

  for (guint i = 0; i < n; i++)
    {
      gboolean is_rare = next_rare < G_N_ELEMENTS (rare) && rare[next_rare] == i;
      gint64 id = add_candidate (db, f->recruiter_id, i, is_rare);

      if (is_rare)
        f->rare_ids[next_rare++] = id;
    }
}

/* The page in a window of its own, under the stand-in recruiter view, on the fixture's database. */
static PathwayCandidatesPage *
open_page (Fixture            *f,
           PathwayApplication *app)
{
  PathwayCandidatesPage *page;

  f->db = pathway_test_open_db_at (f->path);
  f->shell = pathway_test_shell_open_candidates (app, f->db, f->recruiter_id, &page);
  f->window = pathway_test_shell_get_window (f->shell);
  return page;
}

static void
close_page (Fixture *f)
{
  gtk_window_destroy (f->window);
  pathway_test_ui_settle ();
  g_clear_object (&f->db);
}

static const char *
count_text (PathwayCandidatesPage *page)
{
  return gtk_label_get_text (GTK_LABEL (pathway_test_ui_find_named (GTK_WIDGET (page), "count-label")));
}

static guint
n_items (PathwayCandidatesPage *page)
{
  return g_list_model_get_n_items (pathway_candidates_page_get_model (page));
}

static gint64
id_at (PathwayCandidatesPage *page,
       guint                  position)
{
  g_autoptr(PathwayRowObject) row = g_list_model_get_item (pathway_candidates_page_get_model (page), position);

  return pathway_row_object_get_id (row);
}

/* Types into the search entry as a person would, and waits for the search to run. */
static void
search (PathwayCandidatesPage *page,
        const char            *text)
{
  GtkEditable *entry = GTK_EDITABLE (pathway_test_ui_find_mapped (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY));

  gtk_editable_set_text (entry, text);
  /* search-changed comes after the entry's typing delay (150 ms), which settling outlasts. */
  pathway_test_ui_settle ();
  pathway_test_ui_settle ();
}

static void
set_up (Fixture    *f,
        const char *name,
        guint       n_candidates)
{
  f->path = pathway_test_path (name);
  make_database (f, n_candidates);
}

static void
tear_down (Fixture *f)
{
  g_free (f->path);
}

/* ───── the list ───── */

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
search_the_list (PathwayApplication *app,
                 gpointer            data)
{
  Fixture *f = data;
  PathwayCandidatesPage *page = open_page (f, app);
  GtkDropDown *sort = GTK_DROP_DOWN (pathway_test_ui_find_mapped (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN));
  GtkWidget *view = pathway_test_ui_find_mapped (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  gint64 found[G_N_ELEMENTS (rare)];
  g_autofree char *show = NULL;

  g_assert_cmpstr (pathway_candidates_page_get_visible_state (page), ==, "list");
  g_assert_cmpuint (n_items (page), ==, N_CANDIDATES);
  g_assert_cmpstr (count_text (page), ==, "200 candidates");
  g_assert_cmpuint (gtk_drop_down_get_selected (sort), ==, PATHWAY_CANDIDATE_SORT_NAME);
  pathway_test_ui_screenshots (f->window, "candidates-list");

  /* A rare skill: exactly the three who have it, best match first, and Relevance chosen for it. */
  search (page, "haskel");
  search (page, RARE_SKILL);
  g_assert_cmpuint (n_items (page), ==, G_N_ELEMENTS (rare));
  for (guint i = 0; i < G_N_ELEMENTS (rare); i++)
    found[i] = id_at (page, i);
  qsort (found, G_N_ELEMENTS (found), sizeof found[0], compare_ids);
  for (guint i = 0; i < G_N_ELEMENTS (rare); i++)
    g_assert_cmpint (found[i], ==, f->rare_ids[i]);
  g_assert_cmpuint (gtk_drop_down_get_selected (sort), ==, PATHWAY_CANDIDATE_SORT_RELEVANCE);
  g_assert_cmpstr (count_text (page), ==, "3 matches");
  pathway_test_ui_screenshots (f->window, "candidates-search");

  /* Opening a row asks the recruiter view to show that candidate. */
  g_signal_emit_by_name (view, "activate", 1u);
  show = g_strdup_printf ("show-candidate %" G_GINT64_FORMAT, id_at (page, 1));
  g_assert_cmpstr (pathway_test_shell_get_last_asked (f->shell), ==, show);

  /* Nothing matches: say so, and offer to clear the search. */
  search (page, "zzqxv");
  g_assert_cmpstr (pathway_candidates_page_get_visible_state (page), ==, "no-match");
  g_assert_nonnull (pathway_test_ui_find_button (GTK_WIDGET (page), "candidates.clear-search", NULL));
  pathway_test_ui_screenshots (f->window, "candidates-no-match");

  gtk_widget_activate_action (GTK_WIDGET (page), "candidates.clear-search", NULL);
  pathway_test_ui_settle ();
  g_assert_cmpstr (pathway_candidates_page_get_visible_state (page), ==, "list");
  g_assert_cmpuint (n_items (page), ==, N_CANDIDATES);
  g_assert_cmpuint (gtk_drop_down_get_selected (sort), ==, PATHWAY_CANDIDATE_SORT_NAME);

  /* Newest first, picked by hand, stays after a search. */
  gtk_drop_down_set_selected (sort, PATHWAY_CANDIDATE_SORT_NEWEST);
  pathway_test_ui_settle ();
  g_assert_cmpint (id_at (page, 0), ==, query (f, "SELECT max(user_id) FROM onboarding", 0));
  search (page, "Python");
  search (page, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (sort), ==, PATHWAY_CANDIDATE_SORT_NEWEST);

  close_page (f);
}

static void
test_list (void)
{
  Fixture f = { 0 };

  set_up (&f, "list.db", N_CANDIDATES);
  pathway_test_ui_run (f.path, search_the_list, &f);
  tear_down (&f);
}

static void
see_empty (PathwayApplication *app,
           gpointer            data)
{
  Fixture *f = data;
  PathwayCandidatesPage *page = open_page (f, app);

  g_assert_cmpstr (pathway_candidates_page_get_visible_state (page), ==, "empty");
  g_assert_nonnull (pathway_test_ui_find_button (GTK_WIDGET (page), "candidates.import", NULL));
  g_assert_nonnull (pathway_test_ui_find_button (GTK_WIDGET (page), "candidates.add", NULL));
  g_assert_null (pathway_test_ui_find_mapped (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY));
  pathway_test_ui_screenshots (f->window, "candidates-empty");
  close_page (f);
}

static void
test_empty (void)
{
  Fixture f = { 0 };

  set_up (&f, "empty.db", 0);
  pathway_test_ui_run (f.path, see_empty, &f);
  tear_down (&f);
}

/* ───── the editor ───── */

static PathwayCandidateEditor *
open_editor (PathwayCandidatesPage *page)
{
  GtkWindow *editor;

  gtk_widget_activate_action (GTK_WIDGET (page), "candidates.add", NULL);
  pathway_test_ui_settle ();
  editor = pathway_test_ui_find_toplevel (PATHWAY_TYPE_CANDIDATE_EDITOR);
  g_assert_nonnull (editor);
  return PATHWAY_CANDIDATE_EDITOR (editor);
}

static void
add_by_hand (PathwayApplication *app,
             gpointer            data)
{
  Fixture *f = data;
  PathwayCandidatesPage *page = open_page (f, app);
  PathwayCandidateEditor *editor = open_editor (page);
  GtkWidget *root = GTK_WIDGET (editor);
  g_autoptr(PathwayCandidateDraft) saved = NULL;
  g_autoptr(GError) error = NULL;
  const char * const skills[] = { "SQL", "dbt", NULL };
  const char * const interests[] = { "Climate data", NULL };
  const char * const goals[] = { "Analytics Engineer", NULL };
  GtkTextView *summary;
  gint64 id;

  pathway_test_ui_screenshots (GTK_WINDOW (editor), "candidate-editor-new");

  /* A name is needed, and an email must look like one; what was typed stays. */
  gtk_widget_activate_action (root, "editor.save", NULL);
  pathway_test_ui_settle ();
  g_assert_true (pathway_test_ui_shows_error (root));
  g_assert_nonnull (pathway_test_ui_find_toplevel (PATHWAY_TYPE_CANDIDATE_EDITOR));

  pathway_test_ui_type (root, "Name", "  Zora Quill ");
  pathway_test_ui_type (root, "Email", "zora.quill.mail.example");
  pathway_test_ui_type (root, "Headline", "Analytics engineer");
  pathway_test_ui_type (root, "Location", "Porto, Portugal");
  pathway_test_ui_type (root, "Salary Expectation a Year (Optional)", "52,000");
  pathway_test_ui_type (root, "Skills", "SQL, dbt, , ");
  pathway_test_ui_type (root, "Interests", "Climate data");
  pathway_test_ui_type (root, "Goals", "Analytics Engineer");
  gtk_switch_set_active (GTK_SWITCH (pathway_test_ui_find_mapped (root, GTK_TYPE_SWITCH)), TRUE);
  summary = GTK_TEXT_VIEW (pathway_test_ui_find_mapped (root, GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (summary), "Builds tidy data models.", -1);
  gtk_widget_activate_action (root, "editor.save", NULL);
  pathway_test_ui_settle ();
  g_assert_true (pathway_test_ui_shows_error (root));
  g_assert_cmpint (query (f, "SELECT count(*) FROM onboarding WHERE name = 'Zora Quill'", 0), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (pathway_test_ui_find_entry (root, "Headline")), ==,
                   "Analytics engineer");
  pathway_test_ui_screenshots (GTK_WINDOW (editor), "candidate-editor-error");

  pathway_test_ui_type (root, "Email", "Zora.Quill@Mail.Example");
  gtk_widget_activate_action (root, "editor.save", NULL);
  pathway_test_ui_settle ();
  g_assert_null (pathway_test_ui_find_toplevel (PATHWAY_TYPE_CANDIDATE_EDITOR));

  id = query (f, "SELECT user_id FROM onboarding WHERE name = 'Zora Quill'", 0);
  saved = pathway_candidates_load (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (saved->email, ==, "zora.quill@mail.example");
  g_assert_cmpstr (saved->headline, ==, "Analytics engineer");
  g_assert_cmpstr (saved->location, ==, "Porto, Portugal");
  g_assert_true (saved->remote_ok);
  g_assert_cmpint (saved->salary_expectation, ==, 52000);
  g_assert_cmpstrv (saved->skills, skills);
  g_assert_cmpstrv (saved->interests, interests);
  g_assert_cmpstrv (saved->goals, goals);
  g_assert_cmpstr (saved->summary, ==, "Builds tidy data models.");
  g_assert_cmpint (saved->source, ==, PATHWAY_USER_SOURCE_EMAIL);
  g_assert_cmpint (saved->recruiter_id, ==, f->recruiter_id);

  /* The list is told, and shows them. */
  g_assert_cmpuint (pathway_test_shell_count_asked (f->shell, "candidates-changed"), ==, 1);
  g_assert_cmpuint (n_items (page), ==, N_CANDIDATES + 1);
  g_assert_true (pathway_test_ui_shows_text (GTK_WIDGET (f->window), "Added “Zora Quill”"));

  /* Closing with changes asks first; discarding writes nothing. */
  editor = open_editor (page);
  pathway_test_ui_type (GTK_WIDGET (editor), "Name", "Never Saved");
  gtk_window_close (GTK_WINDOW (editor));
  pathway_test_ui_settle ();
  g_assert_nonnull (pathway_test_ui_find_toplevel (PATHWAY_TYPE_CANDIDATE_EDITOR));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "discard");
  pathway_test_ui_settle ();
  g_assert_null (pathway_test_ui_find_toplevel (PATHWAY_TYPE_CANDIDATE_EDITOR));
  g_assert_cmpint (query (f, "SELECT count(*) FROM onboarding WHERE name = 'Never Saved'", 0), ==, 0);

  close_page (f);
}

static void
test_editor (void)
{
  Fixture f = { 0 };

  set_up (&f, "editor.db", N_CANDIDATES);
  pathway_test_ui_run (f.path, add_by_hand, &f);
  tear_down (&f);
}

/* ───── a candidate's window ───── */

static guint
timeline_titles (PathwayCandidateWindow *window,
                 const char            **titles,
                 guint                   max)
{
  GtkListBox *list = GTK_LIST_BOX (pathway_test_ui_find_named (GTK_WIDGET (window), "timeline"));
  GtkListBoxRow *row;
  guint n = 0;

  while (n < max && (row = gtk_list_box_get_row_at_index (list, n)) != NULL)
    titles[n++] = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  return n;
}

static PathwayCandidateWindow *
open_window (Fixture *f,
             gint64   id)
{
  PathwayCandidateWindow *window = pathway_candidate_window_new (f->window, f->db, f->recruiter_id, id);

  gtk_window_present (GTK_WINDOW (window));
  pathway_test_ui_settle ();
  return window;
}

static void
count_saved (guint *saved)
{
  (*saved)++;
}

static gint64
interview_and_move (Fixture *f,
                    gint64   candidate)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, 3, 14, 0, 0);
  g_autoptr(GError) error = NULL;
  PathwayInterview interview = { when, "https://meet.example/abc-defg-hij" };
  gint64 job_id, shortlist;

  job_id = pathway_test_add_job (f->db, f->recruiter_id, "Data Analyst",
                                 "Turn the sales data into weekly reports the shops can act on.");
  shortlist = pathway_shortlists_add (f->db, job_id, candidate, PATHWAY_SHORTLIST_SOURCE_PLATFORM, &error);
  g_assert_no_error (error);
  g_assert_true (pathway_shortlists_move (f->db, shortlist, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED, &interview, &error));
  g_assert_true (pathway_shortlists_move (f->db, shortlist, PATHWAY_SHORTLIST_INTERVIEWED, NULL, &error));
  g_assert_no_error (error);
  return job_id;
}

static void
work_with_a_candidate (PathwayApplication *app,
                       gpointer            data)
{
  Fixture *f = data;
  gint64 candidate = f->rare_ids[0], quiet = f->rare_ids[1];
  PathwayCandidateWindow *window;
  GtkWindow *dialog;
  PathwayCandidateEditor *editor;
  const char *titles[8];
  guint n, saved = 0;

  open_page (f, app);

  /* Someone nobody did anything with yet. */
  window = open_window (f, quiet);
  g_assert_cmpuint (timeline_titles (window, titles, G_N_ELEMENTS (titles)), ==, 0);
  pathway_test_ui_screenshots (GTK_WINDOW (window), "candidate-window-empty-timeline");
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (query (f, "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1 "
                             "AND interaction_type = 'profile_viewed'", quiet), ==, 1);

  interview_and_move (f, candidate);
  window = open_window (f, candidate);
  g_assert_cmpint (query (f, "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1 "
                             "AND interaction_type = 'profile_viewed'", candidate), ==, 1);
  n = timeline_titles (window, titles, G_N_ELEMENTS (titles));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (titles[0], ==, "Moved to Interviewed");
  g_assert_true (g_str_has_prefix (titles[1], "Interview scheduled for "));
  g_assert_true (g_str_has_suffix (titles[1], " — https://meet.example/abc-defg-hij"));
  g_assert_cmpstr (titles[2], ==, "Shortlisted for “Data Analyst”");

  /* Logging an email, through its dialog. */
  gtk_widget_activate_action (GTK_WIDGET (window), "candidate.log-email", NULL);
  pathway_test_ui_settle ();
  dialog = pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (pathway_test_ui_find_mapped (GTK_WIDGET (dialog), GTK_TYPE_ENTRY)),
                         "Next steps <and> dates");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "log");
  gtk_window_destroy (dialog);
  pathway_test_ui_settle ();
  g_assert_cmpint (query (f, "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1 AND "
                             "interaction_type = 'email_sent' AND details ->> 'subject' = 'Next steps <and> dates'",
                          candidate), ==, 1);
  n = timeline_titles (window, titles, G_N_ELEMENTS (titles));
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (titles[0], ==, "Email sent: Next steps <and> dates");
  g_assert_cmpstr (titles[1], ==, "Profile viewed");
  pathway_test_ui_screenshots (GTK_WINDOW (window), "candidate-window-timeline");
  {
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (pathway_test_ui_find_mapped (GTK_WIDGET (window),
                                                                                    GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    pathway_test_ui_screenshots (GTK_WINDOW (window), "candidate-window-timeline-end");
  }

  /* Editing from the window: it shows the change, and tells whoever opened it. */
  g_signal_connect_swapped (window, "saved", G_CALLBACK (count_saved), &saved);
  gtk_widget_activate_action (GTK_WIDGET (window), "candidate.edit", NULL);
  pathway_test_ui_settle ();
  editor = PATHWAY_CANDIDATE_EDITOR (pathway_test_ui_find_toplevel (PATHWAY_TYPE_CANDIDATE_EDITOR));
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (pathway_test_ui_find_entry (GTK_WIDGET (editor), "Skills")), !=, "");
  pathway_test_ui_type (GTK_WIDGET (editor), "Headline", "Functional programmer");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  pathway_test_ui_settle ();
  g_assert_true (pathway_test_ui_shows_text (GTK_WIDGET (window), "Functional programmer"));
  g_assert_cmpuint (saved, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Each opening is one view. */
  window = open_window (f, candidate);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (query (f, "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1 "
                             "AND interaction_type = 'profile_viewed'", candidate), ==, 2);

  close_page (f);
}

static void
test_window (void)
{
  Fixture f = { 0 };

  set_up (&f, "window.db", N_CANDIDATES);
  pathway_test_ui_run (f.path, work_with_a_candidate, &f);
  tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/candidates/list-and-search", test_list);
  g_test_add_func ("/ui/candidates/empty", test_empty);
  g_test_add_func ("/ui/candidates/editor", test_editor);
  g_test_add_func ("/ui/candidates/window-and-timeline", test_window);

  return g_test_run ();
}
