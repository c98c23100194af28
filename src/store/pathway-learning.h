/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* The student's plan and daily study in the database: each change that touches several tables
 * (a new plan, a quiz submitted) is one transaction. The rules themselves live in core/. */

typedef struct {
  char  *name;
  int    grade;             /* PathwayGrade */
  GStrv  career_goals;      /* as the student picked or typed them */
  GStrv  current_skills;
  int    daily_minutes;
  int    total_years;
} PathwayOnboardingAnswers;

/* One day of one month of a plan, with what Today needs to show it. */
typedef struct {
  gint64                plan_id;
  int                   month_index;
  char                 *month_key;
  char                 *month_title;
  int                   total_days;
  PathwayDayProgress   *progress;   /* this day's row */
  PathwayLessonContent *lesson;     /* NULL when the month's lessons are not on this computer */
  PathwayQuiz          *quiz;       /* NULL when there is no lesson */
} PathwayLessonDay;

void              pathway_lesson_day_free (PathwayLessonDay *day);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayLessonDay, pathway_lesson_day_free)

/* What a submitted quiz did. */
typedef struct {
  int       score;
  gboolean  passed;
  int       attempt_number;
  JsonNode *question_results;
  gboolean  next_day_opened;
  gboolean  month_completed;
  gboolean  plan_completed;
} PathwayQuizOutcome;

void              pathway_quiz_outcome_free (PathwayQuizOutcome *outcome);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayQuizOutcome, pathway_quiz_outcome_free)

gint64            pathway_learning_create_plan      (PathwayDb                      *db,
                                                     gint64                          user_id,
                                                     const PathwayOnboardingAnswers *answers,
                                                     JsonNode                       *plan,
                                                     GError                        **error);
PathwayLearningPlan *pathway_learning_get_current_plan (PathwayDb                   *db,
                                                     gint64                          user_id,
                                                     GError                        **error);
PathwayOnboarding *pathway_learning_get_onboarding  (PathwayDb                      *db,
                                                     gint64                          user_id,
                                                     GError                        **error);
PathwayLessonDay *pathway_learning_get_day          (PathwayDb                      *db,
                                                     gint64                          user_id,
                                                     int                             month_index,
                                                     int                             day_number,
                                                     GError                        **error);
gboolean          pathway_learning_set_current_day  (PathwayDb                      *db,
                                                     gint64                          user_id,
                                                     int                             month_index,
                                                     int                             day_number,
                                                     GError                        **error);
gboolean          pathway_learning_mark_read        (PathwayDb                      *db,
                                                     gint64                          day_progress_id,
                                                     GError                        **error);
gboolean          pathway_learning_add_study_time   (PathwayDb                      *db,
                                                     gint64                          user_id,
                                                     gint64                          day_progress_id,
                                                     int                             seconds,
                                                     GDateTime                      *now,
                                                     GError                        **error);
PathwayQuizOutcome *pathway_learning_submit_quiz    (PathwayDb                      *db,
                                                     gint64                          user_id,
                                                     gint64                          quiz_id,
                                                     const int                      *answers,
                                                     guint                           n_answers,
                                                     int                             time_taken,
                                                     GDateTime                      *now,
                                                     GError                        **error);
gboolean          pathway_learning_refresh_plans    (PathwayDb                      *db,
                                                     GError                        **error);
GPtrArray        *pathway_learning_list_months      (PathwayDb                      *db,
                                                     gint64                          plan_id,
                                                     GError                        **error);
GPtrArray        *pathway_learning_list_days        (PathwayDb                      *db,
                                                     gint64                          plan_id,
                                                     int                             month_index,
                                                     GError                        **error);

G_END_DECLS
