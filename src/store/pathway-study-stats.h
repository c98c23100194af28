/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"

G_BEGIN_DECLS

/* Figures for the student's Today and Progress views, from study_days and quiz_submissions. */

typedef struct {
  int streak_days;     /* consecutive days with study, ending today or yesterday */
  int seconds_today;
  int study_days;      /* days with any study */
  int days_completed;  /* days of the current plan passed */
  int quizzes_taken;
  int quizzes_passed;
} PathwayStudySummary;

gboolean    pathway_study_stats_summarize         (PathwayDb            *db,
                                                   gint64                user_id,
                                                   GDateTime            *now_local,
                                                   PathwayStudySummary  *summary,
                                                   GError              **error);
GHashTable *pathway_study_stats_minutes_by_day    (PathwayDb            *db,
                                                   gint64                user_id,
                                                   const GDate          *since,
                                                   GError              **error);
GArray     *pathway_study_stats_recent_scores     (PathwayDb            *db,
                                                   gint64                user_id,
                                                   guint                 limit,
                                                   GError              **error);
char       *pathway_study_stats_format_date       (GDateTime            *local);

G_END_DECLS
