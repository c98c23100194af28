/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-records.h"

G_BEGIN_DECLS

/* The rules of daily study, as changes to the records; the store saves what they change. A field
 * that is PATHWAY_UNSET counts as its column's default (a locked day or path, no attempts yet). */

void     pathway_progress_open_day            (PathwayDayProgress  *day,
                                               GDateTime           *now);
void     pathway_progress_add_time            (PathwayDayProgress  *day,
                                               int                  seconds);
void     pathway_progress_mark_viewed         (PathwayDayProgress  *day);
gboolean pathway_progress_record_attempt      (PathwayDayProgress  *day,
                                               int                  score,
                                               int                  required_score,
                                               GDateTime           *now);
int      pathway_progress_next_attempt_number (int                  previous_attempts);

void     pathway_progress_start_path          (PathwayLearningPath *path,
                                               GDateTime           *now);
void     pathway_progress_complete_day        (PathwayLearningPath *path,
                                               int                  day_number,
                                               GDateTime           *now);

int      pathway_progress_streak              (GDateTime * const   *study_days,
                                               guint                n,
                                               GDateTime           *today_local);

G_END_DECLS
