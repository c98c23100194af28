/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libglib-testing/signal-logger.h>
#include <string.h>

#include "pathway-candidates.h"
#include "pathway-jobs.h"
#include "pathway-local-users.h"
#include "pathway-paged-model.h"
#include "pathway-row-object.h"
#include "pathway-test.h"

/* The paged list model over 2,000 jobs: the same rows in the same order as a plain query, however
 * it is read, with memory that stays flat. */

#define N_JOBS 2000

typedef struct {
  PathwayDb *db;
  gint64     recruiter_id;
} Fixture;

/* What the list should show, worked out here without the model's SQL. */
typedef struct {
  gint64  id;
  char   *title;
  char   *created_at;
  int     salary_max;   /* -1 when none */
} Expected;

/* The jobs are written by SQL rather than pathway_jobs_save(), 2,000 times over: what is tested here
 * is reading them. Titles repeat in different cases, salaries and creation times tie, as they do in
 * real lists, so that the order must not depend on luck. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  f->db = pathway_test_open_db ();
  f->recruiter_id = pathway_local_users_ensure (f->db, PATHWAY_USER_TYPE_RECRUITER, &error);
  g_assert_no_error (error);

  sql = g_strdup_printf ("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
                         "INSERT INTO jobs (recruiter_id, title, description, created_at) "
                         "SELECT %" G_GINT64_FORMAT ", "
                         "       ltrim (json_extract ('[\"Junior\", \"Senior\", \"lead\", \"Staff\", \"junior\", \"\"]', "
                         "                            '$[' || (i * 31 %% 6) || ']') || ' ' || "
                         "              json_extract ('[\"Data Analyst\", \"Developer\", \"designer\", \"Nurse\", "
                         "                             \"Électricien\", \"Baker\"]', '$[' || (i * 17 %% 7 %% 6) || ']')), "
                         "       'The work, in a few words.', "
                         "       strftime ('%%Y-%%m-%%dT%%H:%%M:%%SZ', '2026-01-01', '+' || (i * 7919 %% 600) || ' minutes') "
                         "FROM n;"
                         "INSERT INTO job_postings (recruiter_id, title, description, salary_max, job_id) "
                         "SELECT recruiter_id, title, description, "
                         "       CASE WHEN id %% 4 = 0 THEN NULL ELSE 1000 * (20 + id * 13 %% 40) END, id FROM jobs;",
                         N_JOBS, f->recruiter_id);
  transaction = pathway_db_begin (f->db, &error);
  g_assert_true (pathway_db_exec (f->db, sql, &error));
  g_assert_true (pathway_transaction_commit (transaction, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
}

static void
expected_clear (gpointer data)
{
  Expected *e = data;

  g_free (e->title);
  g_free (e->created_at);
}

static GArray *
load_expected (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt =
    pathway_db_prepare (f->db, "SELECT j.id, j.title, j.created_at, coalesce(p.salary_max, -1) "
                               "FROM jobs AS j LEFT JOIN job_postings AS p ON p.job_id = j.id", &error);
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Expected));

  g_array_set_clear_func (rows, expected_clear);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Expected e = {
        sqlite3_column_int64 (stmt, 0),
        g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 2)),
        sqlite3_column_int (stmt, 3),
      };
      g_array_append_val (rows, e);
    }
  return rows;
}

static int
compare_ids (gint64 a,
             gint64 b)
{
  return (a > b) - (a < b);
}

static int
by_newest (gconstpointer a,
           gconstpointer b)
{
  const Expected *x = a, *y = b;
  int c = strcmp (y->created_at, x->created_at);

  return c != 0 ? c : compare_ids (y->id, x->id);
}

static int
by_oldest (gconstpointer a,
           gconstpointer b)
{
  return by_newest (b, a);
}

static int
by_title (gconstpointer a,
          gconstpointer b)
{
  const Expected *x = a, *y = b;
  int c = g_ascii_strcasecmp (x->title, y->title);

  return c != 0 ? c : compare_ids (x->id, y->id);
}

static int
by_salary (gconstpointer a,
           gconstpointer b)
{
  const Expected *x = a, *y = b;

  if (x->salary_max != y->salary_max)
    return y->salary_max - x->salary_max;
  return compare_ids (y->id, x->id);
}

static PathwayPagedModel *
new_model (Fixture        *f,
           PathwayJobSort  sort,
           const char     *text)
{
  PathwayJobQuery query = { 0, text, -1, NULL, FALSE, sort };
  g_autoptr(GError) error = NULL;
  PathwayPagedModel *model = pathway_paged_model_new (f->db, pathway_list_query_new_jobs (&query), &error);

  g_assert_no_error (error);
  return model;
}

static gint64
id_at (GListModel *model,
       guint       position)
{
  g_autoptr(PathwayRowObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  return pathway_row_object_get_id (item);
}

static const PathwayJobSummary *
job_at (GListModel        *model,
        guint              position,
        PathwayRowObject **item)
{
  *item = g_list_model_get_item (model, position);
  g_assert_nonnull (*item);
  g_assert_true (pathway_row_object_get_table (*item) == &pathway_job_summaries_table);
  return pathway_row_object_get_record (*item);
}

/* Read from first to last, every order gives the rows a plain sort gives; all but the first page
 * come by keyset; at most eight pages are ever held. */
