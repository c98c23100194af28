/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sys/wait.h>

#include "pathway-test.h"

#include "pathway-candidates.h"
#include "pathway-jobs.h"
#include "pathway-learning.h"
#include "pathway-lessons.h"
#include "pathway-local-users.h"
#include "pathway-plan-builder.h"
#include "pathway-quiz.h"
#include "pathway-rows.h"

char *
pathway_test_path (const char *name)
{
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  return g_build_filename (g_get_user_data_dir (), name, NULL);
}

/* The short test curriculum, tests/fixtures/curriculum: two months of three lessons. */
void
pathway_test_use_curriculum (void)
{
  g_autofree char *curriculum = g_test_build_filename (G_TEST_DIST, "fixtures", "curriculum", NULL);

  g_setenv ("PATHWAY_CURRICULUM_DIR", curriculum, TRUE);
}

PathwayDb *
pathway_test_open_db_at (const char *path)
{
  g_autoptr(GError) error = NULL;
  PathwayDb *db = pathway_db_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

PathwayDb *
pathway_test_open_db (void)
{
  g_autofree char *path = pathway_test_path ("test.db");

  return pathway_test_open_db_at (path);
}

GBytes *
pathway_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Runs SQL on the file through a bare SQLite connection, as another program would. */
void
pathway_test_exec_raw (const char *path,
                       const char *sql)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (handle);
}

/* The first column of the first row of a query taking at most one integer parameter. */
gint64
pathway_test_count (PathwayDb  *db,
                    const char *sql,
                    gint64      parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, &error);

  g_assert_no_error (error);
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, parameter);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* The local student, on the test curriculum's “Test Gardener” plan (pathway_test_use_curriculum()),
 * who passed the first day's quiz with every answer right. */
gint64
pathway_test_add_passing_student (PathwayDb *db)
{
  static const char * const goal_ids[] = { "test-gardener", NULL };
  static char *goals[] = { (char *) "Test Gardener", NULL };
  static char *skills[] = { (char *) "Watering", NULL };
  PathwayPlanRequest request = { goal_ids, NULL, 60, 1 };
  PathwayOnboardingAnswers answers = { (char *) "Ada Obi", PATHWAY_GRADE_SELF_TAUGHT, goals, skills, 45, 1 };
  g_autoptr(JsonNode) plan = NULL;
  g_autoptr(PathwayLessonDay) day = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(PathwayQuizOutcome) outcome = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  g_autofree int *chosen = NULL;
  gint64 user_id;

  user_id = pathway_local_users_ensure (db, PATHWAY_USER_TYPE_STUDENT, &error);
  g_assert_no_error (error);
  plan = pathway_plan_build (pathway_lessons_get_catalogue (), &request, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pathway_learning_create_plan (db, user_id, &answers, plan, &error), >, 0);
  g_assert_no_error (error);

  day = pathway_learning_get_day (db, user_id, 0, 0, &error);
  g_assert_no_error (error);
  questions = pathway_quiz_parse_questions (day->quiz->questions, &error);
  g_assert_no_error (error);
  chosen = g_new (int, questions->len);
  for (guint i = 0; i < questions->len; i++)
    chosen[i] = ((PathwayQuestion *) g_ptr_array_index (questions, i))->correct_index;
  outcome = pathway_learning_submit_quiz (db, user_id, day->quiz->id, chosen, questions->len, 60, now, &error);
  g_assert_no_error (error);
  g_assert_true (outcome->passed);
  return user_id;
}

/* The local recruiter, as the app makes it on first use. */
gint64
pathway_test_add_recruiter (PathwayDb *db)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pathway_local_users_ensure (db, PATHWAY_USER_TYPE_RECRUITER, &error);

  g_assert_no_error (error);
  return id;
}

gint64
pathway_test_add_job (PathwayDb  *db,
                      gint64      recruiter_id,
                      const char *title,
                      const char *description)
{
  g_autoptr(PathwayJobDraft) job = pathway_job_draft_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  job->recruiter_id = recruiter_id;
  job->title = g_strdup (title);
  job->description = g_strdup (description);
  id = pathway_jobs_save (db, job, &error);
  g_assert_no_error (error);
  return id;
}

/* A candidate the recruiter added by hand; email and headline may be NULL. */
gint64
pathway_test_add_candidate (PathwayDb  *db,
                            gint64      recruiter_id,
                            const char *name,
                            const char *email,
                            const char *headline)
{
  g_autoptr(PathwayCandidateDraft) draft = pathway_candidate_draft_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft->recruiter_id = recruiter_id;
  draft->name = g_strdup (name);
  draft->email = g_strdup (email);
  draft->headline = g_strdup (headline);
  id = pathway_candidates_save (db, draft, &error);
  g_assert_no_error (error);
  return id;
}

/* A ranking of candidate_id for job_id, with its reasons as JSON. */
void
pathway_test_add_match (PathwayDb  *db,
                        gint64      recruiter_id,
                        gint64      job_id,
                        gint64      candidate_id,
                        double      score,
                        const char *reasons)
{
  g_autoptr(PathwayCandidateMatch) match = pathway_candidate_match_new ();
  g_autoptr(GError) error = NULL;

  match->recruiter_id = recruiter_id;
  match->job_id = job_id;
  match->candidate_id = candidate_id;
  match->match_score = score;
  match->match_reasons = json_from_string (reasons, &error);
  g_assert_no_error (error);
  g_assert_true (pathway_candidate_matches_insert (db, match, &error));
  g_assert_no_error (error);
}

void
pathway_test_recruiter_db_set_up (PathwayTestRecruiterDb *fixture,
                                  gconstpointer           data)
{
  fixture->db = pathway_test_open_db ();
  fixture->recruiter_id = pathway_test_add_recruiter (fixture->db);
}

void
pathway_test_recruiter_db_tear_down (PathwayTestRecruiterDb *fixture,
                                     gconstpointer           data)
{
  g_clear_object (&fixture->db);
}

/* Runs $PATHWAY_CLI with the arguments up to NULL; its exit status, or -1 when it did not exit.
 * What it prints goes to out and err, or nowhere: never into the test's TAP output. */
int
pathway_test_run_cli (char       **out,
                      char       **err,
                      const char  *first,
                      ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *ignored_out = NULL;
  g_autofree char *ignored_err = NULL;
  int status = 0;
  va_list args;

  /* Always captured: what the CLI prints must not mix with this test's TAP output. */
  if (out == NULL)
    out = &ignored_out;
  if (err == NULL)
    err = &ignored_err;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PATHWAY_CLI"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}
