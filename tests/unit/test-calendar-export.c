/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <libical/ical.h>

#include "pathway-calendar-export.h"
#include "pathway-core-error.h"
#include "pathway-schedule.h"

#define SCHEDULE_ID 42

/* Three study days; the second has a video without a known length, in the seed's shape. */
static const char *three_days =
  "[{\"day\": 1, \"date\": \"2026-11-23\", \"watch_seconds\": 1741, \"videos\": ["
  "   {\"videoId\": \"YYXdXT2l-Gg\", \"title\": \"Install and Setup\", \"thumbnail\": null, \"duration\": \"PT16M52S\", \"seconds\": 1012, \"watch_seconds\": 1012},"
  "   {\"videoId\": \"k9TUPpGqYTo\", \"title\": \"Strings\", \"thumbnail\": null, \"duration\": \"PT12M9S\", \"seconds\": 729, \"watch_seconds\": 729}]},"
  " {\"day\": 2, \"date\": \"2026-11-24\", \"videos\": ["
  "   {\"videoId\": \"khKv-8q7YmY\", \"title\": \"Numbers\", \"thumbnail\": null, \"duration\": \"PT25M30S\"},"
  "   {\"videoId\": \"odd&id\"}]},"
  " {\"day\": 3, \"date\": \"2026-11-26\", \"watch_seconds\": 3600, \"videos\": ["
  "   {\"videoId\": \"DZwmZ8Usvnk\", \"title\": \"Loops\", \"thumbnail\": \"https://i.ytimg.com/x.jpg\", \"duration\": \"PT1H\", \"seconds\": 3600, \"watch_seconds\": 3600}]}]";

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  return node;
}

static GDateTime *
make_now (void)
{
  return g_date_time_new_utc (2026, 11, 21, 14, 3, 7);
}

static char *
export_node (JsonNode    *schedule,
             const char  *title,
             const char  *start_time,
             int          sequence,
             const char  *zone_name,
             GDateTime   *now)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_name);
  g_autoptr(GError) error = NULL;
  PathwayCalendarRequest request = { SCHEDULE_ID, title, start_time, sequence, zone };
  char *text;

  g_assert_nonnull (zone);
  text = pathway_calendar_export (schedule, &request, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static char *
export (const char  *schedule_json,
        const char  *title,
        const char  *start_time,
        int          sequence,
        const char  *zone_name,
        GDateTime   *now)
{
  g_autoptr(JsonNode) schedule = parse_json (schedule_json);

  return export_node (schedule, title, start_time, sequence, zone_name, now);
}

/* Parses with libical and checks the calendar's own properties; returns its events. */
static icalcomponent *
parse_calendar (const char *text,
                GPtrArray  *events)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_properties (calendar, ICAL_ANY_PROPERTY), ==, 2);
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)),
                   ==, "2.0");
  g_assert_cmpstr (icalproperty_get_prodid (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY)),
                   ==, "-//Pathway//Pathway " PACKAGE_VERSION "//EN");

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (events, event);

  return calendar;
}

static void
assert_utc (struct icaltimetype  time,
            const char          *expected)
{
  char *text = icaltime_as_ical_string_r (time);

  g_assert_true (icaltime_is_utc (time));
  g_assert_false (time.is_date);
  g_assert_cmpstr (text, ==, expected);
  icalmemory_free_buffer (text);
}

static void
assert_common (icalcomponent *event,
               int            day,
               int            sequence,
               const char    *summary)
{
  g_autofree char *uid = g_strdup_printf ("pathway-schedule-42-day-%d@pathway-desktop.github.io", day);

  g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
  g_assert_cmpint (icalcomponent_get_sequence (event), ==, sequence);
  assert_utc (icalcomponent_get_dtstamp (event), "20261121T140307Z");
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, summary);
}

