/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-calendar-export"

#include "config.h"

#include "pathway-calendar-export.h"

#include <string.h>
#include <glib/gi18n.h>
#include <libical/ical.h>

#include "pathway-core-error.h"
#include "pathway-duration.h"
#include "pathway-schedule.h"

typedef struct {
  const PathwayCalendarRequest *request;
  const char                   *title;    /* the playlist's, cleaned */
  GTimeZone                    *zone;
  gboolean                      timed;
  int                           hour;
  int                           minute;
  struct icaltimetype           stamp;
} Export;

/* Exactly HH:MM, as youtube_schedules.start_time holds it. */
static gboolean
parse_start_time (const char *text,
                  int        *hour,
                  int        *minute)
{
  if (strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  *hour = (text[0] - '0') * 10 + (text[1] - '0');
  *minute = (text[3] - '0') * 10 + (text[4] - '0');
  return *hour < 24 && *minute < 60;
}

/* Titles come from outside: RFC 5545 TEXT may hold no control characters but tabs, and line
 * breaks are the only ones Pathway keeps, as libical escapes them. */
static char *
clean_text (const char *text)
{
  char *clean = g_utf8_make_valid (text, -1);

  for (char *p = clean; *p != '\0'; p++)
    if (((guchar) *p < ' ' && *p != '\n' && *p != '\t') || *p == 0x7f)
      *p = ' ';

  return clean;
}

static struct icaltimetype
utc_time (gint64 unix_time)
{
  return icaltime_from_timet_with_zone ((time_t) unix_time, 0, icaltimezone_get_utc_timezone ());
}

static struct icaltimetype
date_value (const GDate *date)
{
  struct icaltimetype value = icaltime_null_date ();

  value.year = g_date_get_year (date);
  value.month = g_date_get_month (date);
  value.day = g_date_get_day (date);
  return value;
}

static char *
describe_videos (JsonArray *videos)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (videos); i++)
    {
      JsonObject *video = json_array_get_object_element (videos, i);
      const char *id = json_object_get_string_member (video, "videoId");
      JsonNode *title_node = json_object_get_member (video, "title");
      g_autofree char *title = NULL;
      g_autofree char *escaped_id = g_uri_escape_string (id, NULL, FALSE);
      gint64 length = pathway_schedule_video_length (video);

      if (title_node != NULL && JSON_NODE_HOLDS_VALUE (title_node) &&
          json_node_get_value_type (title_node) == G_TYPE_STRING)
        title = clean_text (json_node_get_string (title_node));
      else
        title = g_strdup (id);

      if (i > 0)
        g_string_append (text, "\n\n");

      if (length >= 0)
        {
          g_autofree char *described = pathway_duration_describe (length);

          /* Translators: a video's title and its length, as in “Python Tutorial 1: Setup (15 min)” */
          g_string_append_printf (text, _("%s (%s)"), title, described);
        }
      else
        {
          g_string_append (text, title);
        }

      g_string_append_printf (text, "\nhttps://www.youtube.com/watch?v=%s", escaped_id);
    }

  return g_string_free (text, FALSE);
}

/* The session's start on date, in seconds since the epoch. */
static gboolean
session_start (const Export *export,
               const GDate  *date,
               gint64       *unix_time)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) naive = NULL;
  g_autoptr(GDateTime) before = NULL;

  local = g_date_time_new (export->zone, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                           export->hour, export->minute, 0);
  if (local == NULL)
    return FALSE;

  if (g_date_time_get_hour (local) == export->hour && g_date_time_get_minute (local) == export->minute)
    {
      *unix_time = g_date_time_to_unix (local);
      return TRUE;
    }

  /* The clock skipped this time, and GLib gives the moment it changed. Calendars keep the offset
   * of before the change instead, so that 02:30 becomes 03:30 when 02:00 becomes 03:00. */
  naive = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                               export->hour, export->minute, 0);
  before = g_date_time_add_seconds (local, -1);
  *unix_time = g_date_time_to_unix (naive) - g_date_time_get_utc_offset (before) / G_TIME_SPAN_SECOND;
  return TRUE;
}

