/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"
#include "pathway-video.h"

G_BEGIN_DECLS

/* Video study schedules: a playlist, the settings it was planned with, its videos as last fetched,
 * and which of them the student has watched. Each change is one transaction. */

typedef struct {
  int         daily_minutes;
  double      speed;
  guint8      weekdays;     /* bit 0 Monday … bit 6 Sunday */
  GDate       start;
  const char *start_time;   /* "HH:MM", or NULL */
} PathwayScheduleSettings;

gint64     pathway_schedules_create       (PathwayDb                     *db,
                                           gint64                         user_id,
                                           const PathwayPlaylist         *playlist,
                                           PathwayScheduleSource          source,
                                           const PathwayScheduleSettings *settings,
                                           GError                       **error);
gboolean   pathway_schedules_resync       (PathwayDb                     *db,
                                           gint64                         schedule_id,
                                           const PathwayPlaylist         *playlist,
                                           const GDate                   *today,
                                           guint                         *n_changed,
                                           GError                       **error);
gboolean   pathway_schedules_replan       (PathwayDb                     *db,
                                           gint64                         schedule_id,
                                           const GDate                   *today,
                                           GError                       **error);
gboolean   pathway_schedules_set_watched  (PathwayDb                     *db,
                                           gint64                         schedule_id,
                                           const char                    *video_id,
                                           gboolean                       watched,
                                           GError                       **error);
GHashTable *pathway_schedules_get_watched (PathwayDb                     *db,
                                           gint64                         schedule_id,
                                           GError                       **error);
GPtrArray  *pathway_schedules_list        (PathwayDb                     *db,
                                           gint64                         user_id,
                                           GError                       **error);
PathwayScheduleOptions *pathway_schedules_get_options (PathwayDb         *db,
                                           gint64                         schedule_id,
                                           GError                       **error);
GPtrArray  *pathway_schedules_get_videos  (PathwayDb                     *db,
                                           gint64                         schedule_id,
                                           GError                       **error);
char       *pathway_schedules_export_ics  (PathwayDb                     *db,
                                           gint64                         schedule_id,
                                           GDateTime                     *now,
                                           GError                       **error);

G_END_DECLS
