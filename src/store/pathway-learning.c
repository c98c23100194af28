/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-learning"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-duration.h"
#include "pathway-learning.h"
#include "pathway-lessons.h"
#include "pathway-progress.h"
#include "pathway-quiz.h"
#include "pathway-rows.h"

void
pathway_lesson_day_free (PathwayLessonDay *day)
{
  if (day == NULL)
    return;

  g_free (day->month_key);
  g_free (day->month_title);
  g_clear_pointer (&day->progress, pathway_day_progress_free);
  g_clear_pointer (&day->lesson, pathway_lesson_content_free);
  g_clear_pointer (&day->quiz, pathway_quiz_free);
  g_free (day);
}

void
pathway_quiz_outcome_free (PathwayQuizOutcome *outcome)
{
  if (outcome == NULL)
    return;

  g_clear_pointer (&outcome->question_results, json_node_unref);
  g_free (outcome);
}

static JsonNode *
strv_to_json (const char * const *strings)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    json_array_add_string_element (array, strings[i]);

  {
    JsonNode *node = json_node_new (JSON_NODE_ARRAY);

    json_node_take_array (node, array);
    return node;
  }
}

/* months[index - 1] of a plan's JSON, or NULL. */
static JsonObject *
plan_month (PathwayLearningPlan *plan,
            int                  index)
{
  JsonArray *months = json_object_get_array_member (json_node_get_object (plan->plan), "months");

  if (index < 1 || (guint) index > json_array_get_length (months))
    return NULL;
  return json_array_get_object_element (months, index - 1);
}

static int
plan_n_months (PathwayLearningPlan *plan)
{
  return json_array_get_length (json_object_get_array_member (json_node_get_object (plan->plan), "months"));
}

static PathwayDayProgress *
find_day (PathwayDb  *db,
          gint64      user_id,
          gint64      plan_id,
          int         month_index,
          int         day_number,
          GError    **error)
{
  const gint64 values[] = { user_id, plan_id, month_index, day_number };

  return pathway_row_find (db, &pathway_day_progress_table,
                   "user_id = ?1 AND plan_id = ?2 AND month_index = ?3 AND day_number = ?4",
                   values, G_N_ELEMENTS (values), error);
}

static PathwayLearningPath *
find_path (PathwayDb  *db,
           gint64      plan_id,
           int         month_index,
           GError    **error)
{
  const gint64 values[] = { plan_id, month_index };

  return pathway_row_find (db, &pathway_learning_paths_table, "plan_id = ?1 AND global_month_index = ?2",
                   values, G_N_ELEMENTS (values), error);
}

static PathwayQuiz *
find_quiz (PathwayDb  *db,
           gint64      plan_id,
           int         month_index,
           int         day,
           GError    **error)
{
  const gint64 values[] = { plan_id, month_index, day };

  return pathway_row_find (db, &pathway_quizzes_table, "plan_id = ?1 AND month_index = ?2 AND day = ?3",
                   values, G_N_ELEMENTS (values), error);
}

/* The lesson a plan's day shows: a shortened month starts further into its lessons. */
static PathwayLessonContent *
lesson_for_day (PathwayDb            *db,
                PathwayLearningPlan  *plan,
                int                   month_index,
                int                   day_number,
                GError              **error)
{
  JsonObject *month = plan_month (plan, month_index);
  int first_lesson;

  if (month == NULL)
    return NULL;

  first_lesson = json_object_get_int_member_with_default (month, "first_lesson", 1);
  return pathway_lessons_lookup (db, json_object_get_string_member (month, "key"),
                                 first_lesson + day_number - 1, error);
}

/* The quiz row of an open day, made from its lesson the first time; NULL without an error when
 * there is no lesson. The row keeps the questions as they were, whatever is imported later. */