static void
test_timed (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autofree char *text = export (three_days, "Python Programming", "18:00", 0, "Europe/Madrid", now);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  icalcomponent *calendar = parse_calendar (text, events);
  static const char *starts[] = { "20261123T170000Z", "20261124T170000Z", "20261126T170000Z" };
  /* 1741 s rounds up to 30 min; day 2 has no total and counts its known lengths. */
  static const int minutes[] = { 30, 26, 60 };

  g_assert_cmpuint (events->len, ==, 3);
  for (guint i = 0; i < events->len; i++)
    {
      icalcomponent *event = g_ptr_array_index (events, i);
      g_autofree char *summary = g_strdup_printf ("Watch: Python Programming (day %u)", i + 1);

      assert_common (event, i + 1, 0, summary);
      assert_utc (icalcomponent_get_dtstart (event), starts[i]);
      g_assert_cmpint (icaldurationtype_as_int (icalcomponent_get_duration (event)), ==, minutes[i] * 60);
      g_assert_null (icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY));
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY));
    }

  g_assert_cmpstr (icalcomponent_get_description (g_ptr_array_index (events, 0)), ==,
                   "Install and Setup (17 min)\nhttps://www.youtube.com/watch?v=YYXdXT2l-Gg\n\n"
                   "Strings (12 min)\nhttps://www.youtube.com/watch?v=k9TUPpGqYTo");
  g_assert_cmpstr (icalcomponent_get_description (g_ptr_array_index (events, 1)), ==,
                   "Numbers (26 min)\nhttps://www.youtube.com/watch?v=khKv-8q7YmY\n\n"
                   "odd&id\nhttps://www.youtube.com/watch?v=odd%26id");
  g_assert_cmpstr (icalcomponent_get_description (g_ptr_array_index (events, 2)), ==,
                   "Loops (1 h)\nhttps://www.youtube.com/watch?v=DZwmZ8Usvnk");

  /* libical writes the times as given, in UTC. */
  g_assert_nonnull (strstr (text, "\r\nDTSTART:20261123T170000Z\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDURATION:PT30M\r\n"));
  icalcomponent_free (calendar);
}

static void
test_all_day (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autofree char *text = export (three_days, "Python Programming", NULL, 5, "Europe/Madrid", now);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  icalcomponent *calendar = parse_calendar (text, events);
  static const char *dates[][2] = {
    { "20261123", "20261124" }, { "20261124", "20261125" }, { "20261126", "20261127" },
  };

  g_assert_cmpuint (events->len, ==, 3);
  for (guint i = 0; i < events->len; i++)
    {
      icalcomponent *event = g_ptr_array_index (events, i);
      g_autofree char *summary = g_strdup_printf ("Watch: Python Programming (day %u)", i + 1);
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      struct icaltimetype end = icalcomponent_get_dtend (event);
      char *start_text = icaltime_as_ical_string_r (start);
      char *end_text = icaltime_as_ical_string_r (end);

      assert_common (event, i + 1, 5, summary);
      g_assert_true (start.is_date);
      g_assert_true (end.is_date);
      g_assert_cmpstr (start_text, ==, dates[i][0]);
      g_assert_cmpstr (end_text, ==, dates[i][1]);
      g_assert_null (icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY));
      icalmemory_free_buffer (start_text);
      icalmemory_free_buffer (end_text);
    }

  g_assert_nonnull (strstr (text, "\r\nDTSTART;VALUE=DATE:20261123\r\nDTEND;VALUE=DATE:20261124\r\n"));
  icalcomponent_free (calendar);
}

