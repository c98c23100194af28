/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pathway-video.h"

G_BEGIN_DECLS

#define PATHWAY_SCHEDULE_MIN_DAILY_MINUTES 1
#define PATHWAY_SCHEDULE_MAX_DAILY_MINUTES 1440
#define PATHWAY_SCHEDULE_MIN_SPEED         1.0
#define PATHWAY_SCHEDULE_MAX_SPEED         2.0
#define PATHWAY_SCHEDULE_ALL_WEEKDAYS      0x7f

typedef struct {
  int          daily_minutes;   /* 1..1440 */
  double       speed;           /* 1.0..2.0: watch time = duration / speed */
  guint8       weekdays;        /* bit 0 Monday … bit 6 Sunday; at least one */
  const GDate *start;           /* the first day that may hold videos */
} PathwayScheduleRequest;

/* Turns a playlist into study days. Pure and deterministic: the same videos and request give the
 * same schedule, member for member.
 *
 * Watch time. A video takes ⌈duration / speed⌉ seconds (pathway_schedule_watch_seconds()); a
 * day's watch time is the sum over its videos.
 *
 * Rules.
 *  1. Only schedulable videos (pathway_video_is_schedulable()) are placed, each exactly once, in
 *     playlist order; private, deleted, live, upcoming and unknown-length ones are left out.
 *  2. Videos stay whole: none is split across days.
 *  3. A day takes videos while the next one still fits in daily_minutes × 60 seconds, so no day
 *     could have taken the first video of the next (this gives the fewest days order allows).
 *     A video longer than the budget alone has a day to itself.
 *  4. Days fall only on the chosen weekdays: the first on the first chosen weekday on or after
 *     start, each next one on the next chosen weekday, none skipped.
 *  5. Days are numbered 1..n, and none is empty.
 *
 * The result is the youtube_schedules.schedule array, the seed's shape with what Pathway adds:
 *   [ { "day": 1, "date": "2026-11-23", "watch_seconds": 1740,
 *       "videos": [ { "videoId", "title", "thumbnail": URL or null, "duration": "PT15M",
 *                     "seconds": 900 (the length), "watch_seconds": 600 (at the speed) }, … ] }, … ]
 *
 * Errors are PATHWAY_CORE_ERROR_INVALID_REQUEST: a request outside the limits above, or a
 * playlist with nothing to schedule (the message counts what was left out and why). */
JsonNode  *pathway_schedule_build         (GPtrArray                     *videos,
                                           const PathwayScheduleRequest  *request,
                                           GError                       **error);

/* “Re-plan From Today”, after missed days or a changed playlist; request->start is today.
 *  - Days dated before start keep only their watched videos, as they were; days left empty go.
 *  - Videos already watched from days on or after start open the first new day, in schedule
 *    order, and count toward it, so that what was watched today is still today's.
 *  - Then every schedulable video of videos not yet watched follows in playlist order, under the
 *    rules of pathway_schedule_build() from start on. A watched video is never planned again.
 *  - Days are numbered again 1..n, the new ones running on from the kept ones.
 * watched is a set of video ids (NULL for none). An unwatched video no longer in videos leaves
 * the schedule. Errors: INVALID_REQUEST as for building; INVALID_DATA for a schedule without the
 * shape above (day numbers, dates and video ids are required). */
JsonNode  *pathway_schedule_replan        (JsonNode                      *schedule,
                                           GHashTable                    *watched_video_ids,
                                           const PathwayScheduleRequest  *request_from_today,
                                           GPtrArray                     *videos,
                                           GError                       **error);

gint64     pathway_schedule_watch_seconds (gint64                         duration,
                                           double                         speed);

/* Readers for stored schedules, including the seed's shape (no "seconds" or "watch_seconds",
 * which then come from "duration" at normal speed). What cannot be read counts as nothing. */
gint64     pathway_schedule_total_seconds (JsonNode                      *schedule);
gint64     pathway_schedule_day_seconds   (JsonObject                    *day);
gint64     pathway_schedule_video_length  (JsonObject                    *video);
gboolean   pathway_schedule_parse_date    (const char                    *text,
                                           GDate                         *date);

/* Strict readers, for what cannot be done with a broken schedule: PATHWAY_CORE_ERROR_INVALID_DATA
 * when it is not a list of days, or day index lacks a number, a date or its videos' ids. */
JsonArray *pathway_schedule_get_days      (JsonNode                      *schedule,
                                           GError                       **error);
gboolean   pathway_schedule_read_day      (JsonArray                     *days,
                                           guint                          index,
                                           int                           *number,
                                           GDate                         *date,
                                           const char                   **date_text,
                                           JsonArray                    **videos,
                                           GError                       **error);

/* How far the student is behind on a date: behind − ahead, where behind counts the scheduled
 * dates before today that still have an unwatched video, and ahead the dates after today whose
 * videos are all watched. Today's own day counts neither way. 0 is on track; negative is ahead. */
int        pathway_schedule_days_behind   (JsonNode                      *schedule,
                                           GHashTable                    *watched,
                                           const GDate                   *today);

G_END_DECLS
