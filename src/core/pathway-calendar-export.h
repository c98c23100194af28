/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct {
  gint64       schedule_id;
  const char  *playlist_title;
  const char  *start_time;      /* "HH:MM" local time, or NULL for all-day events */
  int          sequence;        /* bumped by the caller each time the schedule changes */
  GTimeZone   *time_zone;       /* the student's local zone, used to turn start_time into UTC; NULL for the local one */
} PathwayCalendarRequest;

/* A video schedule (pathway_schedule_build()) as an iCalendar file (RFC 5545) that any calendar
 * imports, written by libical: CRLF line endings, lines folded at 75 octets, TEXT escaped.
 *
 * One VEVENT per study day. Its UID is pathway-schedule-ID-day-N@pathway-desktop.github.io, the
 * same in every export, so importing again updates the events instead of adding copies; SEQUENCE
 * is request->sequence and DTSTAMP is now, in UTC. With a start time, DTSTART is that local time
 * on the day's date turned into UTC (20261123T170000Z: a time a clock change skips moves forward
 * with the clock, 02:30 to 03:30; one that happens twice is taken in standard time) and DURATION
 * the day's watch time rounded up to whole minutes, at least one; without a start time the event
 * takes the whole day: DTSTART;VALUE=DATE and DTEND the next date. SUMMARY is “Watch: TITLE (day N)”; DESCRIPTION lists each video's title, length and
 * https://www.youtube.com/watch?v=ID. Control characters in titles become spaces.
 *
 * Errors: PATHWAY_CORE_ERROR_INVALID_REQUEST for a start time that is not HH:MM or a schedule
 * without days; _INVALID_DATA for a schedule without the shape it should have. */
char *pathway_calendar_export (JsonNode                     *schedule,
                               const PathwayCalendarRequest *request,
                               GDateTime                    *now,
                               GError                      **error);

G_END_DECLS