static PathwayQuiz *
ensure_quiz (PathwayDb            *db,
             PathwayLearningPlan  *plan,
             int                   month_index,
             int                   day_number,
             GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PathwayLessonContent) lesson = NULL;
  PathwayQuiz *quiz;

  quiz = find_quiz (db, plan->id, month_index, day_number, &local_error);
  if (quiz != NULL || !g_error_matches (local_error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return quiz;
    }

  lesson = lesson_for_day (db, plan, month_index, day_number, error);
  if (lesson == NULL)
    return NULL;

  quiz = pathway_quiz_new ();
  quiz->user_id = plan->user_id;
  quiz->plan_id = plan->id;
  quiz->month_index = month_index;
  quiz->day = day_number;
  quiz->title = g_strdup (lesson->quiz_title);
  quiz->questions = json_node_copy (lesson->questions);
  quiz->required_score = lesson->required_score;
  if (!pathway_quizzes_insert (db, quiz, error))
    g_clear_pointer (&quiz, pathway_quiz_free);

  return quiz;
}

static gboolean
set_user_position (PathwayDb  *db,
                   gint64      user_id,
                   gint64      plan_id,
                   int         month_index,
                   int         day_number,
                   GError    **error)
{
  g_autoptr(PathwayUser) user = pathway_users_get (db, user_id, error);

  if (user == NULL)
    return FALSE;

  user->current_plan_id = plan_id;
  user->current_month_index = month_index;
  user->current_day = day_number;
  return pathway_users_update (db, user, error);
}

/* Makes a month's day rows, the first one open, and its first quiz. */
static gboolean
open_month (PathwayDb            *db,
            PathwayLearningPlan  *plan,
            PathwayLearningPath  *path,
            GDateTime            *now,
            GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PathwayQuiz) quiz = NULL;

  pathway_progress_start_path (path, now);
  if (!pathway_learning_paths_update (db, path, error))
    return FALSE;

  for (int day = 1; day <= path->total_days; day++)
    {
      g_autoptr(PathwayDayProgress) progress = pathway_day_progress_new ();

      progress->user_id = plan->user_id;
      progress->plan_id = plan->id;
      progress->month_index = path->global_month_index;
      progress->day_number = day;
      if (day == 1)
        pathway_progress_open_day (progress, now);
      if (!pathway_day_progresses_insert (db, progress, error))
        return FALSE;
    }

  quiz = ensure_quiz (db, plan, path->global_month_index, 1, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
save_onboarding (PathwayDb                      *db,
                 gint64                          user_id,
                 const PathwayOnboardingAnswers *answers,
                 GError                        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PathwayOnboarding) onboarding = pathway_learning_get_onboarding (db, user_id, &local_error);
  gboolean exists = onboarding != NULL;

  if (!exists && !g_error_matches (local_error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!exists)
    onboarding = pathway_onboarding_new ();

  onboarding->user_id = user_id;
  g_free (onboarding->name);
  onboarding->name = g_strstrip (g_strdup (answers->name));
  onboarding->grade = answers->grade;
  g_clear_pointer (&onboarding->career_goals, json_node_unref);
  onboarding->career_goals = strv_to_json ((const char * const *) answers->career_goals);
  g_clear_pointer (&onboarding->current_skills, json_node_unref);
  onboarding->current_skills = strv_to_json ((const char * const *) answers->current_skills);
  g_free (onboarding->time_commitment);
  onboarding->time_commitment = pathway_duration_format ((gint64) answers->daily_minutes * 60);

  return exists ? pathway_onboardings_update (db, onboarding, error)
                : pathway_onboardings_insert (db, onboarding, error);
}

/* Fills the plan's months with their lesson titles where this computer has the lessons. */
static gboolean
fill_lesson_titles (PathwayDb  *db,
                    JsonNode   *plan,
                    GError    **error)
{
  JsonArray *months = json_object_get_array_member (json_node_get_object (plan), "months");

  for (guint i = 0; i < json_array_get_length (months); i++)
    {
      JsonObject *month = json_array_get_object_element (months, i);
      g_autoptr(GError) local_error = NULL;
      JsonNode *days;

      if (json_object_get_boolean_member_with_default (month, "days_generated", FALSE))
        continue;

      days = pathway_lessons_list_titles (db, json_object_get_string_member (month, "key"),
                                          json_object_get_int_member_with_default (month, "first_lesson", 1),
                                          json_object_get_int_member_with_default (month, "total_days", 30),
                                          &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (days != NULL)
        {
          json_object_set_member (month, "days", days);
          json_object_set_boolean_member (month, "days_generated", TRUE);
        }
    }

  return TRUE;
}

static char *
plan_title (const PathwayOnboardingAnswers *answers)
{
  if (answers->career_goals != NULL && g_strv_length (answers->career_goals) == 1)
    /* Translators: the title of a learning plan; %s is a career goal such as “Data Analyst” */
    return g_strdup_printf (_("%s Plan"), answers->career_goals[0]);

  return NULL; /* the schema's default, “Personalized Learning Plan” */
}

/* Writes a new plan, as pathway_plan_build() made it, in one transaction: the onboarding answers,
 * the plan, a learning path per month, the first month's days and first quiz, and the student's
 * place in it. Returns the plan's id, or 0. */
gint64
pathway_learning_create_plan (PathwayDb                      *db,
                              gint64                          user_id,
                              const PathwayOnboardingAnswers *answers,
                              JsonNode                       *plan_json,
                              GError                        **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayLearningPlan) plan = pathway_learning_plan_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(PathwayLearningPath) first_path = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), 0);
  g_return_val_if_fail (answers != NULL, 0);
  g_return_val_if_fail (plan_json != NULL && JSON_NODE_HOLDS_OBJECT (plan_json), 0);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL || !save_onboarding (db, user_id, answers, error))
    return 0;

  plan->user_id = user_id;
  plan->title = plan_title (answers);
  plan->total_years = answers->total_years;
  plan->plan = json_node_copy (plan_json);
  if (!fill_lesson_titles (db, plan->plan, error) ||
      !pathway_learning_plans_insert (db, plan, error))
    return 0;

  for (int index = 1; index <= plan_n_months (plan); index++)
    {
      JsonObject *month = plan_month (plan, index);
      g_autoptr(PathwayLearningPath) path = pathway_learning_path_new ();

      path->plan_id = plan->id;
      path->user_id = user_id;
      path->global_month_index = index;
      path->year_number = (index - 1) / 12 + 1;
      path->month_of_year = (index - 1) % 12 + 1;
      path->title = g_strdup (json_object_get_string_member (month, "title"));
      path->total_days = json_object_get_int_member_with_default (month, "total_days", 30);
      if (!pathway_learning_paths_insert (db, path, error))
        return 0;
      if (index == 1)
        first_path = g_steal_pointer (&path);
    }

  if (first_path == NULL ||
      !open_month (db, plan, first_path, now, error) ||
      !set_user_position (db, user_id, plan->id, 1, 1, error) ||
      !pathway_transaction_commit (transaction, error))
    return 0;

  return plan->id;
}

