/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "pathway-cli.h"
#include "pathway-demo-data.h"
#include "pathway-demo-words.h"
#include "pathway-embedding.h"
#include "pathway-export.h"
#include "pathway-maintenance.h"
#include "pathway-records.h"
#include "pathway-rows.h"

/* ───────────────────────────── embedding ───────────────────────────── */

static double
similarity (const char *a,
            const char *b)
{
  g_autoptr(PathwayVector) va = pathway_embedding_embed (a, PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) vb = pathway_embedding_embed (b, PATHWAY_EMBEDDING_DIMS);

  return pathway_vector_dot (va, vb);
}

static double
norm (const PathwayVector *vector)
{
  double sum = 0;

  for (guint i = 0; i < vector->n_dims; i++)
    sum += (double) vector->values[i] * vector->values[i];
  return sqrt (sum);
}

static gboolean
is_zero (const PathwayVector *vector)
{
  for (guint i = 0; i < vector->n_dims; i++)
    if (vector->values[i] != 0.0f)
      return FALSE;
  return TRUE;
}

static void
test_embedding_hash (void)
{
  /* the published FNV-1a 64-bit test vectors: stored vectors depend on these never changing */
  g_assert_cmphex (pathway_embedding_hash ("", 0), ==, G_GUINT64_CONSTANT (0xcbf29ce484222325));
  g_assert_cmphex (pathway_embedding_hash ("a", 1), ==, G_GUINT64_CONSTANT (0xaf63dc4c8601ec8c));
  g_assert_cmphex (pathway_embedding_hash ("foobar", 6), ==, G_GUINT64_CONSTANT (0x85944171f73967e8));
}

static void
test_embedding_deterministic (void)
{
  const char *text = "Graduate student in statistics. Comfortable with SQL, Python, pandas and Tableau.";
  g_autoptr(PathwayVector) a = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) b = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) small = pathway_embedding_embed (text, 16);

  g_assert_cmpuint (a->n_dims, ==, PATHWAY_EMBEDDING_DIMS);
  g_assert_true (pathway_vector_equal (a, b));
  g_assert_false (is_zero (a));
  g_assert_cmpuint (small->n_dims, ==, 16);
}

static void
test_embedding_normalised (void)
{
  const char * const texts[] = {
    "SQL",
    "Data analyst with SQL and Python",
    "SQL SQL SQL SQL SQL SQL SQL SQL",
    "Straße, Ünïcödé, 東京, हिन्दी and emoji 🎉 all count as text",
    "C++ and C# developer who also writes Node.js and .NET",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PathwayVector) vector = pathway_embedding_embed (texts[i], PATHWAY_EMBEDDING_DIMS);

      g_assert_cmpfloat_with_epsilon (norm (vector), 1.0, 1e-5);
    }
}

static void
test_embedding_similar (void)
{
  const char *analyst = "Data analyst skilled in SQL, Python and Tableau dashboards.";
  const char *analyst2 = "Analyst who builds dashboards in Tableau with SQL and Python.";
  const char *baker = "Pastry chef who bakes sourdough bread and croissants every morning.";
  const char *android = "Android developer writing Kotlin with Jetpack Compose and coroutines.";
  const char *mobile = "Mobile developer: Kotlin, Jetpack Compose, Room and Retrofit on Android.";

  g_assert_cmpfloat (similarity (analyst, analyst2), >, similarity (analyst, baker));
  g_assert_cmpfloat (similarity (analyst, analyst2), >, similarity (analyst, android));
  g_assert_cmpfloat (similarity (android, mobile), >, similarity (android, analyst));
  g_assert_cmpfloat (similarity (android, mobile), >, 0.2);
  g_assert_cmpfloat (similarity (analyst, baker), <, 0.15);
  /* related forms meet through character trigrams */
  g_assert_cmpfloat (similarity ("PostgreSQL", "Postgres"), >, similarity ("PostgreSQL", "Kotlin"));
}