/* When the event happens: the session in UTC for its watch time, or the whole day. */
static gboolean
add_times (icalcomponent  *event,
           const Export   *export,
           const GDate    *date,
           JsonObject     *day,
           GError        **error)
{
  gint64 start, minutes;
  GDate next;

  if (!export->timed)
    {
      next = *date;
      g_date_add_days (&next, 1);
      icalcomponent_add_property (event, icalproperty_new_dtstart (date_value (date)));
      icalcomponent_add_property (event, icalproperty_new_dtend (date_value (&next)));
      return TRUE;
    }

  if (!session_start (export, date, &start))
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                           _("A date of the schedule is out of the range calendars can hold."));
      return FALSE;
    }

  minutes = (pathway_schedule_day_seconds (day) + 59) / 60;
  minutes = CLAMP (minutes, 1, G_MAXINT / 60);
  icalcomponent_add_property (event, icalproperty_new_dtstart (utc_time (start)));
  icalcomponent_add_property (event, icalproperty_new_duration (icaldurationtype_from_int ((int) minutes * 60)));
  return TRUE;
}

static icalcomponent *
make_event (const Export  *export,
            JsonArray     *days,
            guint          index,
            GError       **error)
{
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  icalcomponent *event;
  JsonArray *videos;
  const char *date_text;
  GDate date;
  int number;

  if (!pathway_schedule_read_day (days, index, &number, &date, &date_text, &videos, error))
    return NULL;

  uid = g_strdup_printf ("pathway-schedule-%" G_GINT64_FORMAT "-day-%d@pathway-desktop.github.io",
                         export->request->schedule_id, number);
  /* Translators: a calendar event's title, as in “Watch: Python for Beginners (day 3)” */
  summary = g_strdup_printf (_("Watch: %s (day %d)"), export->title, number);
  description = describe_videos (videos);

  event = icalcomponent_new_vevent ();
  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_sequence (export->request->sequence));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (export->stamp));
  if (!add_times (event, export, &date, json_array_get_object_element (days, index), error))
    {
      icalcomponent_free (event);
      return NULL;
    }
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  icalcomponent_add_property (event, icalproperty_new_description (description));
  return event;
}

static char *
write_calendar (icalcomponent *calendar)
{
  char *text = icalcomponent_as_ical_string_r (calendar);
  char *copy = g_strdup (text);

  icalmemory_free_buffer (text);
  return copy;
}

char *
pathway_calendar_export (JsonNode                     *schedule,
                         const PathwayCalendarRequest *request,
                         GDateTime                    *now,
                         GError                      **error)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autofree char *title = NULL;
  g_autofree char *prodid = NULL;
  icalcomponent *calendar;
  JsonArray *days;
  Export export = { 0 };
  char *text;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (request != NULL && request->playlist_title != NULL, NULL);
  g_return_val_if_fail (request->sequence >= 0, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  export.request = request;
  export.title = title = clean_text (request->playlist_title);
  export.zone = request->time_zone;
  if (request->start_time != NULL)
    {
      export.timed = TRUE;
      if (!parse_start_time (request->start_time, &export.hour, &export.minute))
        {
          g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                       _("The start time “%s” is not a time such as 18:30."), request->start_time);
          return NULL;
        }
    }

  if (export.zone == NULL)
    export.zone = local = g_time_zone_new_local ();

  days = pathway_schedule_get_days (schedule, error);
  if (days == NULL)
    return NULL;

  /* A calendar file must hold at least one event. */
  if (json_array_get_length (days) == 0)
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                           _("This schedule has no study days to export."));
      return NULL;
    }

  export.stamp = utc_time (g_date_time_to_unix (now));
  prodid = g_strdup_printf ("-//Pathway//Pathway %s//EN", PACKAGE_VERSION);
  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid (prodid));

  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      icalcomponent *event = make_event (&export, days, i, error);

      if (event == NULL)
        {
          icalcomponent_free (calendar);
          return NULL;
        }
      icalcomponent_add_component (calendar, event);
    }

  text = write_calendar (calendar);
  icalcomponent_free (calendar);
  return text;
}