/* The student's current plan; NULL without an error when they have none yet. */
PathwayLearningPlan *
pathway_learning_get_current_plan (PathwayDb  *db,
                                   gint64      user_id,
                                   GError    **error)
{
  g_autoptr(PathwayUser) user = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  user = pathway_users_get (db, user_id, error);
  if (user == NULL || user->current_plan_id == 0)
    return NULL;

  return pathway_learning_plans_get (db, user->current_plan_id, error);
}

PathwayOnboarding *
pathway_learning_get_onboarding (PathwayDb  *db,
                                 gint64      user_id,
                                 GError    **error)
{
  const gint64 values[] = { user_id };

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  return pathway_row_find (db, &pathway_onboarding_table, "user_id = ?1", values, 1, error);
}

/* A day of the current plan, with its lesson and quiz (the quiz row is made the first time an
 * open day with a lesson is shown). month_index and day_number 0 mean the student's current ones. */
PathwayLessonDay *
pathway_learning_get_day (PathwayDb  *db,
                          gint64      user_id,
                          int         month_index,
                          int         day_number,
                          GError    **error)
{
  g_autoptr(PathwayUser) user = NULL;
  g_autoptr(PathwayLearningPlan) plan = NULL;
  g_autoptr(PathwayLessonDay) day = g_new0 (PathwayLessonDay, 1);
  g_autoptr(PathwayLearningPath) path = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *month;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  user = pathway_users_get (db, user_id, error);
  if (user == NULL)
    return NULL;
  if (user->current_plan_id == 0)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND, _("There is no learning plan yet."));
      return NULL;
    }

  plan = pathway_learning_plans_get (db, user->current_plan_id, error);
  if (plan == NULL)
    return NULL;

  day->plan_id = plan->id;
  day->month_index = month_index > 0 ? month_index : MAX (user->current_month_index, 1);
  day_number = day_number > 0 ? day_number : MAX (user->current_day, 1);

  month = plan_month (plan, day->month_index);
  path = find_path (db, plan->id, day->month_index, error);
  if (month == NULL || path == NULL)
    {
      if (month == NULL)
        g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CORRUPT,
                     _("Month %d is missing from the plan."), day->month_index);
      return NULL;
    }

  day->month_key = g_strdup (json_object_get_string_member (month, "key"));
  day->month_title = g_strdup (path->title);
  day->total_days = path->total_days;
  day->progress = find_day (db, user_id, plan->id, day->month_index, day_number, error);
  if (day->progress == NULL)
    return NULL;

  day->lesson = lesson_for_day (db, plan, day->month_index, day_number, &local_error);
  if (local_error == NULL && day->lesson != NULL && day->progress->status != PATHWAY_DAY_LOCKED)
    day->quiz = ensure_quiz (db, plan, day->month_index, day_number, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&day);
}