static void
test_embedding_empty (void)
{
  const char * const texts[] = { NULL, "", "   ", "!!! ... --- ???", "the and of to" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PathwayVector) vector = pathway_embedding_embed (texts[i], PATHWAY_EMBEDDING_DIMS);

      g_assert_cmpuint (vector->n_dims, ==, PATHWAY_EMBEDDING_DIMS);
      g_assert_true (is_zero (vector));
    }
}

static void
test_embedding_case (void)
{
  g_autoptr(PathwayVector) lower = pathway_embedding_embed ("python developer, sql", PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) upper = pathway_embedding_embed ("PYTHON Developer, SQL", PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) strasse = pathway_embedding_embed ("STRASSE ÜBER", PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) strasse2 = pathway_embedding_embed ("straße über", PATHWAY_EMBEDDING_DIMS);

  g_assert_true (pathway_vector_equal (lower, upper));
  g_assert_true (pathway_vector_equal (strasse, strasse2));
}

static void
test_embedding_tokens (void)
{
  g_autoptr(PathwayVector) cpp = pathway_embedding_embed ("C++", PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) c = pathway_embedding_embed ("C", PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) csharp = pathway_embedding_embed ("c#", PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) node = pathway_embedding_embed ("Node.js.", PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) node2 = pathway_embedding_embed ("node.js", PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) node_js = pathway_embedding_embed ("node js", PATHWAY_EMBEDDING_DIMS);

  /* "c++" and "c#" are words of their own, not "c" */
  g_assert_false (pathway_vector_equal (cpp, c));
  g_assert_false (pathway_vector_equal (csharp, c));
  g_assert_false (pathway_vector_equal (cpp, csharp));
  /* a full stop after a word is not part of it; the dot in "node.js" is */
  g_assert_true (pathway_vector_equal (node, node2));
  g_assert_false (pathway_vector_equal (node2, node_js));
}

/* ───────────────────────────── demo data ───────────────────────────── */

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pathway-demo-data-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

static PathwayDb *
open_db (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  PathwayDb *db = pathway_db_open (path, &error);

  g_assert_no_error (error);
  return db;
}

static void
generate (PathwayDb *db,
          guint      students,
          guint      recruiters,
          guint      jobs,
          guint32    seed)
{
  PathwayDemoOptions options = { students, recruiters, jobs, seed };
  g_autoptr(GError) error = NULL;

  g_assert_true (pathway_demo_data_generate (db, &options, NULL, NULL, &error));
  g_assert_no_error (error);
}

