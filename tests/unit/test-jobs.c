/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-jobs.h"
#include "pathway-rows.h"
#include "pathway-test.h"

/* The recruiter's jobs: a jobs row and its posting written as one, and found with FTS5. */

typedef PathwayTestRecruiterDb Fixture;

static PathwayJobDraft *
make_draft (Fixture    *f,
            const char *title,
            const char *description,
            const char *skills)
{
  PathwayJobDraft *draft = pathway_job_draft_new ();

  draft->recruiter_id = f->recruiter_id;
  draft->title = g_strdup (title);
  draft->description = g_strdup (description);
  draft->skills = g_strsplit (skills, ",", -1);
  return draft;
}

static gint64
save (Fixture         *f,
      PathwayJobDraft *draft)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pathway_jobs_save (f->db, draft, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
count (Fixture    *f,
       const char *sql,
       gint64      parameter)
{
  return pathway_test_count (f->db, sql, parameter);
}

/* What is saved comes back; the posting holds the numbers and the job the salary text. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PathwayJobDraft) draft = make_draft (f, "  Junior Data Analyst ", "SQL all day.", "SQL,JS,JavaScript, Excel ,");
  g_autoptr(PathwayJobDraft) loaded = NULL;
  g_autoptr(PathwayJob) job = NULL;
  g_autoptr(GError) error = NULL;
  const char * const skills[] = { "SQL", "JS", "Excel", NULL };
  const char * const requirements[] = { "Two years of SQL", NULL };
  gint64 id;

  draft->requirements = g_strsplit ("Two years of SQL| ", "|", -1);
  draft->location = g_strdup ("Lisbon");
  draft->salary_min = 70000;
  draft->salary_max = 90000;
  draft->company = g_strdup ("Acme Analytics");
  id = save (f, draft);

  job = pathway_jobs_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (job->title, ==, "Junior Data Analyst");
  g_assert_cmpstr (job->salary_range, ==, "$70,000 – $90,000");
  g_assert_cmpint (count (f, "SELECT count(*) FROM job_postings WHERE job_id = ?1 AND salary_min = 70000 "
                             "AND salary_max = 90000 AND is_active = 1 AND source = 'pathway' "
                             "AND skills = '[\"SQL\",\"JS\",\"Excel\"]' AND title = 'Junior Data Analyst'", id), ==, 1);

  loaded = pathway_jobs_load (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (loaded->id, ==, id);
  g_assert_cmpint (loaded->recruiter_id, ==, f->recruiter_id);
  g_assert_cmpstr (loaded->description, ==, "SQL all day.");
  g_assert_cmpstrv (loaded->skills, skills);
  g_assert_cmpstrv (loaded->requirements, requirements);
  g_assert_cmpstr (loaded->location, ==, "Lisbon");
  g_assert_cmpint (loaded->salary_min, ==, 70000);
  g_assert_cmpint (loaded->salary_max, ==, 90000);
  g_assert_cmpstr (loaded->company, ==, "Acme Analytics");
  g_assert_cmpint (loaded->status, ==, PATHWAY_JOB_ACTIVE);

  /* Saved again, edited: the same rows change, nothing is added. */
  g_free (loaded->title);
  loaded->title = g_strdup ("Data Analyst");
  g_clear_pointer (&loaded->location, g_free);
  loaded->salary_min = PATHWAY_UNSET;
  g_assert_cmpint (save (f, loaded), ==, id);
  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs", 0), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM job_postings", 0), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs WHERE title = 'Data Analyst' AND location = 'Remote' "
                             "AND salary_range = '≤ $90,000'", 0), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM job_postings WHERE salary_min IS NULL AND location = 'Remote'", 0), ==, 1);
}

static void
test_salary_text (void)
{
  struct { int min, max; const char *text; } cases[] = {
    { 70000, 90000, "$70,000 – $90,000" },
    { 1000000, 1250000, "$1,000,000 – $1,250,000" },
    { 500, 500, "$500" },
    { 0, 999, "$0 – $999" },
    { 45000, PATHWAY_UNSET, "$45,000+" },
    { PATHWAY_UNSET, 100, "≤ $100" },
    { PATHWAY_UNSET, PATHWAY_UNSET, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pathway_jobs_format_salary (cases[i].min, cases[i].max);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
assert_refused (Fixture         *f,
                PathwayJobDraft *draft,
                const char      *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pathway_jobs_save (f->db, draft, &error), ==, 0);
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs", 0), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM job_postings", 0), ==, 0);
}