/* Reopens an earlier day (or any day already open) as the one Today shows. */
gboolean
pathway_learning_set_current_day (PathwayDb  *db,
                                  gint64      user_id,
                                  int         month_index,
                                  int         day_number,
                                  GError    **error)
{
  g_autoptr(PathwayLearningPlan) plan = NULL;
  g_autoptr(PathwayDayProgress) progress = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);

  plan = pathway_learning_get_current_plan (db, user_id, error);
  if (plan == NULL)
    return FALSE;

  progress = find_day (db, user_id, plan->id, month_index, day_number, error);
  if (progress == NULL)
    return FALSE;

  if (progress->status == PATHWAY_DAY_LOCKED)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                   _("Day %d is still locked: pass the day before it first."), day_number);
      return FALSE;
    }

  return set_user_position (db, user_id, plan->id, month_index, day_number, error);
}

gboolean
pathway_learning_mark_read (PathwayDb  *db,
                            gint64      day_progress_id,
                            GError    **error)
{
  g_autoptr(PathwayDayProgress) progress = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);

  progress = pathway_day_progresses_get (db, day_progress_id, error);
  if (progress == NULL)
    return FALSE;

  pathway_progress_mark_viewed (progress);
  return pathway_day_progresses_update (db, progress, error);
}

static gboolean
add_to_study_day (PathwayDb   *db,
                  gint64       user_id,
                  const char  *date,
                  int          seconds,
                  GError     **error)
{
  g_autoptr(PathwayStmt) stmt =
    pathway_db_prepare (db,
                        "INSERT INTO study_days (user_id, study_date, seconds) VALUES (?1, ?2, ?3) "
                        "ON CONFLICT (user_id, study_date) DO UPDATE SET seconds = seconds + excluded.seconds",
                        error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, user_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, seconds);
  return pathway_db_step_done (db, stmt, _(pathway_study_days_table.label), error);
}

/* Time in a quiz is study time too, on the calendar day it was taken; a quiz takes a second at
 * least, so the day counts towards the streak even when its time was not measured. */
static gboolean
add_quiz_time (PathwayDb  *db,
               gint64      user_id,
               GDateTime  *now,
               int         time_taken,
               GError    **error)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");

  return add_to_study_day (db, user_id, date, MAX (time_taken, 1), error);
}

