/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "pathway-progress.h"
#include "pathway-time.h"

/* Central European time with its summer-time rules written out, so the tests need no tz database:
 * clocks go forward at 02:00 on the last Sunday of March and back at 03:00 on the last Sunday of
 * October. */
#define BERLIN_RULES "CET-1CEST,M3.5.0,M10.5.0/3"

static GDateTime *
at (const char *text)
{
  GDateTime *datetime = pathway_timestamp_parse (text);

  g_assert_nonnull (datetime);
  return datetime;
}

static void
assert_time (GDateTime  *datetime,
             const char *expected)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (datetime);
  text = pathway_timestamp_format (datetime);
  g_assert_cmpstr (text, ==, expected);
}

/* A day as the store creates it: only the columns without defaults are set. */
static PathwayDayProgress *
new_day (void)
{
  PathwayDayProgress *day = pathway_day_progress_new ();

  day->user_id = 1;
  day->plan_id = 1;
  day->month_index = 1;
  day->day_number = 4;
  return day;
}

static PathwayDayProgress *
new_open_day (void)
{
  PathwayDayProgress *day = new_day ();
  g_autoptr(GDateTime) opened = at ("2026-03-02T08:00:00Z");

  pathway_progress_open_day (day, opened);
  return day;
}

static PathwayLearningPath *
new_path (int total_days)
{
  PathwayLearningPath *path = pathway_learning_path_new ();
  g_autoptr(GDateTime) started = at ("2026-03-01T07:00:00Z");

  path->global_month_index = 1;
  path->total_days = total_days;
  pathway_progress_start_path (path, started);
  return path;
}

static void
test_open_day (void)
{
  g_autoptr(PathwayDayProgress) day = new_day ();
  g_autoptr(PathwayDayProgress) locked = new_day ();
  g_autoptr(GDateTime) first = at ("2026-03-02T08:00:00Z");
  g_autoptr(GDateTime) later = at ("2026-03-03T09:00:00Z");

  /* An unset status is the column's default, locked. */
  pathway_progress_open_day (day, first);
  g_assert_cmpint (day->status, ==, PATHWAY_DAY_ACTIVE);
  assert_time (day->started_at, "2026-03-02T08:00:00Z");

  /* Opening it again keeps the first start. */
  pathway_progress_open_day (day, later);
  g_assert_cmpint (day->status, ==, PATHWAY_DAY_ACTIVE);
  assert_time (day->started_at, "2026-03-02T08:00:00Z");

  locked->status = PATHWAY_DAY_LOCKED;
  pathway_progress_open_day (locked, later);
  g_assert_cmpint (locked->status, ==, PATHWAY_DAY_ACTIVE);
  assert_time (locked->started_at, "2026-03-03T09:00:00Z");
}

static void
test_open_day_keeps_finished (void)
{
  g_autoptr(PathwayDayProgress) completed = new_open_day ();
  g_autoptr(PathwayDayProgress) failed = new_open_day ();
  g_autoptr(GDateTime) quiz_time = at ("2026-03-02T09:00:00Z");
  g_autoptr(GDateTime) later = at ("2026-03-05T09:00:00Z");

  pathway_progress_record_attempt (completed, 100, 70, quiz_time);
  pathway_progress_record_attempt (failed, 10, 70, quiz_time);

  pathway_progress_open_day (completed, later);
  pathway_progress_open_day (failed, later);
  g_assert_cmpint (completed->status, ==, PATHWAY_DAY_COMPLETED);
  g_assert_cmpint (failed->status, ==, PATHWAY_DAY_FAILED);
  assert_time (completed->started_at, "2026-03-02T08:00:00Z");
  assert_time (failed->started_at, "2026-03-02T08:00:00Z");
}

