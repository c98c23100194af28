/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-learning.h"
#include "pathway-lessons.h"
#include "pathway-local-users.h"
#include "pathway-plan-builder.h"
#include "pathway-quiz.h"
#include "pathway-rows.h"
#include "pathway-study-stats.h"
#include "pathway-test.h"

/* The student's writes, on the short test curriculum (tests/fixtures/curriculum): two months of
 * three lessons. */

typedef struct {
  PathwayDb *db;
  gint64     user_id;
  gint64     plan_id;
} Fixture;

static gint64
count (Fixture    *f,
       const char *sql)
{
  return pathway_test_count (f->db, sql, 0);
}

static JsonNode *
build_plan (const char * const *skills)
{
  static const char * const goals[] = { "test-gardener", NULL };
  g_autoptr(GError) error = NULL;
  PathwayPlanRequest request = { goals, skills, 60, 1 };
  JsonNode *plan = pathway_plan_build (pathway_lessons_get_catalogue (), &request, &error);

  g_assert_no_error (error);
  return plan;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static char *goals[] = { (char *) "Test Gardener", (char *) "Bonsai Artist", NULL };
  static char *skills[] = { (char *) "Watering", NULL };
  g_autoptr(JsonNode) plan = build_plan (NULL);
  g_autoptr(GError) error = NULL;
  PathwayOnboardingAnswers answers = { (char *) "Ada", PATHWAY_GRADE_SELF_TAUGHT, goals, skills, 45, 1 };

  f->db = pathway_test_open_db ();
  f->user_id = pathway_local_users_activate (f->db, PATHWAY_USER_TYPE_STUDENT, &error);
  g_assert_no_error (error);
  f->plan_id = pathway_learning_create_plan (f->db, f->user_id, &answers, plan, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->plan_id, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
}

/* One transaction wrote the seed's whole shape. */
static void
test_create_plan (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PathwayLearningPlan) plan = pathway_learning_get_current_plan (f->db, f->user_id, NULL);
  JsonObject *month;

  g_assert_cmpint (plan->id, ==, f->plan_id);
  g_assert_cmpstr (plan->title, ==, "Personalized Learning Plan"); /* two goals: the default title */
  g_assert_cmpint (count (f, "SELECT count(*) FROM onboarding WHERE name = 'Ada' AND grade = 'self_taught' "
                             "AND time_commitment = 'PT45M' "
                             "AND career_goals = '[\"Test Gardener\",\"Bonsai Artist\"]'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM learning_paths WHERE status = 'active' AND global_month_index = 1 "
                             "AND started_at IS NOT NULL AND total_days = 3"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM learning_paths WHERE status = 'locked'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM day_progress"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM day_progress WHERE status = 'active' AND day_number = 1"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM quizzes WHERE month_index = 1 AND day = 1"), ==, 1);
  g_assert_cmpint (count (f, "SELECT current_month_index * 10 + current_day FROM users"), ==, 11);

  /* The months with lessons here carry their titles; the plan JSON keeps the seed's shape. */
  month = json_array_get_object_element (json_object_get_array_member (json_node_get_object (plan->plan), "months"), 0);
  g_assert_true (json_object_get_boolean_member (month, "days_generated"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (month, "days")), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (month, "status"), ==, "active");
}

static PathwayQuizOutcome *
take_quiz (Fixture  *f,
           gboolean  right,
           int       unanswered)
{
  g_autoptr(PathwayLessonDay) day = pathway_learning_get_day (f->db, f->user_id, 0, 0, NULL);
  g_autoptr(GPtrArray) questions = pathway_quiz_parse_questions (day->quiz->questions, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  g_autofree int *answers = g_new (int, questions->len);
  PathwayQuizOutcome *outcome;

  for (guint i = 0; i < questions->len; i++)
    {
      PathwayQuestion *question = g_ptr_array_index (questions, i);

      answers[i] = right ? question->correct_index : (question->correct_index + 1) % PATHWAY_QUIZ_N_OPTIONS;
      if ((int) i < unanswered)
        answers[i] = PATHWAY_QUIZ_UNANSWERED;
    }

  outcome = pathway_learning_submit_quiz (f->db, f->user_id, day->quiz->id, answers, questions->len, 95, now, &error);
  g_assert_no_error (error);
  return outcome;
}

static void
test_fail_then_pass (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PathwayQuizOutcome) failed = take_quiz (f, FALSE, 2);
  g_autoptr(PathwayQuizOutcome) passed = NULL;

  g_assert_false (failed->passed);
  g_assert_cmpint (failed->score, ==, 0);
  g_assert_cmpint (failed->attempt_number, ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM quiz_submissions WHERE passed = 0 AND attempt_number = 1 "
                             "AND json_extract(answers, '$[0]') IS NULL AND time_taken = 95 "
                             "AND json_array_length(question_results) = 5"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM day_progress WHERE day_number = 1 AND status = 'failed' "
                             "AND quiz_score = 0 AND quiz_attempts = 1 AND can_proceed = 0"), ==, 1);
  g_assert_cmpint (count (f, "SELECT status = 'locked' FROM day_progress WHERE day_number = 2"), ==, 1);

  passed = take_quiz (f, TRUE, 0);
  g_assert_true (passed->passed);
  g_assert_true (passed->next_day_opened);
  g_assert_false (passed->month_completed);
  g_assert_cmpint (passed->attempt_number, ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM day_progress WHERE day_number = 1 AND status = 'completed' "
                             "AND best_score = 100 AND quiz_attempts = 2 AND can_proceed = 1"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM day_progress WHERE day_number = 2 AND status = 'active' "
                             "AND started_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (count (f, "SELECT days_completed * 10 + current_day FROM learning_paths WHERE global_month_index = 1"), ==, 12);
  g_assert_cmpint (count (f, "SELECT current_day FROM users"), ==, 2);
  /* Quiz time counts as study time on today's date. */
  g_assert_cmpint (count (f, "SELECT sum(seconds) FROM study_days"), ==, 190);
}

static void
test_month_and_plan_completed (Fixture       *f,
                               gconstpointer  data)
{
  for (int month = 1; month <= 2; month++)
    for (int day = 1; day <= 3; day++)
      {
        g_autoptr(PathwayQuizOutcome) outcome = take_quiz (f, TRUE, 0);

        g_assert_true (outcome->passed);
        g_assert_cmpint (outcome->month_completed, ==, day == 3);
        g_assert_cmpint (outcome->plan_completed, ==, day == 3 && month == 2);
        if (day == 3 && month == 1)
          {
            g_assert_cmpint (count (f, "SELECT count(*) FROM learning_paths WHERE global_month_index = 1 "
                                       "AND status = 'completed' AND completed_at IS NOT NULL"), ==, 1);
            g_assert_cmpint (count (f, "SELECT count(*) FROM learning_paths WHERE global_month_index = 2 "
                                       "AND status = 'active'"), ==, 1);
            g_assert_cmpint (count (f, "SELECT count(*) FROM day_progress WHERE month_index = 2"), ==, 3);
            g_assert_cmpint (count (f, "SELECT current_month_index * 10 + current_day FROM users"), ==, 21);
            g_assert_cmpint (count (f, "SELECT json_extract(plan, '$.months[1].status') = 'active' "
                                       "FROM learning_plans"), ==, 1);
          }
      }

  g_assert_cmpint (count (f, "SELECT count(*) FROM learning_paths WHERE status = 'completed'"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM day_progress WHERE status = 'completed'"), ==, 6);
}

/* A retake of a passed day records the attempt but does not move the student on again. */
static void
test_retake_passed_day (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PathwayQuizOutcome) first = take_quiz (f, TRUE, 0);
  g_autoptr(PathwayQuizOutcome) retake = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pathway_learning_set_current_day (f->db, f->user_id, 1, 1, &error));
  g_assert_no_error (error);
  retake = take_quiz (f, FALSE, 0);
  g_assert_false (retake->passed);
  g_assert_false (retake->next_day_opened);
  g_assert_cmpint (count (f, "SELECT count(*) FROM day_progress WHERE day_number = 1 AND status = 'completed' "
                             "AND best_score = 100 AND quiz_score = 0"), ==, 1);

  /* A locked day cannot be reopened. */
  g_assert_false (pathway_learning_set_current_day (f->db, f->user_id, 1, 3, &error));
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT);
}

static void
test_study_time_and_stats (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(PathwayLessonDay) day = pathway_learning_get_day (f->db, f->user_id, 0, 0, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) scores = NULL;
  g_autoptr(PathwayQuizOutcome) outcome = NULL;
  PathwayStudySummary summary;

  g_assert_true (pathway_learning_mark_read (f->db, day->progress->id, &error));
  g_assert_true (pathway_learning_add_study_time (f->db, f->user_id, day->progress->id, 600, yesterday, &error));
  g_assert_true (pathway_learning_add_study_time (f->db, f->user_id, day->progress->id, 900, now, &error));
  g_assert_true (pathway_learning_add_study_time (f->db, f->user_id, day->progress->id, 300, now, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT time_spent * 10 + content_viewed FROM day_progress WHERE day_number = 1"), ==, 18001);

  g_assert_true (pathway_study_stats_summarize (f->db, f->user_id, now, &summary, &error));
  g_assert_cmpint (summary.streak_days, ==, 2);
  g_assert_cmpint (summary.seconds_today, ==, 1200);
  g_assert_cmpint (summary.study_days, ==, 2);

  outcome = take_quiz (f, TRUE, 0);
  scores = pathway_study_stats_recent_scores (f->db, f->user_id, 30, &error);
  g_assert_cmpuint (scores->len, ==, 1);
  g_assert_cmpint (g_array_index (scores, int, 0), ==, 100);
}

static GBytes *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "curriculum", "content", name, NULL);

  return pathway_test_read_file (path);
}

/* A valid pack imports whole; a broken or half-valid one imports nothing. */
static void
test_import_packs (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) good = read_fixture ("soil-basics.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) half = NULL;
  guint n_months = 0, n_days = 0;
  char *at;

  g_assert_true (pathway_lessons_import_pack (f->db, good, &n_months, &n_days, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_months * 10 + n_days, ==, 13);
  g_assert_cmpint (count (f, "SELECT count(*) FROM lesson_content WHERE month_key = 'soil-basics'"), ==, 3);

  /* Again: replaced, not doubled. */
  g_assert_true (pathway_lessons_import_pack (f->db, good, NULL, NULL, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM lesson_content"), ==, 3);

  /* The third day's quiz made invalid: the pack is refused whole. */
  text = g_strndup (g_bytes_get_data (good, NULL), g_bytes_get_size (good));
  at = g_strrstr (text, "\"correct_index\": ");
  g_assert_nonnull (at);
  at[strlen ("\"correct_index\": ")] = '9';
  half = g_bytes_new (text, strlen (text));
  g_assert_true (pathway_db_exec (f->db, "DELETE FROM lesson_content", &error));
  g_assert_false (pathway_lessons_import_pack (f->db, half, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM lesson_content"), ==, 0);

  {
    g_autoptr(GBytes) junk = g_bytes_new_static ("{\"format\": \"pathway-content-pack\", \"version\": 1", 47);

    g_assert_false (pathway_lessons_import_pack (f->db, junk, NULL, NULL, &error));
    g_assert_nonnull (error);
    g_assert_cmpint (count (f, "SELECT count(*) FROM lesson_content"), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  pathway_test_use_curriculum ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/learning/create-plan", test_create_plan);
  ADD ("/store/learning/fail-then-pass", test_fail_then_pass);
  ADD ("/store/learning/month-and-plan-completed", test_month_and_plan_completed);
  ADD ("/store/learning/retake-passed-day", test_retake_passed_day);
  ADD ("/store/learning/study-time-and-stats", test_study_time_and_stats);
  ADD ("/store/learning/import-packs", test_import_packs);
#undef ADD

  return g_test_run ();
}