/* Records seconds of study on a day's lesson, for the day and for the calendar date of now_local. */
gboolean
pathway_learning_add_study_time (PathwayDb  *db,
                                 gint64      user_id,
                                 gint64      day_progress_id,
                                 int         seconds,
                                 GDateTime  *now_local,
                                 GError    **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayDayProgress) progress = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (seconds >= 0, FALSE);
  g_return_val_if_fail (now_local != NULL, FALSE);

  if (seconds == 0)
    return TRUE;

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return FALSE;

  progress = pathway_day_progresses_get (db, day_progress_id, error);
  if (progress == NULL)
    return FALSE;

  pathway_progress_add_time (progress, seconds);
  date = g_date_time_format (now_local, "%Y-%m-%d");
  return pathway_day_progresses_update (db, progress, error) &&
         add_to_study_day (db, user_id, date, seconds, error) &&
         pathway_transaction_commit (transaction, error);
}

/* Keeps the plan JSON's month statuses in step with the learning paths. */
static gboolean
set_month_status (PathwayDb            *db,
                  PathwayLearningPlan  *plan,
                  int                   index,
                  const char           *status,
                  GError              **error)
{
  JsonObject *month = plan_month (plan, index);

  if (month == NULL)
    return TRUE;

  json_object_set_string_member (month, "status", status);
  return pathway_learning_plans_update (db, plan, error);
}

/* After a passed day: open the next day, or finish the month and open the next month. */
static gboolean
advance (PathwayDb            *db,
         PathwayLearningPlan  *plan,
         PathwayDayProgress   *progress,
         GDateTime            *now,
         PathwayQuizOutcome   *outcome,
         GError              **error)
{
  g_autoptr(PathwayLearningPath) path = find_path (db, plan->id, progress->month_index, error);
  g_autoptr(PathwayLearningPath) next_path = NULL;
  g_autoptr(GError) local_error = NULL;
  int month = progress->month_index;

  if (path == NULL)
    return FALSE;

  pathway_progress_complete_day (path, progress->day_number, now);
  if (!pathway_learning_paths_update (db, path, error))
    return FALSE;

  if (progress->day_number < path->total_days)
    {
      g_autoptr(PathwayDayProgress) next = find_day (db, plan->user_id, plan->id, month,
                                                     progress->day_number + 1, error);
      g_autoptr(PathwayQuiz) quiz = NULL;

      if (next == NULL)
        return FALSE;

      if (next->status == PATHWAY_DAY_LOCKED)
        {
          pathway_progress_open_day (next, now);
          if (!pathway_day_progresses_update (db, next, error))
            return FALSE;
          outcome->next_day_opened = TRUE;
        }

      quiz = ensure_quiz (db, plan, month, next->day_number, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      return set_user_position (db, plan->user_id, plan->id, month, next->day_number, error);
    }

  outcome->month_completed = TRUE;
  if (!set_month_status (db, plan, month, "completed", error))
    return FALSE;

  if (month >= plan_n_months (plan))
    {
      outcome->plan_completed = TRUE;
      return TRUE;
    }

  next_path = find_path (db, plan->id, month + 1, error);
  if (next_path == NULL ||
      !open_month (db, plan, next_path, now, error) ||
      !set_month_status (db, plan, month + 1, "active", error))
    return FALSE;

  outcome->next_day_opened = TRUE;
  return set_user_position (db, plan->user_id, plan->id, month + 1, 1, error);
}

static gint64
count_attempts (PathwayDb  *db,
                gint64      quiz_id,
                GError    **error)
{
  return pathway_row_count (db, &pathway_quiz_submissions_table, "quiz_id", quiz_id, error);
}

/* Grades and records one attempt at a quiz, in one transaction: the submission, the day's scores
 * and status, and, when it passes for the first time, the next day or month opened. */
PathwayQuizOutcome *
pathway_learning_submit_quiz (PathwayDb   *db,
                              gint64       user_id,
                              gint64       quiz_id,
                              const int   *answers,
                              guint        n_answers,
                              int          time_taken,
                              GDateTime   *now,
                              GError     **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayQuiz) quiz = NULL;
  g_autoptr(PathwayLearningPlan) plan = NULL;
  g_autoptr(PathwayDayProgress) progress = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(PathwayQuizSubmission) submission = pathway_quiz_submission_new ();
  g_autoptr(PathwayQuizOutcome) outcome = g_new0 (PathwayQuizOutcome, 1);
  gboolean was_completed;
  gint64 attempts;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (answers != NULL || n_answers == 0, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return NULL;

  quiz = pathway_quizzes_get (db, quiz_id, error);
  if (quiz == NULL)
    return NULL;

  plan = pathway_learning_plans_get (db, quiz->plan_id, error);
  progress = plan != NULL ? find_day (db, user_id, quiz->plan_id, quiz->month_index, quiz->day, error) : NULL;
  if (progress == NULL)
    return NULL;

  if (progress->status == PATHWAY_DAY_LOCKED)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                   _("Day %d is still locked: pass the day before it first."), quiz->day);
      return NULL;
    }

  questions = pathway_quiz_parse_questions (quiz->questions, error);
  attempts = questions != NULL ? count_attempts (db, quiz_id, error) : -1;
  if (attempts < 0)
    return NULL;

  outcome->score = pathway_quiz_grade (questions, answers, n_answers, &outcome->question_results);
  outcome->attempt_number = (int) attempts + 1;
  was_completed = progress->status == PATHWAY_DAY_COMPLETED;
  outcome->passed = pathway_progress_record_attempt (progress, outcome->score, quiz->required_score, now);

  submission->user_id = user_id;
  submission->plan_id = quiz->plan_id;
  submission->month_index = quiz->month_index;
  submission->day = quiz->day;
  submission->quiz_id = quiz->id;
  submission->answers = pathway_quiz_answers_to_json (answers, n_answers);
  submission->question_results = json_node_copy (outcome->question_results);
  submission->score = outcome->score;
  submission->passed = outcome->passed;
  submission->attempt_number = outcome->attempt_number;
  submission->time_taken = MAX (time_taken, 0);
  submission->created_at = g_date_time_ref (now);

  if (!pathway_quiz_submissions_insert (db, submission, error) ||
      !pathway_day_progresses_update (db, progress, error) ||
      !add_quiz_time (db, user_id, now, time_taken, error))
    return NULL;

  if (outcome->passed && !was_completed && !advance (db, plan, progress, now, outcome, error))
    return NULL;

  if (!pathway_transaction_commit (transaction, error))
    return NULL;

  return g_steal_pointer (&outcome);
}