/* The same days export to the same UIDs, so that calendars update them instead of adding more. */
static void
test_stable_uids (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 3);
  g_autofree char *first = export (three_days, "Python", "07:15", 1, "Europe/Madrid", now);
  g_autofree char *second = export (three_days, "Python", "07:15", 2, "Europe/Madrid", later);
  g_autoptr(GPtrArray) first_events = g_ptr_array_new ();
  g_autoptr(GPtrArray) second_events = g_ptr_array_new ();
  icalcomponent *first_calendar = parse_calendar (first, first_events);
  icalcomponent *second_calendar = parse_calendar (second, second_events);

  g_assert_cmpuint (first_events->len, ==, second_events->len);
  for (guint i = 0; i < first_events->len; i++)
    {
      icalcomponent *a = g_ptr_array_index (first_events, i);
      icalcomponent *b = g_ptr_array_index (second_events, i);

      g_assert_cmpstr (icalcomponent_get_uid (a), ==, icalcomponent_get_uid (b));
      g_assert_cmpint (icalcomponent_get_sequence (a), ==, 1);
      g_assert_cmpint (icalcomponent_get_sequence (b), ==, 2);
      g_assert_cmpint (icaltime_compare (icalcomponent_get_dtstart (a), icalcomponent_get_dtstart (b)), ==, 0);
      g_assert_cmpint (icaltime_compare (icalcomponent_get_dtstamp (a), icalcomponent_get_dtstamp (b)), <, 0);
    }

  icalcomponent_free (first_calendar);
  icalcomponent_free (second_calendar);
}

/* Europe/Madrid moves from UTC+1 to UTC+2 on 29 March 2026 and back on 25 October. */
static void
test_daylight_saving (void)
{
  const char *schedule =
    "[{\"day\": 1, \"date\": \"2026-03-28\", \"videos\": [{\"videoId\": \"a\", \"seconds\": 60}]},"
    " {\"day\": 2, \"date\": \"2026-03-29\", \"videos\": [{\"videoId\": \"b\", \"seconds\": 60}]},"
    " {\"day\": 3, \"date\": \"2026-10-24\", \"videos\": [{\"videoId\": \"c\", \"seconds\": 60}]},"
    " {\"day\": 4, \"date\": \"2026-10-25\", \"videos\": [{\"videoId\": \"d\", \"seconds\": 60}]},"
    " {\"day\": 5, \"date\": \"2026-10-26\", \"videos\": [{\"videoId\": \"e\", \"seconds\": 60}]}]";
  static const char *evening[] = {
    "20260328T180000Z", "20260329T170000Z", "20261024T170000Z", "20261025T180000Z", "20261026T180000Z",
  };
  /* 02:30 does not exist on 29 March, when the clock goes from 02:00 to 03:00: the session moves
   * with the clock to 03:30. It happens twice on 25 October: the second, in standard time, counts. */
  static const char *night[] = {
    "20260328T013000Z", "20260329T013000Z", "20261024T003000Z", "20261025T013000Z", "20261026T013000Z",
  };
  g_autoptr(GDateTime) now = make_now ();
  g_autofree char *evening_text = export (schedule, "Clock changes", "19:00", 0, "Europe/Madrid", now);
  g_autofree char *night_text = export (schedule, "Clock changes", "02:30", 0, "Europe/Madrid", now);
  g_autofree char *utc_text = export (schedule, "Clock changes", "19:00", 0, "UTC", now);
  g_autoptr(GPtrArray) evening_events = g_ptr_array_new ();
  g_autoptr(GPtrArray) night_events = g_ptr_array_new ();
  g_autoptr(GPtrArray) utc_events = g_ptr_array_new ();
  icalcomponent *evening_calendar = parse_calendar (evening_text, evening_events);
  icalcomponent *night_calendar = parse_calendar (night_text, night_events);
  icalcomponent *utc_calendar = parse_calendar (utc_text, utc_events);

  for (guint i = 0; i < G_N_ELEMENTS (evening); i++)
    {
      g_autofree char *utc = g_strdup_printf ("%.8sT190000Z", evening[i]);

      assert_utc (icalcomponent_get_dtstart (g_ptr_array_index (evening_events, i)), evening[i]);
      assert_utc (icalcomponent_get_dtstart (g_ptr_array_index (night_events, i)), night[i]);
      assert_utc (icalcomponent_get_dtstart (g_ptr_array_index (utc_events, i)), utc);
      g_assert_cmpint (icaldurationtype_as_int (icalcomponent_get_duration (g_ptr_array_index (evening_events, i))),
                       ==, 60);
    }

  icalcomponent_free (evening_calendar);
  icalcomponent_free (night_calendar);
  icalcomponent_free (utc_calendar);
}