/* Each mistake is refused with a message that says what to fix, and nothing is written. */
static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *long_title = g_strnfill (201, 'x');
  g_autofree char *longest_title = g_strnfill (200, 'x');

  {
    g_autoptr(PathwayJobDraft) draft = make_draft (f, "   ", "Work.", "");
    assert_refused (f, draft, "title");
  }
  {
    g_autoptr(PathwayJobDraft) draft = make_draft (f, long_title, "Work.", "");
    assert_refused (f, draft, "200");
  }
  {
    g_autoptr(PathwayJobDraft) draft = make_draft (f, "Analyst", " \n ", "");
    assert_refused (f, draft, "description");
  }
  {
    g_autoptr(PathwayJobDraft) draft = make_draft (f, "Analyst", "Work.", "");
    draft->salary_min = 90000;
    draft->salary_max = 70000;
    assert_refused (f, draft, "$70,000");
  }
  {
    g_autoptr(PathwayJobDraft) draft = make_draft (f, "Analyst", "Work.", "");
    draft->salary_min = -1;
    assert_refused (f, draft, "negative");
  }
  {
    /* Two hundred characters, multi-byte ones too, are allowed. */
    g_autoptr(PathwayJobDraft) draft = make_draft (f, longest_title, "Work.", "");
    g_autoptr(PathwayJobDraft) accents = make_draft (f, "", "Work.", "");
    GString *title = g_string_new (NULL);

    for (guint i = 0; i < 200; i++)
      g_string_append (title, "é");
    g_free (accents->title);
    accents->title = g_string_free (title, FALSE);
    save (f, draft);
    save (f, accents);
  }
}

/* A job's posting is active exactly while the job is. */
static void
test_status (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PathwayJobDraft) draft = make_draft (f, "Analyst", "Work.", "SQL");
  g_autoptr(GError) error = NULL;
  gint64 id = save (f, draft);
  static const PathwayJobStatus statuses[] = {
    PATHWAY_JOB_PAUSED, PATHWAY_JOB_ACTIVE, PATHWAY_JOB_CLOSED, PATHWAY_JOB_FILLED, PATHWAY_JOB_ACTIVE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(PathwayJobDraft) loaded = NULL;

      g_assert_true (pathway_jobs_set_status (f->db, id, statuses[i], &error));
      g_assert_no_error (error);
      loaded = pathway_jobs_load (f->db, id, &error);
      g_assert_cmpint (loaded->status, ==, statuses[i]);
      g_assert_cmpint (count (f, "SELECT is_active FROM job_postings WHERE job_id = ?1", id), ==,
                       statuses[i] == PATHWAY_JOB_ACTIVE);
    }

  g_assert_false (pathway_jobs_set_status (f->db, id + 100, PATHWAY_JOB_CLOSED, &error));
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND);
}

static GPtrArray *
search (Fixture        *f,
        const char     *text,
        PathwayJobSort  sort)
{
  PathwayJobQuery query = { 0, text, -1, NULL, FALSE, sort };
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = pathway_jobs_fetch_page (f->db, &query, NULL, 0, 100, &error);

  g_assert_no_error (error);
  g_assert_cmpint (pathway_jobs_count (f->db, &query, &error), ==, rows->len);
  g_assert_no_error (error);
  return rows;
}

static const char *
title_at (GPtrArray *rows,
          guint      i)
{
  return ((PathwayJobSummary *) g_ptr_array_index (rows, i))->title;
}

/* Found by title, skill, requirement, location and prefix, accents or not, best match first. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PathwayJobDraft) a = make_draft (f, "Python Developer", "Build data pipelines.", "Python,SQL");
  g_autoptr(PathwayJobDraft) b = make_draft (f, "Office Manager", "Keep the office running; some Python is a plus.", "Excel");
  g_autoptr(PathwayJobDraft) c = make_draft (f, "Pâtissier", "Bake for our café.", "Baking");
  g_autoptr(GPtrArray) rows = NULL;
  gint64 a_id, b_id;

  c->location = g_strdup ("Montréal");
  c->requirements = g_strsplit ("Food safety certificate", "|", -1);
  a_id = save (f, a);
  b_id = save (f, b);
  save (f, c);

  rows = search (f, "python", PATHWAY_JOB_SORT_RELEVANCE);
  g_assert_cmpuint (rows->len, ==, 2);
  /* bm25 with the title weighed most: the Python developer before the office manager. */
  g_assert_cmpstr (title_at (rows, 0), ==, "Python Developer");
  g_assert_cmpstr (title_at (rows, 1), ==, "Office Manager");
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = search (f, "SQL", PATHWAY_JOB_SORT_RELEVANCE);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (title_at (rows, 0), ==, "Python Developer");
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = search (f, "pyt", PATHWAY_JOB_SORT_NEWEST);
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = search (f, "patissier montreal", PATHWAY_JOB_SORT_TITLE);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (title_at (rows, 0), ==, "Pâtissier");
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = search (f, "food cert", PATHWAY_JOB_SORT_RELEVANCE);
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = search (f, "python baking", PATHWAY_JOB_SORT_RELEVANCE);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The index follows edits and deletions. */
  g_free (b->description);
  b->description = g_strdup ("Keep the office running.");
  b->id = b_id;
  save (f, b);
  rows = search (f, "python", PATHWAY_JOB_SORT_RELEVANCE);
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);

  g_assert_true (pathway_jobs_delete (f->db, a_id, NULL));
  rows = search (f, "python", PATHWAY_JOB_SORT_RELEVANCE);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs_fts", 0), ==, 2);
}