static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  struct { PathwayJobSort sort; GCompareFunc compare; } sorts[] = {
    { PATHWAY_JOB_SORT_NEWEST, by_newest },
    { PATHWAY_JOB_SORT_OLDEST, by_oldest },
    { PATHWAY_JOB_SORT_TITLE, by_title },
    { PATHWAY_JOB_SORT_SALARY, by_salary },
    { PATHWAY_JOB_SORT_RELEVANCE, by_newest },  /* without text, newest first */
  };

  for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
    {
      g_autoptr(GArray) expected = load_expected (f);
      g_autoptr(PathwayPagedModel) model = new_model (f, sorts[s].sort, NULL);
      GListModel *list = G_LIST_MODEL (model);
      guint by_keyset = 0, by_offset = 0;

      g_array_sort (expected, sorts[s].compare);
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_JOBS);
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, pathway_test_count (f->db, "SELECT count(*) FROM jobs", 0));
      g_assert_true (g_list_model_get_item_type (list) == PATHWAY_TYPE_ROW_OBJECT);

      for (guint i = 0; i < N_JOBS; i++)
        {
          if (id_at (list, i) != g_array_index (expected, Expected, i).id)
            g_error ("sort %d, position %u: %" G_GINT64_FORMAT " instead of %" G_GINT64_FORMAT,
                     sorts[s].sort, i, id_at (list, i), g_array_index (expected, Expected, i).id);
          g_assert_cmpuint (pathway_paged_model_get_n_cached_pages (model), <=, PATHWAY_PAGED_MODEL_MAX_PAGES);
        }
      g_assert_null (g_list_model_get_item (list, N_JOBS));

      pathway_paged_model_get_fetch_counts (model, &by_keyset, &by_offset);
      g_assert_cmpuint (by_offset, ==, 1);
      g_assert_cmpuint (by_keyset, ==, N_JOBS / PATHWAY_PAGED_MODEL_PAGE_SIZE - 1);
    }
}