static gint64
query (PathwayDb  *db,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* The export, without its "exported_at" line: the one part that is the time of the export. */
static char *
export_without_time (PathwayDb *db)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GString *kept = g_string_new (NULL);

  g_assert_true (pathway_export_json (db, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "\"exported_at\"") == NULL)
      g_string_append_printf (kept, "%s\n", lines[i]);
  return g_string_free (kept, FALSE);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

/* The tables demo data leaves empty, and why. Every other table of the file must get rows: a new
 * table fails this test until demo data fills it or it is listed here with its reason. */
static const char * const empty_tables[] = {
  "app_state",         /* the person using the app chooses their role on first run */
  "lesson_content",    /* lessons imported from content packs, not anyone's data */
  "sync_runs",         /* no sync with an outside service has run */
  "sync_cursors",
  /* Not made yet: what video schedules are built from (migration 4). Each youtube_schedules row
   * holds its whole schedule as JSON. */
  "schedule_options",
  "playlist_videos",
  "video_watches",
  NULL
};

/* SQLite's own tables, and the shadow tables in which a virtual table (an FTS5 index) keeps its
 * data: "jobs_fts_data" belongs to "jobs_fts". Neither is written by demo data itself. */
static gboolean
is_storage_table (const char *name,
                  GPtrArray  *virtual_tables)
{
  if (g_str_has_prefix (name, "sqlite_"))
    return TRUE;

  for (guint i = 0; i < virtual_tables->len; i++)
    {
      const char *owner = g_ptr_array_index (virtual_tables, i);

      if (g_str_has_prefix (name, owner) && name[strlen (owner)] == '_')
        return TRUE;
    }
  return FALSE;
}

/* Every table in the file, those the app's code knows and any other: each has rows, unless it is
 * listed in empty_tables. A virtual table is an index kept by triggers, so its rows show that the
 * triggers ran; its shadow tables are its own business. */
static void
assert_every_table_filled (PathwayDb *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' "
                                                        "FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                                                    &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) virtual_tables = g_ptr_array_new_with_free_func (g_free);
  guint n_checked = 0;

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      g_ptr_array_add (names, g_strdup (name));
      if (sqlite3_column_int (stmt, 1))
        g_ptr_array_add (virtual_tables, g_strdup (name));
    }
  g_assert_cmpuint (virtual_tables->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *sql = NULL;
      gint64 count;

      if (is_storage_table (name, virtual_tables))
        continue;

      sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", name);
      count = query (db, sql);
      n_checked++;
      if (g_strv_contains (empty_tables, name))
        g_assert_cmpint (count, ==, 0);
      else if (count == 0)
        g_error ("Demo data wrote nothing to the table %s: teach demo data to fill it, "
                 "or list it in empty_tables with the reason", name);
    }

  /* the tables the app's code reads and writes are all among them */
  for (guint i = 0; pathway_all_tables[i] != NULL; i++)
    g_assert_true (g_ptr_array_find_with_equal_func (names, pathway_all_tables[i]->name, g_str_equal, NULL));
  g_assert_cmpuint (n_checked, >=, g_strv_length ((char **) pathway_all_tables));
}

/* The lowest and highest yearly pay a job of the demo data could offer in the city, or remotely
 * when city is NULL: the range a salary expectation has to fall in. */
static void
salary_bounds (const char *city,
               double     *lowest,
               double     *highest)
{
  double scale = 1.0;
  int low_salary = G_MAXINT, high_salary = 0;
  double low_pay = G_MAXDOUBLE, high_pay = 0;

  for (guint i = 0; city != NULL && i < pathway_demo_n_cities; i++)
    if (g_str_equal (pathway_demo_cities[i].name, city))
      scale = pathway_demo_cities[i].pay_scale;
  for (guint i = 0; i < pathway_demo_n_jobs; i++)
    {
      low_salary = MIN (low_salary, pathway_demo_jobs[i].salary);
      high_salary = MAX (high_salary, pathway_demo_jobs[i].salary);
    }
  for (guint i = 0; i < pathway_demo_n_levels; i++)
    {
      low_pay = MIN (low_pay, pathway_demo_levels[i].pay);
      high_pay = MAX (high_pay, pathway_demo_levels[i].pay);
    }

  /* the bottom of the lowest job's range and the top of the highest's, a rounding unit wider */
  *lowest = low_salary * low_pay * scale * 0.92 * 0.88 - 5000;
  *highest = high_salary * high_pay * scale * 1.08 * 1.12 + 5000;
}

static gboolean
is_demo_city (const char *name)
{
  for (guint i = 0; i < pathway_demo_n_cities; i++)
    if (g_str_equal (pathway_demo_cities[i].name, name))
      return TRUE;
  return FALSE;
}

/* Every student, and only students, say where and how they want to work: a city of the word lists
 * or none (then remotely), a salary in the range of the jobs there, and a headline naming their
 * first goal. */