static void
test_add_time (void)
{
  g_autoptr(PathwayDayProgress) day = new_open_day ();

  pathway_progress_add_time (day, 90);
  g_assert_cmpint (day->time_spent, ==, 90);
  pathway_progress_add_time (day, 0);
  pathway_progress_add_time (day, 30);
  g_assert_cmpint (day->time_spent, ==, 120);

  /* It stops at the largest int rather than wrapping to a negative time. */
  day->time_spent = G_MAXINT - 10;
  pathway_progress_add_time (day, 60);
  g_assert_cmpint (day->time_spent, ==, G_MAXINT);
  pathway_progress_add_time (day, G_MAXINT);
  g_assert_cmpint (day->time_spent, ==, G_MAXINT);

  g_test_expect_message ("pathway-progress", G_LOG_LEVEL_CRITICAL, "*seconds >= 0*");
  pathway_progress_add_time (day, -5);
  g_test_assert_expected_messages ();
  g_assert_cmpint (day->time_spent, ==, G_MAXINT);
}

static void
test_mark_viewed (void)
{
  g_autoptr(PathwayDayProgress) day = new_open_day ();

  g_assert_cmpint (day->content_viewed, ==, PATHWAY_UNSET);
  pathway_progress_mark_viewed (day);
  g_assert_cmpint (day->content_viewed, ==, TRUE);
  pathway_progress_mark_viewed (day);
  g_assert_cmpint (day->content_viewed, ==, TRUE);
}

static void
test_attempt_pass (void)
{
  g_autoptr(PathwayDayProgress) day = new_open_day ();
  g_autoptr(GDateTime) now = at ("2026-03-02T08:40:00Z");

  g_assert_true (pathway_progress_record_attempt (day, 83, 70, now));
  g_assert_cmpint (day->status, ==, PATHWAY_DAY_COMPLETED);
  g_assert_cmpint (day->quiz_score, ==, 83);
  g_assert_cmpint (day->best_score, ==, 83);
  g_assert_cmpint (day->quiz_attempts, ==, 1);
  g_assert_cmpint (day->can_proceed, ==, TRUE);
  assert_time (day->completed_at, "2026-03-02T08:40:00Z");
}

static void
test_attempt_fail_then_retry (void)
{
  g_autoptr(PathwayDayProgress) day = new_open_day ();
  g_autoptr(GDateTime) first = at ("2026-03-02T08:40:00Z");
  g_autoptr(GDateTime) second = at ("2026-03-02T08:50:00Z");
  g_autoptr(GDateTime) third = at ("2026-03-03T19:05:00Z");

  g_assert_false (pathway_progress_record_attempt (day, 50, 70, first));
  g_assert_cmpint (day->status, ==, PATHWAY_DAY_FAILED);
  g_assert_cmpint (day->can_proceed, ==, FALSE);
  g_assert_cmpint (day->quiz_score, ==, 50);
  g_assert_cmpint (day->best_score, ==, 50);
  g_assert_cmpint (day->quiz_attempts, ==, 1);
  g_assert_null (day->completed_at);

  /* A worse retry still fails, and the best score stays. */
  g_assert_false (pathway_progress_record_attempt (day, 33, 70, second));
  g_assert_cmpint (day->status, ==, PATHWAY_DAY_FAILED);
  g_assert_cmpint (day->quiz_score, ==, 33);
  g_assert_cmpint (day->best_score, ==, 50);
  g_assert_cmpint (day->quiz_attempts, ==, 2);

  g_assert_true (pathway_progress_record_attempt (day, 100, 70, third));
  g_assert_cmpint (day->status, ==, PATHWAY_DAY_COMPLETED);
  g_assert_cmpint (day->can_proceed, ==, TRUE);
  g_assert_cmpint (day->quiz_score, ==, 100);
  g_assert_cmpint (day->best_score, ==, 100);
  g_assert_cmpint (day->quiz_attempts, ==, 3);
  assert_time (day->completed_at, "2026-03-03T19:05:00Z");
}

