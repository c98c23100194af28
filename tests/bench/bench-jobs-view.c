/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-jobs-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "pathway-jobs.h"
#include "pathway-jobs-page.h"
#include "pathway-local-users.h"

/* How much memory the recruiter's jobs list takes with N jobs compared with none: the list, in a
 * 1200×800 window, opened, then scrolled to the middle and to the end. Each database is measured
 * in a process of its own (this program run again with --measure) so that the two figures start
 * from the same point. Prints JSON; run it under a display, e.g. `xvfb-run -a bench-jobs-view 100000`. */

#define DEFAULT_JOBS 100000

static const char * const roles[] = {
  "Backend Engineer", "Frontend Developer", "Data Analyst", "Product Designer", "DevOps Engineer",
  "Mobile Developer", "QA Engineer", "Technical Writer", "Data Scientist", "Support Engineer",
};
static const char * const skills[] = { "Python", "SQL", "JavaScript", "Go", "Figma", "Kubernetes", "Swift", "Rust" };
static const char * const places[] = { "Berlin", "Lisbon", "Remote (EU)", "New York, NY", "Toronto" };
static const char * const companies[] = { "Acme", "Globex", "Initech", "Umbrella", "Hooli" };

/* ───── the databases ───── */

static PathwayJobDraft *
make_draft (gint64 recruiter_id,
            guint  i)
{
  PathwayJobDraft *draft = pathway_job_draft_new ();
  const char *role = roles[i % G_N_ELEMENTS (roles)];

  draft->recruiter_id = recruiter_id;
  draft->title = g_strdup_printf ("%s %u", role, i);
  draft->description = g_strdup_printf ("Join a small team as a %s: plan, build and ship work that people use "
                                        "every day, with reviews, pairing and time to learn.", role);
  draft->skills = g_new0 (char *, 3);
  draft->skills[0] = g_strdup (skills[i % G_N_ELEMENTS (skills)]);
  draft->skills[1] = g_strdup (skills[(i / 7) % G_N_ELEMENTS (skills)]);
  draft->requirements = g_strsplit ("Two years of experience\nClear writing", "\n", -1);
  draft->location = i % 4 == 0 ? NULL : g_strdup (places[i % G_N_ELEMENTS (places)]);
  draft->company = g_strdup (companies[i % G_N_ELEMENTS (companies)]);
  if (i % 5 != 0)
    {
      draft->salary_min = 40000 + (int) (i * 997 % 80) * 1000;
      draft->salary_max = draft->salary_min + 20000;
    }
  draft->status = i % 10 < 7 ? PATHWAY_JOB_ACTIVE : (int) (i % 10) - 6;
  return draft;
}

static void
make_database (const char *path,
               guint       n_jobs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = pathway_db_open (path, &error);
  g_autoptr(PathwayTransaction) transaction = NULL;
  gint64 recruiter_id;

  if (db == NULL ||
      (recruiter_id = pathway_local_users_activate (db, PATHWAY_USER_TYPE_RECRUITER, &error)) == 0 ||
      (transaction = pathway_db_begin (db, &error)) == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(PathwayJobDraft) draft = make_draft (recruiter_id, i);

      if (pathway_jobs_save (db, draft, &error) == 0)
        g_error ("%s", error->message);
    }

  if (!pathway_transaction_commit (transaction, &error))
    g_error ("%s", error->message);
}

/* ───── one measurement, in this process ───── */

static gint64
read_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    g_error ("Cannot read VmRSS from /proc/self/status");

  return g_ascii_strtoll (line + strlen ("VmRSS:"), NULL, 10);
}

static gboolean
mark_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets layout, painting and any idle work happen. */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, mark_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
painted (GdkFrameClock *clock,
         gboolean      *done)
{
  *done = TRUE;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Scrolls to fraction of the list and waits until the rows there are shown; the list learns its
 * height as it goes, so going to the end takes a few steps. */
static void
scroll_to (GtkWidget *view,
           double     fraction)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  for (guint i = 0; i < 20; i++)
    {
      double target = (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)) * fraction;

      if (i > 0 && G_APPROX_VALUE (gtk_adjustment_get_value (adjustment), target, 1.0))
        break;
      gtk_adjustment_set_value (adjustment, target);
      settle (100);
    }
}