/* RFC 5545: lines of at most 75 octets, CRLF after each, folds never inside a character. */
static void
assert_lines (const char *text)
{
  const char *line = text;
  guint n_lines = 0;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  while (*line != '\0')
    {
      const char *end = strstr (line, "\r\n");

      g_assert_nonnull (end);
      g_assert_null (memchr (line, '\n', end - line));
      g_assert_null (memchr (line, '\r', end - line));
      g_assert_cmpint (end - line, <=, 75);
      g_assert_true (g_utf8_validate (line, end - line, NULL));
      line = end + 2;
      n_lines++;
    }

  g_assert_cmpuint (n_lines, >, 10);
}

static JsonNode *
one_day_of (const char * const *titles)
{
  JsonArray *videos = json_array_new ();
  JsonObject *day = json_object_new ();
  JsonArray *days = json_array_new ();
  JsonNode *schedule = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; titles[i] != NULL; i++)
    {
      JsonObject *video = json_object_new ();
      g_autofree char *id = g_strdup_printf ("v%u", i);

      json_object_set_string_member (video, "videoId", id);
      json_object_set_string_member (video, "title", titles[i]);
      json_object_set_int_member (video, "seconds", 61);
      json_array_add_object_element (videos, video);
    }

  json_object_set_int_member (day, "day", 1);
  json_object_set_string_member (day, "date", "2026-11-23");
  json_object_set_array_member (day, "videos", videos);
  json_array_add_object_element (days, day);
  json_node_take_array (schedule, days);
  return schedule;
}

static void
test_escaping (void)
{
  const char *title = "Física, química; y más: \"ñandú\" \\ 🐍🚀 — día\nsegunda línea,;,;";
  const char *control = "Tabs\tand \001control\177 characters, too";
  g_autoptr(GString) long_title = g_string_new (NULL);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(JsonNode) schedule = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;
  const char *titles[4];
  icalcomponent *calendar;

  /* A long title of characters one to four octets long, so that folds fall everywhere. */
  for (guint i = 0; i < 40; i++)
    g_string_append (long_title, "aé€🐍, ;");

  titles[0] = control;
  titles[1] = long_title->str;
  titles[2] = title;
  titles[3] = NULL;
  schedule = one_day_of (titles);
  text = export_node (schedule, title, "21:45", 0, "Europe/Madrid", now);
  assert_lines (text);

  calendar = parse_calendar (text, events);
  g_assert_cmpuint (events->len, ==, 1);
  summary = g_strdup_printf ("Watch: %s (day 1)", title);
  g_assert_cmpstr (icalcomponent_get_summary (g_ptr_array_index (events, 0)), ==, summary);

  /* Control characters but tabs and line breaks become spaces. */
  g_string_append (description, "Tabs\tand  control  characters, too (1 min)\nhttps://www.youtube.com/watch?v=v0\n\n");
  g_string_append_printf (description, "%s (1 min)\nhttps://www.youtube.com/watch?v=v1\n\n", long_title->str);
  g_string_append_printf (description, "%s (1 min)\nhttps://www.youtube.com/watch?v=v2", title);
  g_assert_cmpstr (icalcomponent_get_description (g_ptr_array_index (events, 0)), ==, description->str);
  icalcomponent_free (calendar);
}