/* Jumping about: far into the list first, then back and forth, by offset where no page before is held. */
static void
test_random_access (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GArray) expected = load_expected (f);
  g_autoptr(PathwayPagedModel) model = new_model (f, PATHWAY_JOB_SORT_TITLE, NULL);
  GListModel *list = G_LIST_MODEL (model);
  GRand *rand = g_rand_new_with_seed (11);
  g_autoptr(PathwayRowObject) first = NULL;
  g_autoptr(PathwayRowObject) again = NULL;
  const PathwayJobSummary *job;
  guint by_offset = 0;

  g_array_sort (expected, by_title);
  g_assert_cmpint (id_at (list, N_JOBS - 1), ==, g_array_index (expected, Expected, N_JOBS - 1).id);
  g_assert_cmpint (id_at (list, 1937), ==, g_array_index (expected, Expected, 1937).id);

  for (guint i = 0; i < 200; i++)
    {
      guint position = g_rand_int_range (rand, 0, N_JOBS);

      g_assert_cmpint (id_at (list, position), ==, g_array_index (expected, Expected, position).id);
      g_assert_cmpuint (pathway_paged_model_get_n_cached_pages (model), <=, PATHWAY_PAGED_MODEL_MAX_PAGES);
    }
  pathway_paged_model_get_fetch_counts (model, NULL, &by_offset);
  g_assert_cmpuint (by_offset, >, 1);

  /* A held page gives the same item again; the row holds what the list shows. */
  job = job_at (list, 1500, &first);
  g_assert_true (g_list_model_get_item (list, 1500) == (gpointer) first);
  g_object_unref (first);
  again = g_list_model_get_item (list, 1500);
  g_assert_true (again == first);
  g_assert_cmpstr (job->title, ==, g_array_index (expected, Expected, 1500).title);
  g_assert_cmpstr (job->location, ==, "Remote");
  g_assert_cmpint (job->status, ==, PATHWAY_JOB_ACTIVE);
  g_assert_nonnull (job->created_at);
  g_rand_free (rand);
}

/* After a write, refresh() reads the rows again, with one items-changed signal. */
static void
test_refresh (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PathwayPagedModel) model = new_model (f, PATHWAY_JOB_SORT_NEWEST, NULL);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  GListModel *list = G_LIST_MODEL (model);
  g_autoptr(PathwayJobDraft) draft = NULL;
  g_autoptr(PathwayRowObject) item = NULL;
  g_autoptr(GError) error = NULL;
  const PathwayJobSummary *job;
  guint position, removed, added;
  gint64 id;

  gt_signal_logger_connect (logger, model, "items-changed");
  id = id_at (list, 10);
  draft = pathway_jobs_load (f->db, id, &error);
  g_free (draft->title);
  draft->title = g_strdup ("Renamed");
  g_assert_cmpint (pathway_jobs_save (f->db, draft, &error), ==, id);

  /* The page held is what was read; refresh reads again. */
  job = job_at (list, 10, &item);
  g_assert_cmpstr (job->title, !=, "Renamed");
  g_clear_object (&item);
  gt_signal_logger_assert_no_emissions (logger);

  g_assert_true (pathway_paged_model_refresh (model, &error));
  g_assert_no_error (error);
  gt_signal_logger_assert_emission_pop (logger, model, "items-changed", &position, &removed, &added);
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, N_JOBS);
  g_assert_cmpuint (added, ==, N_JOBS);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpuint (pathway_paged_model_get_n_cached_pages (model), ==, 0);
  job = job_at (list, 10, &item);
  g_assert_cmpstr (job->title, ==, "Renamed");
  g_clear_object (&item);

  /* A new job comes first, newest. */
  draft->id = 0;
  g_free (draft->title);
  draft->title = g_strdup ("Brand New");
  id = pathway_jobs_save (f->db, draft, &error);
  g_assert_true (pathway_paged_model_refresh (model, &error));
  gt_signal_logger_assert_emission_pop (logger, model, "items-changed", &position, &removed, &added);
  g_assert_cmpuint (removed, ==, N_JOBS);
  g_assert_cmpuint (added, ==, N_JOBS + 1);
  g_assert_cmpint (id_at (list, 0), ==, id);
  gt_signal_logger_assert_no_emissions (logger);
}

