/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-study-stats"

#include "config.h"

#include <stdio.h>

#include "pathway-progress.h"
#include "pathway-study-stats.h"

/* The key of study_days: the person's local calendar date. */
char *
pathway_study_stats_format_date (GDateTime *local)
{
  g_return_val_if_fail (local != NULL, NULL);

  return g_date_time_format (local, "%Y-%m-%d");
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  int year, month, day;

  if (text == NULL || sscanf (text, "%d-%d-%d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static int
query_int (PathwayDb   *db,
           const char  *sql,
           gint64       user_id,
           const char  *text,
           GError     **error)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, error);

  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, user_id);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      pathway_db_set_error (db, error, NULL);
      return -1;
    }

  return sqlite3_column_int (stmt, 0);
}

static int
count_streak (PathwayDb  *db,
              gint64      user_id,
              GDateTime  *now_local,
              GError    **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  int rc;

  /* A streak can be no longer than the days studied, newest first: a year back is plenty to look. */
  stmt = pathway_db_prepare (db,
                             "SELECT study_date FROM study_days WHERE user_id = ?1 AND seconds > 0 "
                             "ORDER BY study_date DESC LIMIT 400",
                             error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, user_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate date;

      if (parse_date ((const char *) sqlite3_column_text (stmt, 0), &date))
        g_ptr_array_add (days, g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                      g_date_get_day (&date), 12, 0, 0));
    }

  if (rc != SQLITE_DONE)
    {
      pathway_db_set_error (db, error, NULL);
      return -1;
    }

  return pathway_progress_streak ((GDateTime * const *) days->pdata, days->len, now_local);
}

gboolean
pathway_study_stats_summarize (PathwayDb            *db,
                               gint64                user_id,
                               GDateTime            *now_local,
                               PathwayStudySummary  *summary,
                               GError              **error)
{
  g_autofree char *today = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (now_local != NULL, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  today = pathway_study_stats_format_date (now_local);
  if ((summary->streak_days = count_streak (db, user_id, now_local, error)) < 0 ||
      (summary->seconds_today = query_int (db, "SELECT coalesce(sum(seconds), 0) FROM study_days "
                                               "WHERE user_id = ?1 AND study_date = ?2",
                                           user_id, today, error)) < 0 ||
      (summary->study_days = query_int (db, "SELECT count(*) FROM study_days WHERE user_id = ?1 AND seconds > 0",
                                        user_id, NULL, error)) < 0 ||
      (summary->days_completed = query_int (db, "SELECT count(*) FROM day_progress AS d JOIN users AS u "
                                                "ON u.id = d.user_id AND u.current_plan_id = d.plan_id "
                                                "WHERE d.user_id = ?1 AND d.status = 'completed'",
                                            user_id, NULL, error)) < 0 ||
      (summary->quizzes_taken = query_int (db, "SELECT count(*) FROM quiz_submissions WHERE user_id = ?1",
                                           user_id, NULL, error)) < 0 ||
      (summary->quizzes_passed = query_int (db, "SELECT count(*) FROM quiz_submissions "
                                                "WHERE user_id = ?1 AND passed = 1",
                                            user_id, NULL, error)) < 0)
    return FALSE;

  return TRUE;
}

/* Minutes studied per day since a date, keyed by GDate Julian day number (GUINT_TO_POINTER). */
GHashTable *
pathway_study_stats_minutes_by_day (PathwayDb    *db,
                                    gint64        user_id,
                                    const GDate  *since,
                                    GError      **error)
{
  g_autoptr(GHashTable) minutes = g_hash_table_new (NULL, NULL);
  g_autoptr(PathwayStmt) stmt = NULL;
  char since_text[16];
  int rc;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (since != NULL && g_date_valid (since), NULL);

  g_snprintf (since_text, sizeof since_text, "%04d-%02d-%02d",
              g_date_get_year (since), g_date_get_month (since), g_date_get_day (since));

  stmt = pathway_db_prepare (db, "SELECT study_date, seconds FROM study_days "
                                 "WHERE user_id = ?1 AND study_date >= ?2 AND seconds > 0", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, user_id);
  sqlite3_bind_text (stmt, 2, since_text, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate date;

      if (parse_date ((const char *) sqlite3_column_text (stmt, 0), &date))
        g_hash_table_insert (minutes, GUINT_TO_POINTER (g_date_get_julian (&date)),
                             GINT_TO_POINTER (MAX (1, sqlite3_column_int (stmt, 1) / 60)));
    }

  if (rc != SQLITE_DONE)
    {
      pathway_db_set_error (db, error, NULL);
      return NULL;
    }

  return g_steal_pointer (&minutes);
}

/* The scores of the latest quiz attempts, oldest first. */
GArray *
pathway_study_stats_recent_scores (PathwayDb  *db,
                                   gint64      user_id,
                                   guint       limit,
                                   GError    **error)
{
  g_autoptr(GArray) scores = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(PathwayStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  stmt = pathway_db_prepare (db,
                             "SELECT score FROM (SELECT score, created_at, id FROM quiz_submissions "
                             "                   WHERE user_id = ?1 ORDER BY created_at DESC, id DESC LIMIT ?2) "
                             "ORDER BY created_at, id",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, user_id);
  sqlite3_bind_int (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int score = sqlite3_column_int (stmt, 0);

      g_array_append_val (scores, score);
    }

  if (rc != SQLITE_DONE)
    {
      pathway_db_set_error (db, error, NULL);
      return NULL;
    }

  return g_steal_pointer (&scores);
}