/* Practising a completed day again never takes the completion away. */
static void
test_attempt_fail_after_pass (void)
{
  g_autoptr(PathwayDayProgress) day = new_open_day ();
  g_autoptr(GDateTime) passed = at ("2026-03-02T08:40:00Z");
  g_autoptr(GDateTime) retried = at ("2026-03-09T18:00:00Z");

  g_assert_true (pathway_progress_record_attempt (day, 86, 70, passed));

  g_assert_false (pathway_progress_record_attempt (day, 14, 70, retried));
  g_assert_cmpint (day->status, ==, PATHWAY_DAY_COMPLETED);
  g_assert_cmpint (day->can_proceed, ==, TRUE);
  g_assert_cmpint (day->quiz_score, ==, 14);
  g_assert_cmpint (day->best_score, ==, 86);
  g_assert_cmpint (day->quiz_attempts, ==, 2);
  assert_time (day->completed_at, "2026-03-02T08:40:00Z");

  /* A better retry raises the best score but keeps the first completion time. */
  g_assert_true (pathway_progress_record_attempt (day, 100, 70, retried));
  g_assert_cmpint (day->status, ==, PATHWAY_DAY_COMPLETED);
  g_assert_cmpint (day->best_score, ==, 100);
  g_assert_cmpint (day->quiz_attempts, ==, 3);
  assert_time (day->completed_at, "2026-03-02T08:40:00Z");
}

static void
test_attempt_required_score (void)
{
  g_autoptr(GDateTime) now = at ("2026-03-02T08:40:00Z");
  const struct {
    int      score;
    int      required;
    gboolean passes;
  } cases[] = {
    { 70, 70, TRUE },
    { 69, 70, FALSE },
    { 70, PATHWAY_UNSET, TRUE },
    { 69, PATHWAY_UNSET, FALSE },
    { 0, 0, TRUE },
    { 99, 100, FALSE },
    { 100, 100, TRUE },
    { 50, 40, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PathwayDayProgress) day = new_open_day ();

      g_assert_cmpint (pathway_progress_record_attempt (day, cases[i].score, cases[i].required, now), ==,
                       cases[i].passes);
      g_assert_cmpint (day->status, ==, cases[i].passes ? PATHWAY_DAY_COMPLETED : PATHWAY_DAY_FAILED);
      g_assert_cmpint (day->can_proceed, ==, cases[i].passes);
    }
}

static void
test_attempt_refused_on_locked (void)
{
  g_autoptr(PathwayDayProgress) unset = new_day ();
  g_autoptr(PathwayDayProgress) locked = new_day ();
  g_autoptr(GDateTime) now = at ("2026-03-02T08:40:00Z");

  locked->status = PATHWAY_DAY_LOCKED;
  locked->quiz_attempts = 0;

  g_test_expect_message ("pathway-progress", G_LOG_LEVEL_CRITICAL, "*PATHWAY_DAY_LOCKED*");
  g_assert_false (pathway_progress_record_attempt (unset, 100, 70, now));
  g_test_assert_expected_messages ();

  g_test_expect_message ("pathway-progress", G_LOG_LEVEL_CRITICAL, "*PATHWAY_DAY_LOCKED*");
  g_assert_false (pathway_progress_record_attempt (locked, 100, 70, now));
  g_test_assert_expected_messages ();

  g_assert_cmpint (locked->status, ==, PATHWAY_DAY_LOCKED);
  g_assert_cmpint (locked->quiz_attempts, ==, 0);
  g_assert_cmpint (locked->quiz_score, ==, PATHWAY_UNSET);
  g_assert_cmpint (unset->status, ==, PATHWAY_UNSET);
  g_assert_null (locked->completed_at);
}

static void
test_attempt_refuses_bad_score (void)
{
  g_autoptr(PathwayDayProgress) day = new_open_day ();
  g_autoptr(GDateTime) now = at ("2026-03-02T08:40:00Z");

  g_test_expect_message ("pathway-progress", G_LOG_LEVEL_CRITICAL, "*score >= 0 && score <= 100*");
  g_assert_false (pathway_progress_record_attempt (day, 101, 70, now));
  g_test_assert_expected_messages ();

  g_test_expect_message ("pathway-progress", G_LOG_LEVEL_CRITICAL, "*required_score*");
  g_assert_false (pathway_progress_record_attempt (day, 80, 170, now));
  g_test_assert_expected_messages ();

  g_assert_cmpint (day->status, ==, PATHWAY_DAY_ACTIVE);
  g_assert_cmpint (day->quiz_attempts, ==, PATHWAY_UNSET);
}