/* A new query replaces the list in one signal: the old count removed, the new one added. */
static void
test_set_query (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PathwayPagedModel) model = new_model (f, PATHWAY_JOB_SORT_NEWEST, NULL);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  PathwayJobQuery query = { 0, "electricien", -1, NULL, FALSE, PATHWAY_JOB_SORT_RELEVANCE };
  PathwayJobQuery nothing = { 0, "🙂", -1, NULL, FALSE, PATHWAY_JOB_SORT_RELEVANCE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  guint position, removed, added;
  gint64 n_matching;

  gt_signal_logger_connect (logger, model, "items-changed");
  n_matching = pathway_jobs_count (f->db, &query, &error);
  g_assert_cmpint (n_matching, >, PATHWAY_PAGED_MODEL_PAGE_SIZE);
  g_assert_cmpint (n_matching, <, N_JOBS);

  g_assert_true (pathway_paged_model_set_query (model, pathway_list_query_new_jobs (&query), &error));
  g_assert_no_error (error);
  gt_signal_logger_assert_emission_pop (logger, model, "items-changed", &position, &removed, &added);
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, N_JOBS);
  g_assert_cmpuint (added, ==, n_matching);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_matching);

  /* Ranked pages come by offset, and agree with one big read. */
  all = pathway_jobs_fetch_page (f->db, &query, NULL, 0, N_JOBS, &error);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (id_at (G_LIST_MODEL (model), i), ==, ((PathwayJobSummary *) g_ptr_array_index (all, i))->id);

  g_assert_true (pathway_paged_model_set_query (model, pathway_list_query_new_jobs (&nothing), &error));
  gt_signal_logger_assert_emission_pop (logger, model, "items-changed", &position, &removed, &added);
  g_assert_cmpuint (removed, ==, n_matching);
  g_assert_cmpuint (added, ==, 0);

  /* From nothing to nothing, nothing is said. */
  g_assert_true (pathway_paged_model_set_query (model, pathway_list_query_new_jobs (&nothing), &error));
  gt_signal_logger_assert_no_emissions (logger);
}

/* Candidates list the same way, as PathwayCandidateSummary. */
static void
test_candidates (Fixture       *f,
                 gconstpointer  data)
{
  PathwayCandidateQuery query = { 0, NULL, PATHWAY_CANDIDATE_SORT_NAME };
  g_autoptr(PathwayPagedModel) model = NULL;
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *previous = g_strdup ("");
  g_autofree char *sql = NULL;
  guint n = 450;

  /* Written by SQL, as the jobs are; pathway-candidates is tested in test-candidates. */
  sql = g_strdup_printf ("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u) "
                         "INSERT INTO users (id, user_type) SELECT 1000 + i, 'student' FROM n;"
                         "INSERT INTO onboarding (user_id, name, grade, career_goals, current_skills, time_commitment) "
                         "SELECT id, printf ('Candidate %%03d', (id * 37) %% %u), 'self_taught', '[]', "
                         "       CASE WHEN id %% 3 = 0 THEN '[\"Rust\"]' ELSE '[\"Go\"]' END, 'PT0S' "
                         "FROM users WHERE id > 1000;",
                         n, n);
  transaction = pathway_db_begin (f->db, &error);
  g_assert_true (pathway_db_exec (f->db, sql, &error));
  g_assert_true (pathway_transaction_commit (transaction, &error));
  g_assert_no_error (error);

  model = pathway_paged_model_new (f->db, pathway_list_query_new_candidates (&query), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PathwayRowObject) item = g_list_model_get_item (G_LIST_MODEL (model), i);
      const PathwayCandidateSummary *candidate = pathway_row_object_get_record (item);

      g_assert_cmpstr (previous, <, candidate->name);
      g_free (previous);
      previous = g_strdup (candidate->name);
    }

  query.text = "rust";
  g_assert_true (pathway_paged_model_set_query (model, pathway_list_query_new_candidates (&query), &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n / 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/paged-model/order", test_order);
  ADD ("/store/paged-model/random-access", test_random_access);
  ADD ("/store/paged-model/refresh", test_refresh);
  ADD ("/store/paged-model/set-query", test_set_query);
  ADD ("/store/paged-model/candidates", test_candidates);
#undef ADD

  return g_test_run ();
}