static void
assert_preferences (PathwayDb *db,
                    gint64     n_students)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, "SELECT location, remote_ok, salary_expectation "
                                                        "FROM candidate_preferences", &error);
  guint n_remote = 0, n_located = 0, n_salaries = 0;

  g_assert_no_error (error);
  g_assert_cmpint (query (db, "SELECT count(*) FROM candidate_preferences"), ==, n_students);
  g_assert_cmpint (query (db, "SELECT count(*) FROM candidate_preferences p JOIN users u ON u.id = p.user_id"
                              " WHERE u.user_type = 'student'"), ==, n_students);
  g_assert_cmpint (query (db, "SELECT count(*) FROM candidate_preferences p JOIN onboarding o USING (user_id)"
                              " WHERE instr(p.headline, json_extract(o.career_goals, '$[0]')) = 0"), ==, 0);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *location = (const char *) sqlite3_column_text (stmt, 0);
      gboolean remote_ok = sqlite3_column_int (stmt, 1);

      g_assert_true (location != NULL || remote_ok);
      if (location != NULL)
        {
          g_assert_true (is_demo_city (location));
          n_located++;
        }
      n_remote += remote_ok;

      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        {
          double lowest, highest;

          salary_bounds (location, &lowest, &highest);
          g_assert_cmpfloat (sqlite3_column_int (stmt, 2), >=, lowest);
          g_assert_cmpfloat (sqlite3_column_int (stmt, 2), <=, highest);
          n_salaries++;
        }
    }

  /* a believable mix, fixed by the seed */
  g_assert_cmpuint (n_remote, >, 0);
  g_assert_cmpuint (n_remote, <, n_students);
  g_assert_cmpuint (n_located, >, n_students / 2);
  g_assert_cmpuint (n_salaries, >, n_students / 2);
}