static void
test_next_attempt_number (void)
{
  g_assert_cmpint (pathway_progress_next_attempt_number (PATHWAY_UNSET), ==, 1);
  g_assert_cmpint (pathway_progress_next_attempt_number (0), ==, 1);
  g_assert_cmpint (pathway_progress_next_attempt_number (1), ==, 2);
  g_assert_cmpint (pathway_progress_next_attempt_number (41), ==, 42);
  g_assert_cmpint (pathway_progress_next_attempt_number (G_MAXINT), ==, G_MAXINT);
}

static void
test_start_path (void)
{
  g_autoptr(PathwayLearningPath) path = pathway_learning_path_new ();
  g_autoptr(GDateTime) now = at ("2026-04-01T06:30:00Z");
  g_autoptr(GDateTime) later = at ("2026-04-02T06:30:00Z");

  path->total_days = 30;
  pathway_progress_start_path (path, now);
  g_assert_cmpint (path->status, ==, PATHWAY_PATH_ACTIVE);
  g_assert_cmpint (path->current_day, ==, 1);
  assert_time (path->started_at, "2026-04-01T06:30:00Z");
  g_assert_null (path->completed_at);

  /* Starting an open month again changes nothing. */
  path->current_day = 5;
  pathway_progress_start_path (path, later);
  g_assert_cmpint (path->current_day, ==, 5);
  assert_time (path->started_at, "2026-04-01T06:30:00Z");
}

static void
test_complete_days_in_order (void)
{
  g_autoptr(PathwayLearningPath) path = new_path (30);
  g_autoptr(GDateTime) day_one = at ("2026-03-01T20:00:00Z");
  g_autoptr(GDateTime) day_two = at ("2026-03-02T20:00:00Z");

  pathway_progress_complete_day (path, 1, day_one);
  g_assert_cmpint (path->days_completed, ==, 1);
  g_assert_cmpint (path->current_day, ==, 2);
  g_assert_cmpint (path->status, ==, PATHWAY_PATH_ACTIVE);
  assert_time (path->last_activity_at, "2026-03-01T20:00:00Z");

  pathway_progress_complete_day (path, 2, day_two);
  g_assert_cmpint (path->days_completed, ==, 2);
  g_assert_cmpint (path->current_day, ==, 3);
  assert_time (path->last_activity_at, "2026-03-02T20:00:00Z");
  g_assert_null (path->completed_at);

  /* Passing an earlier day's quiz again is activity, not a step back. */
  pathway_progress_complete_day (path, 1, day_two);
  g_assert_cmpint (path->days_completed, ==, 2);
  g_assert_cmpint (path->current_day, ==, 3);
}

/* The last day of a month completes the month; current_day stays on that last day. */
static void
test_complete_last_day (void)
{
  const int lengths[] = { 1, 28, 30, 31 };

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autoptr(PathwayLearningPath) path = new_path (lengths[i]);
      g_autoptr(GDateTime) before_last = at ("2026-03-27T20:00:00Z");
      g_autoptr(GDateTime) last = at ("2026-03-28T21:15:00Z");
      g_autoptr(GDateTime) again = at ("2026-04-03T10:00:00Z");

      for (int day = 1; day < lengths[i]; day++)
        pathway_progress_complete_day (path, day, before_last);
      g_assert_cmpint (path->status, ==, PATHWAY_PATH_ACTIVE);
      g_assert_cmpint (path->current_day, ==, lengths[i]);

      pathway_progress_complete_day (path, lengths[i], last);
      g_assert_cmpint (path->status, ==, PATHWAY_PATH_COMPLETED);
      g_assert_cmpint (path->days_completed, ==, lengths[i]);
      g_assert_cmpint (path->current_day, ==, lengths[i]);
      assert_time (path->completed_at, "2026-03-28T21:15:00Z");
      assert_time (path->last_activity_at, "2026-03-28T21:15:00Z");

      /* Reviewing the last day later keeps the month's completion time. */
      pathway_progress_complete_day (path, lengths[i], again);
      g_assert_cmpint (path->status, ==, PATHWAY_PATH_COMPLETED);
      assert_time (path->completed_at, "2026-03-28T21:15:00Z");
      assert_time (path->last_activity_at, "2026-04-03T10:00:00Z");

      /* Completed is not locked: starting it again changes nothing. */
      pathway_progress_start_path (path, again);
      g_assert_cmpint (path->status, ==, PATHWAY_PATH_COMPLETED);
      g_assert_cmpint (path->current_day, ==, lengths[i]);
    }
}