static void
test_fts_query_shape (void)
{
  struct { const char *text; const char *expression; } cases[] = {
    { NULL, NULL },
    { "", NULL },
    { " \t\n ", NULL },
    { "python", "\"python\"*" },
    { "  data   analyst ", "\"data\" AND \"analyst\"*" },
    { "say \"hi\"", "\"say\" AND \"\"\"hi\"\"\"*" },
    { "a OR b", "\"a\" AND \"OR\" AND \"b\"*" },
    { "title:x", "\"title:x\"*" },
    { "C++ 🙂", "\"C++\"*" },
    { "(", "\"\"" },
    { "* - 🙂", "\"\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *expression = pathway_jobs_fts_query (cases[i].text);

      g_assert_cmpstr (expression, ==, cases[i].expression);
    }
}

/* Whatever is typed, the query runs, and it never lists every job. */
static void
test_fts_query_nasty (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const inputs[] = {
    "\"", "C++", "NOT", "title:x", "a OR b", "(", ")", "*", "\"unbalanced", "NEAR(a b)", "NEAR", "🙂", "👩‍💻 dev",
    "'; DROP TABLE jobs; --", "AND", "OR OR", "-", "^title", "{title description}: x", "a:b:c", "\\", "'",
    "x\"y", "\"\"\"", "+", "a*b", "col : val", "jobs_fts", "rank", "\xff\xfe broken", "ÅNGSTRÖM", "السلام",
    "数据分析师", "a\tb\nc",
  };
  g_autoptr(PathwayJobDraft) draft = make_draft (f, "C developer", "Low-level work in C and some C++.", "C,C++");
  g_autoptr(PathwayJobDraft) other = make_draft (f, "Gardener", "Plants.", "Pruning");
  g_autoptr(GError) error = NULL;

  save (f, draft);
  save (f, other);

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      PathwayJobQuery query = { 0, inputs[i], -1, NULL, FALSE, PATHWAY_JOB_SORT_RELEVANCE };
      g_autoptr(GPtrArray) rows = pathway_jobs_fetch_page (f->db, &query, NULL, 0, 100, &error);
      gint64 n = pathway_jobs_count (f->db, &query, &error);

      if (error != NULL)
        g_error ("“%s”: %s", inputs[i], error->message);
      g_assert_nonnull (rows);
      g_assert_cmpint (n, ==, rows->len);
      if (n >= 2)
        g_error ("“%s” matched every job", inputs[i]);
    }

  g_assert_cmpint (count (f, "SELECT count(*) FROM jobs", 0), ==, 2);
}

/* Filters: recruiter, status, location, remote. */
static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PathwayJobDraft) a = make_draft (f, "Analyst", "Work.", "");
  g_autoptr(PathwayJobDraft) b = make_draft (f, "Engineer", "Work.", "");
  g_autoptr(GError) error = NULL;
  gint64 b_id;
  PathwayJobQuery query = { 0, NULL, -1, NULL, FALSE, PATHWAY_JOB_SORT_NEWEST };

  a->location = g_strdup ("Porto, Portugal");
  save (f, a);
  b_id = save (f, b);
  g_assert_true (pathway_jobs_set_status (f->db, b_id, PATHWAY_JOB_PAUSED, &error));

  g_assert_cmpint (pathway_jobs_count (f->db, &query, &error), ==, 2);
  query.status = PATHWAY_JOB_PAUSED;
  g_assert_cmpint (pathway_jobs_count (f->db, &query, &error), ==, 1);
  query.status = -1;
  query.location = "portugal";
  g_assert_cmpint (pathway_jobs_count (f->db, &query, &error), ==, 1);
  query.location = NULL;
  query.remote_only = TRUE;
  g_assert_cmpint (pathway_jobs_count (f->db, &query, &error), ==, 1);
  query.remote_only = FALSE;
  query.recruiter_id = f->recruiter_id + 1000;
  g_assert_cmpint (pathway_jobs_count (f->db, &query, &error), ==, 0);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, pathway_test_recruiter_db_set_up, func, pathway_test_recruiter_db_tear_down)
  ADD ("/store/jobs/round-trip", test_round_trip);
  ADD ("/store/jobs/validation", test_validation);
  ADD ("/store/jobs/status", test_status);
  ADD ("/store/jobs/search", test_search);
  ADD ("/store/jobs/fts-query-nasty", test_fts_query_nasty);
  ADD ("/store/jobs/filters", test_filters);
#undef ADD
  g_test_add_func ("/store/jobs/salary-text", test_salary_text);
  g_test_add_func ("/store/jobs/fts-query-shape", test_fts_query_shape);

  return g_test_run ();
}