static void
test_every_table (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PathwayDb) db = open_db (fixture, "demo.db");
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  PathwayDemoOptions options = { 30, 4, 20, 1 };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pathway_demo_data_generate (db, &options, record_progress, fractions, &error));
  g_assert_no_error (error);

  assert_every_table_filled (db);

  g_assert_true (pathway_db_check_file (pathway_db_get_path (db), &problems, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);

  /* progress only grows, and ends at 1 */
  g_assert_cmpuint (fractions->len, >, 0);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);

  /* the people asked for, each student complete */
  g_assert_cmpint (query (db, "SELECT count(*) FROM users WHERE user_type = 'student'"), ==, 30);
  g_assert_cmpint (query (db, "SELECT count(*) FROM users WHERE user_type = 'recruiter'"), ==, 4);
  g_assert_cmpint (query (db, "SELECT count(*) FROM jobs"), ==, 20);
  g_assert_cmpint (query (db, "SELECT count(*) FROM job_postings WHERE job_id IS NOT NULL"), ==, 20);
  g_assert_cmpint (query (db, "SELECT count(*) FROM users u WHERE user_type = 'student' AND ("
                              "  NOT EXISTS (SELECT 1 FROM onboarding o WHERE o.user_id = u.id) OR"
                              "  NOT EXISTS (SELECT 1 FROM student_profile_summaries s WHERE s.user_id = u.id) OR"
                              "  NOT EXISTS (SELECT 1 FROM candidate_vectors c WHERE c.user_id = u.id))"), ==, 0);

  /* one 768-dimension vector per student, the same in both tables */
  g_assert_cmpint (query (db, "SELECT count(*) FROM candidate_vectors c JOIN student_profile_summaries s USING (user_id)"
                              " WHERE c.vector = s.vector AND length(c.vector) = 4 * 768"), ==, 30);

  /* every address is demo data */
  g_assert_cmpint (query (db, "SELECT count(*) FROM users WHERE email NOT LIKE '%.example'"), ==, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM email_applications WHERE sender_email NOT LIKE '%.example'"), ==, 0);

  /* the first students follow plans, and where they are agrees with their days */
  g_assert_cmpint (query (db, "SELECT count(*) FROM users WHERE current_plan_id IS NOT NULL"), ==, 30);
  g_assert_cmpint (query (db, "SELECT count(*) FROM users u JOIN learning_paths p ON p.plan_id = u.current_plan_id"
                              " WHERE p.status = 'active' AND (p.global_month_index != u.current_month_index"
                              "   OR p.current_day != u.current_day OR p.days_completed != u.current_day - 1)"), ==, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM day_progress WHERE status = 'completed'"
                              " AND (can_proceed != 1 OR best_score < 70 OR quiz_score < 70 OR completed_at IS NULL)"), ==, 0);
  g_assert_cmpint (query (db, "SELECT count(*) FROM day_progress d WHERE quiz_attempts !="
                              " (SELECT count(*) FROM quiz_submissions s WHERE s.plan_id = d.plan_id"
                              "  AND s.month_index = d.month_index AND s.day = d.day_number)"), ==, 0);

  /* postings say what their jobs say */
  g_assert_cmpint (query (db, "SELECT count(*) FROM jobs j JOIN job_postings p ON p.job_id = j.id"
                              " WHERE p.is_active != (j.status = 'active') OR p.title != j.title"
                              " OR p.requirements != j.requirements"), ==, 0);

  /* shortlists at every status, each with a match for the same student */
  g_assert_cmpint (query (db, "SELECT count(DISTINCT status) FROM shortlists"), ==, 5);
  g_assert_cmpint (query (db, "SELECT count(*) FROM shortlists s WHERE NOT EXISTS (SELECT 1 FROM candidate_matches m"
                              " WHERE m.job_id = s.job_id AND m.candidate_id = s.student_id AND m.status = 'shortlisted')"), ==, 0);

  /* where and how each student wants to work */
  assert_preferences (db, 30);

  /* the full-text indexes hold every job, with its posting's skills, and every student */
  g_assert_cmpint (query (db, "SELECT count(*) FROM jobs_fts f JOIN jobs j ON j.id = f.rowid"
                              " WHERE f.title = j.title AND length(f.skills) > 0"), ==, 20);
  g_assert_cmpint (query (db, "SELECT count(*) FROM candidates_fts f JOIN onboarding o ON o.user_id = f.rowid"
                              " WHERE f.name = o.name AND length(f.summary) > 0 AND length(f.skills) > 0"), ==, 30);
  g_assert_cmpint (query (db, "SELECT count(*) FROM jobs_fts"), ==, 20);
  g_assert_cmpint (query (db, "SELECT count(*) FROM candidates_fts"), ==, 30);

  /* nothing happened after the anchor, 2026-09-01T09:00:00Z */
  g_assert_cmpint (query (db, "SELECT (SELECT count(*) FROM users WHERE created_at > '2026-09-01T09:00:00Z')"
                              " + (SELECT count(*) FROM day_progress WHERE updated_at > '2026-09-01T09:00:00Z')"
                              " + (SELECT count(*) FROM quiz_submissions WHERE created_at > '2026-09-01T09:00:00Z')"
                              " + (SELECT count(*) FROM recruiter_interactions WHERE updated_at > '2026-09-01T09:00:00Z')"
                              " + (SELECT count(*) FROM email_applications WHERE received_at > '2026-09-01T09:00:00Z')"),
                   ==, 0);
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PathwayDb) a = open_db (fixture, "a.db");
  g_autoptr(PathwayDb) b = open_db (fixture, "b.db");
  g_autoptr(PathwayDb) c = open_db (fixture, "c.db");
  g_autofree char *export_a = NULL;
  g_autofree char *export_b = NULL;
  g_autofree char *export_c = NULL;

  generate (a, 12, 3, 10, 7);
  generate (b, 12, 3, 10, 7);
  generate (c, 12, 3, 10, 8);

  export_a = export_without_time (a);
  export_b = export_without_time (b);
  export_c = export_without_time (c);

  g_assert_cmpuint (strlen (export_a), >, 10000);
  g_assert_cmpuint (strlen (export_a), ==, strlen (export_b));
  g_assert_true (g_str_equal (export_a, export_b));
  g_assert_false (g_str_equal (export_a, export_c));
}