static void
test_complete_day_refused (void)
{
  g_autoptr(PathwayLearningPath) locked = pathway_learning_path_new ();
  g_autoptr(PathwayLearningPath) path = new_path (30);
  g_autoptr(GDateTime) now = at ("2026-03-05T20:00:00Z");

  locked->total_days = 30;
  g_test_expect_message ("pathway-progress", G_LOG_LEVEL_CRITICAL, "*PATHWAY_PATH_LOCKED*");
  pathway_progress_complete_day (locked, 1, now);
  g_test_assert_expected_messages ();
  g_assert_cmpint (locked->days_completed, ==, PATHWAY_UNSET);

  g_test_expect_message ("pathway-progress", G_LOG_LEVEL_CRITICAL, "*day_number*");
  pathway_progress_complete_day (path, 31, now);
  g_test_assert_expected_messages ();

  g_test_expect_message ("pathway-progress", G_LOG_LEVEL_CRITICAL, "*day_number*");
  pathway_progress_complete_day (path, 0, now);
  g_test_assert_expected_messages ();

  g_assert_cmpint (path->status, ==, PATHWAY_PATH_ACTIVE);
  g_assert_cmpint (path->current_day, ==, 1);
  g_assert_null (path->last_activity_at);
}

/* ───── streaks ───── */

static GDateTime *
local (GTimeZone *zone,
       int        year,
       int        month,
       int        day,
       int        hour,
       int        minute)
{
  GDateTime *datetime = g_date_time_new (zone, year, month, day, hour, minute, 0);

  g_assert_nonnull (datetime);
  return datetime;
}

/* days are "YYYY-MM-DD HH:MM" in zone. */
static int
streak (GTimeZone          *zone,
        const char * const *days,
        const char         *today)
{
  g_autoptr(GPtrArray) study_days = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GDateTime) today_local = NULL;
  int year, month, day, hour, minute;

  for (guint i = 0; days[i] != NULL; i++)
    {
      g_assert_cmpint (sscanf (days[i], "%d-%d-%d %d:%d", &year, &month, &day, &hour, &minute), ==, 5);
      g_ptr_array_add (study_days, local (zone, year, month, day, hour, minute));
    }

  g_assert_cmpint (sscanf (today, "%d-%d-%d %d:%d", &year, &month, &day, &hour, &minute), ==, 5);
  today_local = local (zone, year, month, day, hour, minute);

  return pathway_progress_streak ((GDateTime * const *) study_days->pdata, study_days->len, today_local);
}