static int
measure (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(PathwayAppState) state = NULL;
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GtkWidget *window, *page, *view;
  GdkFrameClock *clock;
  gboolean done = FALSE;
  gulong handler;
  gint64 start, open_us, rss_open, rss;

  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  db = pathway_db_open (path, &error);
  state = db != NULL ? pathway_local_users_get_state (db, &error) : NULL;
  if (state == NULL)
    g_error ("%s", error->message);

  window = adw_window_new ();
  page = g_object_new (PATHWAY_TYPE_JOBS_PAGE, NULL);
  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  settle (50);

  /* Opening: the first query and the first frame that shows it. */
  start = g_get_monotonic_time ();
  pathway_jobs_page_set_recruiter (PATHWAY_JOBS_PAGE (page), db, state->recruiter_user_id);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (window);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted), &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  open_us = g_get_monotonic_time () - start;
  settle (300);

  rss_open = read_rss_kib ();

  view = find_widget (page, GTK_TYPE_COLUMN_VIEW);
  if (gtk_widget_get_mapped (view))
    {
      scroll_to (view, 0.5);
      scroll_to (view, 1.0);
    }
  settle (500);

  rss = read_rss_kib ();
  g_print ("{\"rss_kib\": %" G_GINT64_FORMAT ", \"rss_open_kib\": %" G_GINT64_FORMAT ", \"open_ms\": %.1f}\n",
           rss, rss_open, open_us / 1000.0);

  gtk_window_destroy (GTK_WINDOW (window));
  settle (50);
  return EXIT_SUCCESS;
}

/* ───── the driver ───── */

static JsonObject *
run_measure (const char *self_path,
             const char *database,
             JsonNode  **root)
{
  const char *argv[] = { self_path, "--measure", database, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                     &output, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error) ||
      (*root = json_from_string (output, &error)) == NULL)
    g_error ("Measuring %s failed: %s", database, error != NULL ? error->message : "no output");

  return json_node_get_object (*root);
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  /* The databases and their -wal and -shm files. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (folder, name, NULL);

      g_unlink (file);
    }
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self_path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *full_path = NULL;
  g_autoptr(JsonNode) empty_root = NULL;
  g_autoptr(JsonNode) full_root = NULL;
  JsonObject *empty, *full;
  guint64 n_jobs = DEFAULT_JOBS;
  gint64 rss_empty, rss_full;

  if (argc == 3 && g_str_equal (argv[1], "--measure"))
    {
      adw_init ();
      g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
      return measure (argv[2]);
    }

  if (argc > 2 || (argc == 2 && !g_ascii_string_to_unsigned (argv[1], 10, 1, 1000000, &n_jobs, NULL)))
    {
      g_printerr ("Usage: %s [JOBS, 1 to 1000000; default %d]\n", argv[0], DEFAULT_JOBS);
      return EXIT_FAILURE;
    }

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  folder = g_dir_make_tmp ("pathway-bench-XXXXXX", NULL);
  empty_path = g_build_filename (folder, "empty.db", NULL);
  full_path = g_build_filename (folder, "full.db", NULL);
  make_database (empty_path, 0);
  make_database (full_path, (guint) n_jobs);

  empty = run_measure (self_path, empty_path, &empty_root);
  full = run_measure (self_path, full_path, &full_root);
  rss_empty = json_object_get_int_member (empty, "rss_kib");
  rss_full = json_object_get_int_member (full, "rss_kib");

  g_print ("{\"jobs\": %" G_GUINT64_FORMAT ", \"rss_empty_kib\": %" G_GINT64_FORMAT ", "
           "\"rss_full_kib\": %" G_GINT64_FORMAT ", \"rss_delta_kib\": %" G_GINT64_FORMAT ", "
           "\"open_ms\": %.1f, \"open_empty_ms\": %.1f, \"rss_full_before_scrolling_kib\": %" G_GINT64_FORMAT "}\n",
           n_jobs, rss_empty, rss_full, rss_full - rss_empty,
           json_object_get_double_member (full, "open_ms"), json_object_get_double_member (empty, "open_ms"),
           json_object_get_int_member (full, "rss_open_kib"));

  remove_folder (folder);
  return EXIT_SUCCESS;
}
