/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-schedule-day.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_SCHEDULE_DAY_ROW (pathway_schedule_day_row_get_type ())
G_DECLARE_FINAL_TYPE (PathwayScheduleDayRow, pathway_schedule_day_row, PATHWAY, SCHEDULE_DAY_ROW, GtkWidget)

/* One study day of a video schedule: its date and time, then its videos, each with a watched
 * check (videos.toggle-watched) and a button that opens it in the browser (videos.open). */
GtkWidget *pathway_schedule_day_row_new  (void);
void       pathway_schedule_day_row_bind (PathwayScheduleDayRow *self,
                                          PathwayScheduleDay    *day,
                                          const GDate           *today);

G_END_DECLS