/* After content is imported: every plan's months that now have lessons get their titles. */
gboolean
pathway_learning_refresh_plans (PathwayDb  *db,
                                GError    **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(GPtrArray) plans = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return FALSE;

  plans = pathway_learning_plans_list (db, NULL, 0, 0, G_MAXUINT, error);
  if (plans == NULL)
    return FALSE;

  for (guint i = 0; i < plans->len; i++)
    {
      PathwayLearningPlan *plan = g_ptr_array_index (plans, i);
      g_autofree char *before = json_to_string (plan->plan, FALSE);
      g_autofree char *after = NULL;

      if (!fill_lesson_titles (db, plan->plan, error))
        return FALSE;

      after = json_to_string (plan->plan, FALSE);
      if (!g_str_equal (before, after) && !pathway_learning_plans_update (db, plan, error))
        return FALSE;
    }

  return pathway_transaction_commit (transaction, error);
}

/* The months of a plan, in order. */
GPtrArray *
pathway_learning_list_months (PathwayDb  *db,
                              gint64      plan_id,
                              GError    **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  return pathway_learning_paths_list (db, "plan_id", plan_id, 0, G_MAXUINT, error);
}

/* The days of one month of a plan, in order; empty while the month has not started. */
GPtrArray *
pathway_learning_list_days (PathwayDb  *db,
                            gint64      plan_id,
                            int         month_index,
                            GError    **error)
{
  const gint64 values[] = { plan_id, month_index };

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  return pathway_row_select (db, &pathway_day_progress_table, "plan_id = ?1 AND month_index = ?2 ORDER BY day_number",
                             values, G_N_ELEMENTS (values), error);
}