static void
test_refuses_non_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PathwayDb) db = open_db (fixture, "used.db");
  g_autoptr(PathwayUser) user = pathway_user_new ();
  PathwayDemoOptions options = { 5, 1, 2, 1 };
  g_autoptr(GError) error = NULL;
  g_autofree char *database = g_strdup (pathway_db_get_path (db));
  char *args[] = { (char *) "demo-data", (char *) "--students", (char *) "5", (char *) "--recruiters",
                   (char *) "1", (char *) "--jobs", (char *) "2", (char *) "--database", database, NULL };
  char **argv = args;

  user->email = g_strdup ("someone@mail.example");
  user->user_type = PATHWAY_USER_TYPE_STUDENT;
  g_assert_true (pathway_users_insert (db, user, &error));
  g_assert_no_error (error);

  g_assert_false (pathway_demo_data_generate (db, &options, NULL, NULL, &error));
  g_assert_error (error, PATHWAY_DEMO_DATA_ERROR, PATHWAY_DEMO_DATA_ERROR_NOT_EMPTY);
  g_assert_nonnull (strstr (error->message, "--database"));
  g_clear_error (&error);

  /* nothing was written */
  g_assert_cmpint (query (db, "SELECT count(*) FROM users"), ==, 1);
  g_assert_cmpint (query (db, "SELECT count(*) FROM jobs"), ==, 0);

  /* and the command says so with exit status 1 */
  g_assert_cmpint (pathway_cli_demo_data (G_N_ELEMENTS (args) - 1, argv), ==, PATHWAY_CLI_FAILED);
  g_assert_cmpint (query (db, "SELECT count(*) FROM users"), ==, 1);
}

static void
test_invalid_options (void)
{
  const PathwayDemoOptions invalid[] = {
    { 0, 0, 0, 1 },                           /* nothing to make */
    { 10, 0, 5, 1 },                          /* jobs without a recruiter */
    { 0, 3, 5, 1 },                           /* jobs without a student */
    { PATHWAY_DEMO_MAX_COUNT + 1, 1, 0, 1 },  /* too many */
  };
  const PathwayDemoOptions valid[] = {
    { 1, 0, 0, 1 },
    { 0, 1, 0, 1 },
    { PATHWAY_DEMO_MAX_COUNT, PATHWAY_DEMO_MAX_COUNT, PATHWAY_DEMO_MAX_COUNT, G_MAXUINT32 },
  };
  char *args[] = { (char *) "demo-data", (char *) "--students", (char *) "-3", (char *) "--recruiters",
                   (char *) "1", (char *) "--jobs", (char *) "0", NULL };
  char **argv = args;

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (pathway_demo_options_check (&invalid[i], &error));
      g_assert_error (error, PATHWAY_DEMO_DATA_ERROR, PATHWAY_DEMO_DATA_ERROR_INVALID);
    }

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (pathway_demo_options_check (&valid[i], &error));
      g_assert_no_error (error);
    }

  /* a negative count is a usage error, exit status 2, before any database is opened */
  g_assert_cmpint (pathway_cli_demo_data (G_N_ELEMENTS (args) - 1, argv), ==, PATHWAY_CLI_USAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/embedding/hash", test_embedding_hash);
  g_test_add_func ("/core/embedding/deterministic", test_embedding_deterministic);
  g_test_add_func ("/core/embedding/normalised", test_embedding_normalised);
  g_test_add_func ("/core/embedding/similar", test_embedding_similar);
  g_test_add_func ("/core/embedding/empty", test_embedding_empty);
  g_test_add_func ("/core/embedding/case-insensitive", test_embedding_case);
  g_test_add_func ("/core/embedding/tokens", test_embedding_tokens);

  g_test_add ("/cli/demo-data/every-table", Fixture, NULL, fixture_set_up, test_every_table, fixture_tear_down);
  g_test_add ("/cli/demo-data/deterministic", Fixture, NULL, fixture_set_up, test_deterministic, fixture_tear_down);
  g_test_add ("/cli/demo-data/refuses-non-empty", Fixture, NULL, fixture_set_up, test_refuses_non_empty,
              fixture_tear_down);
  g_test_add_func ("/cli/demo-data/invalid-options", test_invalid_options);

  return g_test_run ();
}