static void
test_streak_basic (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 5, 10, 1, 0, 0);
  const char *none[] = { NULL };
  const char *today_only[] = { "2026-05-10 07:00", NULL };
  const char *yesterday_only[] = { "2026-05-09 22:00", NULL };
  const char *two_days_ago[] = { "2026-05-08 12:00", NULL };
  const char *week[] = { "2026-05-04 09:00", "2026-05-05 09:00", "2026-05-06 09:00", "2026-05-07 09:00",
                         "2026-05-08 09:00", "2026-05-09 09:00", "2026-05-10 09:00", NULL };
  const char *gap[] = { "2026-05-01 09:00", "2026-05-02 09:00", "2026-05-03 09:00",
                        "2026-05-06 09:00", "2026-05-07 09:00", "2026-05-09 09:00", "2026-05-10 09:00", NULL };
  const char *up_to_yesterday[] = { "2026-05-07 09:00", "2026-05-08 09:00", "2026-05-09 09:00", NULL };

  g_assert_cmpint (streak (utc, none, "2026-05-10 20:00"), ==, 0);
  g_assert_cmpint (pathway_progress_streak (NULL, 0, now), ==, 0);
  g_assert_cmpint (streak (utc, today_only, "2026-05-10 20:00"), ==, 1);
  /* Not broken yet: there is still today to study. */
  g_assert_cmpint (streak (utc, yesterday_only, "2026-05-10 23:59"), ==, 1);
  g_assert_cmpint (streak (utc, two_days_ago, "2026-05-10 00:00"), ==, 0);
  g_assert_cmpint (streak (utc, week, "2026-05-10 21:00"), ==, 7);
  g_assert_cmpint (streak (utc, week, "2026-05-11 21:00"), ==, 7);
  g_assert_cmpint (streak (utc, week, "2026-05-12 00:01"), ==, 0);
  g_assert_cmpint (streak (utc, gap, "2026-05-10 21:00"), ==, 2);
  g_assert_cmpint (streak (utc, up_to_yesterday, "2026-05-10 06:00"), ==, 3);
}

static void
test_streak_duplicates_and_order (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char *sessions[] = { "2026-05-10 21:00", "2026-05-08 07:00", "2026-05-10 06:00", "2026-05-09 12:00",
                             "2026-05-08 23:59", "2026-05-10 00:00", "2026-05-09 12:00", "2026-05-06 10:00",
                             NULL };
  const char *same_day[] = { "2026-05-10 08:00", "2026-05-10 12:00", "2026-05-10 18:00", NULL };
  /* A clock set wrong once must not hide the real streak. */
  const char *future[] = { "2026-05-09 08:00", "2026-05-10 08:00", "2026-06-30 08:00", NULL };

  g_assert_cmpint (streak (utc, sessions, "2026-05-10 22:00"), ==, 3);
  g_assert_cmpint (streak (utc, same_day, "2026-05-10 22:00"), ==, 1);
  g_assert_cmpint (streak (utc, future, "2026-05-10 22:00"), ==, 2);
}

static void
test_streak_calendar_boundaries (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char *across_month[] = { "2026-04-29 10:00", "2026-04-30 10:00", "2026-05-01 10:00", NULL };
  const char *across_year[] = { "2026-12-30 10:00", "2026-12-31 23:30", "2027-01-01 00:15", "2027-01-02 10:00",
                                NULL };
  const char *leap_year[] = { "2028-02-28 10:00", "2028-02-29 10:00", "2028-03-01 10:00", NULL };
  const char *common_year[] = { "2027-02-27 10:00", "2027-02-28 10:00", "2027-03-01 10:00", NULL };
  const char *february_gap[] = { "2028-02-27 10:00", "2028-02-28 10:00", "2028-03-01 10:00", NULL };

  g_assert_cmpint (streak (utc, across_month, "2026-05-01 20:00"), ==, 3);
  g_assert_cmpint (streak (utc, across_year, "2027-01-02 20:00"), ==, 4);
  g_assert_cmpint (streak (utc, across_year, "2027-01-03 20:00"), ==, 4);
  g_assert_cmpint (streak (utc, leap_year, "2028-03-01 20:00"), ==, 3);
  g_assert_cmpint (streak (utc, common_year, "2027-03-01 20:00"), ==, 3);
  /* 29 February 2028 exists, so skipping it breaks the streak. */
  g_assert_cmpint (streak (utc, february_gap, "2028-03-01 20:00"), ==, 1);
}

