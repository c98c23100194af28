/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-progress"

#include "config.h"

#include "pathway-progress.h"

#include "pathway-quiz.h"

/* schema.sql's learning_paths.total_days default. */
#define DEFAULT_TOTAL_DAYS 30

static int
value_or (int value,
          int fallback)
{
  return value == PATHWAY_UNSET ? fallback : value;
}

static void
set_time (GDateTime **field,
          GDateTime  *now)
{
  g_clear_pointer (field, g_date_time_unref);
  *field = g_date_time_ref (now);
}

/* A locked day becomes active when the student opens it; an open, failed or completed day keeps its
 * state and its first started_at. */
void
pathway_progress_open_day (PathwayDayProgress *day,
                           GDateTime          *now)
{
  g_return_if_fail (day != NULL);
  g_return_if_fail (now != NULL);

  if (value_or (day->status, PATHWAY_DAY_LOCKED) != PATHWAY_DAY_LOCKED)
    return;

  day->status = PATHWAY_DAY_ACTIVE;
  set_time (&day->started_at, now);
}

/* Time only grows, and stops at G_MAXINT rather than wrapping. */
void
pathway_progress_add_time (PathwayDayProgress *day,
                           int                 seconds)
{
  int spent;

  g_return_if_fail (day != NULL);
  g_return_if_fail (seconds >= 0);

  spent = MAX (value_or (day->time_spent, 0), 0);
  day->time_spent = seconds > G_MAXINT - spent ? G_MAXINT : spent + seconds;
}

void
pathway_progress_mark_viewed (PathwayDayProgress *day)
{
  g_return_if_fail (day != NULL);

  day->content_viewed = TRUE;
}

int
pathway_progress_next_attempt_number (int previous_attempts)
{
  int previous = MAX (value_or (previous_attempts, 0), 0);

  return previous == G_MAXINT ? G_MAXINT : previous + 1;
}

/* Records one quiz attempt on an open day and returns whether it passed (score ≥ required_score;
 * PATHWAY_UNSET means the default, 70). Passing completes the day and lets the student go on; failing marks it
 * failed until a retry passes. A completed day stays completed whatever later retries score. */
gboolean
pathway_progress_record_attempt (PathwayDayProgress *day,
                                 int                 score,
                                 int                 required_score,
                                 GDateTime          *now)
{
  int status;
  gboolean passed;

  g_return_val_if_fail (day != NULL, FALSE);
  g_return_val_if_fail (score >= 0 && score <= 100, FALSE);
  g_return_val_if_fail (required_score == PATHWAY_UNSET || (required_score >= 0 && required_score <= 100), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  status = value_or (day->status, PATHWAY_DAY_LOCKED);
  g_return_val_if_fail (status != PATHWAY_DAY_LOCKED, FALSE);

  passed = score >= value_or (required_score, PATHWAY_QUIZ_DEFAULT_REQUIRED_SCORE);

  day->quiz_score = score;
  day->quiz_attempts = pathway_progress_next_attempt_number (day->quiz_attempts);
  day->best_score = MAX (value_or (day->best_score, 0), score);

  if (status == PATHWAY_DAY_COMPLETED)
    {
      day->can_proceed = TRUE;
    }
  else if (passed)
    {
      day->status = PATHWAY_DAY_COMPLETED;
      set_time (&day->completed_at, now);
      day->can_proceed = TRUE;
    }
  else
    {
      day->status = PATHWAY_DAY_FAILED;
      day->can_proceed = FALSE;
    }

  return passed;
}

/* A locked month opens at day 1; an active or completed one is left as it is. */
void
pathway_progress_start_path (PathwayLearningPath *path,
                             GDateTime           *now)
{
  g_return_if_fail (path != NULL);
  g_return_if_fail (now != NULL);

  if (value_or (path->status, PATHWAY_PATH_LOCKED) != PATHWAY_PATH_LOCKED)
    return;

  path->status = PATHWAY_PATH_ACTIVE;
  set_time (&path->started_at, now);
  path->current_day = 1;
}

/* Moves an open month past day_number. Days are completed in order, so the counters only grow:
 * completing an earlier day again never moves the month back. Completing the last day completes
 * the month; the caller then starts the next one. */
void
pathway_progress_complete_day (PathwayLearningPath *path,
                               int                  day_number,
                               GDateTime           *now)
{
  int total_days;

  g_return_if_fail (path != NULL);
  g_return_if_fail (now != NULL);
  g_return_if_fail (value_or (path->status, PATHWAY_PATH_LOCKED) != PATHWAY_PATH_LOCKED);

  total_days = value_or (path->total_days, DEFAULT_TOTAL_DAYS);
  g_return_if_fail (day_number >= 1 && day_number <= total_days);

  path->days_completed = MAX (value_or (path->days_completed, 0), day_number);
  path->current_day = MAX (value_or (path->current_day, 1), MIN (day_number + 1, total_days));
  set_time (&path->last_activity_at, now);

  if (day_number == total_days && path->status != PATHWAY_PATH_COMPLETED)
    {
      path->status = PATHWAY_PATH_COMPLETED;
      set_time (&path->completed_at, now);
    }
}

static guint32
julian_day (GDateTime *datetime)
{
  GDate date;
  int year, month, day;

  g_date_time_get_ymd (datetime, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  guint32 day_a = *(const guint32 *) a;
  guint32 day_b = *(const guint32 *) b;

  return (day_a < day_b) - (day_a > day_b);
}

/* The number of consecutive calendar days with study that end today, or yesterday: a streak is
 * only broken once a whole day passes without study. Each date counts once, whatever the time of
 * day, so the dates are compared as dates rather than as multiples of 24 hours, which a change to
 * or from summer time would break. The caller passes local times; dates after today are ignored. */
int
pathway_progress_streak (GDateTime * const *study_days,
                         guint              n,
                         GDateTime         *today_local)
{
  g_autoptr(GArray) days = NULL;
  guint32 today;
  guint32 expected;
  int streak = 0;

  g_return_val_if_fail (study_days != NULL || n == 0, 0);
  g_return_val_if_fail (today_local != NULL, 0);

  today = julian_day (today_local);
  days = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n);
  for (guint i = 0; i < n; i++)
    {
      guint32 day;

      g_return_val_if_fail (study_days[i] != NULL, 0);

      day = julian_day (study_days[i]);
      if (day <= today)
        g_array_append_val (days, day);
    }

  if (days->len == 0)
    return 0;

  g_array_sort (days, compare_descending);
  expected = g_array_index (days, guint32, 0);
  if (expected + 1 < today)
    return 0;

  for (guint i = 0; i < days->len; i++)
    {
      guint32 day = g_array_index (days, guint32, i);

      /* A second study session on a date already counted. */
      if (day > expected)
        continue;
      if (day < expected)
        break;

      streak++;
      expected--;
    }

  return streak;
}