static void
test_from_schedule (void)
{
  g_autoptr(GPtrArray) videos = g_ptr_array_new_with_free_func ((GDestroyNotify) pathway_video_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) schedule = NULL;
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  PathwayCalendarRequest request = { 7, "Built", "06:00", 0, zone };
  GDate start;
  PathwayScheduleRequest plan = { 45, 1.5, 0x7f, &start };

  for (guint i = 0; i < 30; i++)
    {
      PathwayVideo *video = pathway_video_new ();

      video->id = g_strdup_printf ("video%06u", i);
      video->title = g_strdup_printf ("Part %u", i + 1);
      video->duration = 300 + 97 * i;
      video->position = i;
      g_ptr_array_add (videos, video);
    }

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 31, G_DATE_OCTOBER, 2026);
  schedule = pathway_schedule_build (videos, &plan, &error);
  g_assert_no_error (error);
  text = pathway_calendar_export (schedule, &request, now, &error);
  g_assert_no_error (error);
  assert_lines (text);

  calendar = parse_calendar (text, events);
  g_assert_cmpuint (events->len, ==, json_array_get_length (json_node_get_array (schedule)));
  /* New York leaves daylight saving time on 1 November 2026: 06:00 is 10:00Z, then 11:00Z. */
  assert_utc (icalcomponent_get_dtstart (g_ptr_array_index (events, 0)), "20261031T100000Z");
  assert_utc (icalcomponent_get_dtstart (g_ptr_array_index (events, 1)), "20261101T110000Z");
  icalcomponent_free (calendar);
}

static void
assert_export_error (const char *schedule_json,
                     const char *start_time,
                     int         code,
                     const char *message)
{
  g_autoptr(JsonNode) schedule = parse_json (schedule_json);
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();
  PathwayCalendarRequest request = { 1, "Title", start_time, 0, zone };
  g_autofree char *text = pathway_calendar_export (schedule, &request, now, &error);

  g_assert_error (error, PATHWAY_CORE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (text);
}

static void
test_errors (void)
{
  static const char *bad_times[] = { "24:00", "9:00", "18:60", "18h00", "", "18:00:00", "-1:00", "１８:００" };
  const char *one_day = "[{\"day\": 1, \"date\": \"2026-11-23\", \"videos\": [{\"videoId\": \"a\"}]}]";

  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    {
      g_autofree char *message = g_strdup_printf ("The start time “%s” is not a time such as 18:30.", bad_times[i]);

      assert_export_error (one_day, bad_times[i], PATHWAY_CORE_ERROR_INVALID_REQUEST, message);
    }

  assert_export_error ("[]", NULL, PATHWAY_CORE_ERROR_INVALID_REQUEST, "This schedule has no study days to export.");
  assert_export_error ("{}", NULL, PATHWAY_CORE_ERROR_INVALID_DATA, "The stored schedule is not a list of days.");
  assert_export_error ("[3]", NULL, PATHWAY_CORE_ERROR_INVALID_DATA, "Day 1 of the schedule: it must be an object.");
  assert_export_error ("[{\"day\": 1, \"videos\": []}]", NULL, PATHWAY_CORE_ERROR_INVALID_DATA,
                       "Day 1 of the schedule: “date” is missing.");
  assert_export_error ("[{\"date\": \"2026-11-23\", \"videos\": []}]", NULL, PATHWAY_CORE_ERROR_INVALID_DATA,
                       "Day 1 of the schedule: “day” is missing.");
  assert_export_error ("[{\"day\": 1, \"date\": \"2026-11-31\", \"videos\": []}]", "10:00", PATHWAY_CORE_ERROR_INVALID_DATA,
                       "Day 1 of the schedule: its date is not a date such as 2026-11-23.");
  assert_export_error ("[{\"day\": 1, \"date\": \"2026-11-23\", \"videos\": [{}]}]", NULL, PATHWAY_CORE_ERROR_INVALID_DATA,
                       "Day 1 of the schedule: each video must be an object with a “videoId”.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/calendar-export/timed", test_timed);
  g_test_add_func ("/core/calendar-export/all-day", test_all_day);
  g_test_add_func ("/core/calendar-export/stable-uids", test_stable_uids);
  g_test_add_func ("/core/calendar-export/daylight-saving", test_daylight_saving);
  g_test_add_func ("/core/calendar-export/escaping", test_escaping);
  g_test_add_func ("/core/calendar-export/from-schedule", test_from_schedule);
  g_test_add_func ("/core/calendar-export/errors", test_errors);

  return g_test_run ();
}