/* Days are calendar dates in local time, whatever their length in hours. */
static void
test_streak_daylight_saving (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier (BERLIN_RULES);
  g_autoptr(GTimeZone) honolulu = g_time_zone_new_offset (-10 * 3600);
  /* Clocks go forward on 29 March 2026: that day has 23 hours. */
  const char *spring[] = { "2026-03-28 23:30", "2026-03-29 00:30", "2026-03-29 23:30", "2026-03-30 00:10",
                           NULL };
  /* Clocks go back on 25 October 2026: that day has 25 hours. */
  const char *autumn[] = { "2026-10-24 00:05", "2026-10-25 00:05", "2026-10-25 23:55", "2026-10-26 23:55",
                           NULL };
  /* Late-evening sessions fall on the next day in UTC; only the local dates count. */
  const char *evenings[] = { "2026-05-08 20:00", "2026-05-09 21:00", "2026-05-10 22:00", NULL };
  /* Morning and evening of one local date are two dates in UTC; they count once. */
  const char *morning_and_evening[] = { "2026-05-09 08:00", "2026-05-09 20:00", NULL };

  g_autoptr(GDateTime) winter = NULL;
  g_autoptr(GDateTime) summer = NULL;

  /* The zone really changes: without its rules these would be plain 24-hour days. */
  g_assert_nonnull (berlin);
  winter = local (berlin, 2026, 3, 29, 0, 30);
  summer = local (berlin, 2026, 3, 29, 23, 30);
  g_assert_cmpint (g_date_time_get_utc_offset (winter), ==, G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_utc_offset (summer), ==, 2 * G_TIME_SPAN_HOUR);

  g_assert_cmpint (streak (berlin, spring, "2026-03-30 23:59"), ==, 3);
  g_assert_cmpint (streak (berlin, spring, "2026-03-31 00:00"), ==, 3);
  g_assert_cmpint (streak (berlin, spring, "2026-04-01 00:00"), ==, 0);
  g_assert_cmpint (streak (berlin, autumn, "2026-10-26 23:59"), ==, 3);
  g_assert_cmpint (streak (berlin, autumn, "2026-10-27 01:00"), ==, 3);
  g_assert_cmpint (streak (honolulu, evenings, "2026-05-10 23:00"), ==, 3);
  g_assert_cmpint (streak (honolulu, evenings, "2026-05-11 23:00"), ==, 3);
  g_assert_cmpint (streak (honolulu, morning_and_evening, "2026-05-09 21:00"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/progress/day/open", test_open_day);
  g_test_add_func ("/core/progress/day/open-keeps-finished", test_open_day_keeps_finished);
  g_test_add_func ("/core/progress/day/add-time", test_add_time);
  g_test_add_func ("/core/progress/day/mark-viewed", test_mark_viewed);
  g_test_add_func ("/core/progress/attempt/pass", test_attempt_pass);
  g_test_add_func ("/core/progress/attempt/fail-then-retry", test_attempt_fail_then_retry);
  g_test_add_func ("/core/progress/attempt/fail-after-pass", test_attempt_fail_after_pass);
  g_test_add_func ("/core/progress/attempt/required-score", test_attempt_required_score);
  g_test_add_func ("/core/progress/attempt/locked", test_attempt_refused_on_locked);
  g_test_add_func ("/core/progress/attempt/bad-score", test_attempt_refuses_bad_score);
  g_test_add_func ("/core/progress/attempt/next-number", test_next_attempt_number);
  g_test_add_func ("/core/progress/path/start", test_start_path);
  g_test_add_func ("/core/progress/path/complete-in-order", test_complete_days_in_order);
  g_test_add_func ("/core/progress/path/complete-last-day", test_complete_last_day);
  g_test_add_func ("/core/progress/path/complete-refused", test_complete_day_refused);
  g_test_add_func ("/core/progress/streak/basic", test_streak_basic);
  g_test_add_func ("/core/progress/streak/duplicates-and-order", test_streak_duplicates_and_order);
  g_test_add_func ("/core/progress/streak/calendar-boundaries", test_streak_calendar_boundaries);
  g_test_add_func ("/core/progress/streak/daylight-saving", test_streak_daylight_saving);

  return g_test_run ();
}
