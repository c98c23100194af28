/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-schedule"

#include "config.h"

#include "pathway-schedule.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pathway-core-error.h"
#include "pathway-duration.h"
#include "pathway-json.h"

/* Fills days one after the other: the state of the day being filled and of the result. */
typedef struct {
  const PathwayScheduleRequest *request;
  gint64                        budget;   /* seconds a day */
  JsonArray                    *days;     /* the result */
  GHashTable                   *placed;   /* ids of the videos in it, so that each is there once */
  JsonObject                   *day;      /* being filled, or NULL */
  JsonArray                    *videos;   /* of day */
  gint64                        load;     /* watch time of day */
  GDate                         date;     /* of day, or of the last new day */
  gboolean                      dated;    /* whether a new day was opened yet */
  GDate                         last;     /* dates are written with four-digit years */
  int                           number;   /* of the last day */
} Packer;

static void
packer_init (Packer                       *packer,
             const PathwayScheduleRequest *request)
{
  memset (packer, 0, sizeof *packer);
  packer->request = request;
  packer->budget = (gint64) request->daily_minutes * 60;
  packer->days = json_array_new ();
  packer->placed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_date_clear (&packer->date, 1);
  g_date_clear (&packer->last, 1);
  g_date_set_dmy (&packer->last, 31, G_DATE_DECEMBER, 9999);
}

static void
packer_clear (Packer *packer)
{
  g_clear_pointer (&packer->days, json_array_unref);
  g_clear_pointer (&packer->placed, g_hash_table_unref);
  g_clear_pointer (&packer->day, json_object_unref);
  g_clear_pointer (&packer->videos, json_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Packer, packer_clear)

/* ⌈duration / speed⌉. 115 s at 1.15× is 100.00000000000001 s in binary arithmetic: a remainder
 * under a millionth of a second is rounding noise, not a second more to watch. */
gint64
pathway_schedule_watch_seconds (gint64 duration,
                                double speed)
{
  g_return_val_if_fail (duration >= 0, 0);
  g_return_val_if_fail (speed >= PATHWAY_SCHEDULE_MIN_SPEED && speed <= PATHWAY_SCHEDULE_MAX_SPEED, duration);

  return MAX ((gint64) ceil ((double) duration / speed - 1e-6), 0);
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (date), (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

static guint
read_digits (const char *text,
             guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (text[i] - '0');
  return value;
}

/* Only the form Pathway writes, YYYY-MM-DD, and only real dates. */
gboolean
pathway_schedule_parse_date (const char *text,
                             GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = read_digits (text, 4);
  month = read_digits (text + 5, 2);
  day = read_digits (text + 8, 2);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
is_chosen (const GDate *date,
           guint8       weekdays)
{
  return (weekdays & (1u << (g_date_get_weekday (date) - G_DATE_MONDAY))) != 0;
}

static gboolean
check_request (const PathwayScheduleRequest  *request,
               GError                       **error)
{
  const char *problem = NULL;

  if (request->daily_minutes < PATHWAY_SCHEDULE_MIN_DAILY_MINUTES ||
      request->daily_minutes > PATHWAY_SCHEDULE_MAX_DAILY_MINUTES)
    {
      g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                   _("Daily watch time must be between %d and %d minutes, not %d."),
                   PATHWAY_SCHEDULE_MIN_DAILY_MINUTES, PATHWAY_SCHEDULE_MAX_DAILY_MINUTES, request->daily_minutes);
      return FALSE;
    }

  /* Written so that NaN fails too. */
  if (!(request->speed >= PATHWAY_SCHEDULE_MIN_SPEED && request->speed <= PATHWAY_SCHEDULE_MAX_SPEED))
    problem = _("Playback speed must be between 1× and 2×.");
  else if (request->weekdays == 0 || request->weekdays > PATHWAY_SCHEDULE_ALL_WEEKDAYS)
    problem = _("Choose at least one day of the week to watch on.");
  else if (!g_date_valid (request->start))
    problem = _("The start date is not a valid date.");

  if (problem != NULL)
    g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST, problem);
  return problem == NULL;
}

static guint
count_schedulable (GPtrArray *videos)
{
  guint n = 0;

  for (guint i = 0; i < videos->len; i++)
    if (pathway_video_is_schedulable (g_ptr_array_index (videos, i)))
      n++;
  return n;
}

/* Says why, with a count for each reason, since a person can fix some of them (sign in, wait
 * for a premiere) and not others. */
static void
set_nothing_error (GPtrArray  *videos,
                   GError    **error)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n[PATHWAY_VIDEO_UPCOMING + 1] = { 0 };
  guint n_private, n_deleted, n_live, n_unknown;
  g_autofree char *list = NULL;

  if (videos->len == 0)
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                           _("This playlist has no videos to schedule."));
      return;
    }

  /* Unschedulable videos that are available are those of unknown length. */
  for (guint i = 0; i < videos->len; i++)
    {
      const PathwayVideo *video = g_ptr_array_index (videos, i);

      if (!pathway_video_is_schedulable (video) && video->availability <= PATHWAY_VIDEO_UPCOMING)
        n[video->availability]++;
    }

  n_private = n[PATHWAY_VIDEO_PRIVATE];
  n_deleted = n[PATHWAY_VIDEO_DELETED];
  n_live = n[PATHWAY_VIDEO_LIVE] + n[PATHWAY_VIDEO_UPCOMING];
  n_unknown = n[PATHWAY_VIDEO_AVAILABLE];

  /* Translators: these make the list in “None of the playlist’s 5 videos can be scheduled: …” */
  if (n_private > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u private", "%u private", n_private), n_private));
  if (n_deleted > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u deleted", "%u deleted", n_deleted), n_deleted));
  if (n_live > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u live or upcoming", "%u live or upcoming", n_live), n_live));
  if (n_unknown > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u of unknown length", "%u of unknown length", n_unknown),
                                             n_unknown));
  g_ptr_array_add (parts, NULL);
  list = g_strjoinv (", ", (char **) parts->pdata);

  /* Translators: %s lists the reasons, as in “2 private, 1 deleted, 1 of unknown length” */
  g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
               ngettext ("The playlist’s %u video cannot be scheduled: %s.",
                         "None of the playlist’s %u videos can be scheduled: %s.", videos->len),
               videos->len, list);
}

static void
close_day (Packer *packer)
{
  if (packer->day == NULL)
    return;

  json_object_set_int_member (packer->day, "watch_seconds", packer->load);
  json_object_set_array_member (packer->day, "videos", g_steal_pointer (&packer->videos));
  json_array_add_object_element (packer->days, g_steal_pointer (&packer->day));
}

static gboolean
next_date (Packer  *packer,
           GError **error)
{
  if (g_date_compare (&packer->date, &packer->last) >= 0)
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                           _("The schedule would run past the year 9999."));
      return FALSE;
    }

  g_date_add_days (&packer->date, 1);
  return TRUE;
}

/* On the next chosen weekday: on or after start for the first new day, after the last one then. */
static gboolean
open_day (Packer  *packer,
          GError **error)
{
  g_autofree char *date = NULL;

  close_day (packer);

  if (packer->dated)
    {
      if (!next_date (packer, error))
        return FALSE;
    }
  else
    {
      packer->date = *packer->request->start;
      packer->dated = TRUE;
    }

  while (!is_chosen (&packer->date, packer->request->weekdays))
    if (!next_date (packer, error))
      return FALSE;

  date = format_date (&packer->date);
  packer->day = json_object_new ();
  packer->videos = json_array_new ();
  packer->load = 0;
  json_object_set_int_member (packer->day, "day", ++packer->number);
  json_object_set_string_member (packer->day, "date", date);
  return TRUE;
}

/* Takes video. A day that holds something takes nothing more once the next video would go past
 * the budget, so a video longer than the budget alone ends up on a day of its own. */
static gboolean
add_video (Packer    *packer,
           JsonNode  *video,
           gint64     watch_seconds,
           GError   **error)
{
  if (packer->day == NULL || packer->load + watch_seconds > packer->budget)
    {
      if (!open_day (packer, error))
        {
          json_node_unref (video);
          return FALSE;
        }
    }

  json_array_add_element (packer->videos, video);
  packer->load += watch_seconds;
  return TRUE;
}

static JsonNode *
video_to_json (const PathwayVideo *video,
               gint64              watch_seconds)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *duration = pathway_duration_format (video->duration);

  json_object_set_string_member (object, "videoId", video->id);
  json_object_set_string_member (object, "title", video->title != NULL ? video->title : video->id);
  if (video->thumbnail_url != NULL)
    json_object_set_string_member (object, "thumbnail", video->thumbnail_url);
  else
    json_object_set_null_member (object, "thumbnail");
  json_object_set_string_member (object, "duration", duration);
  json_object_set_int_member (object, "seconds", video->duration);
  json_object_set_int_member (object, "watch_seconds", watch_seconds);

  json_node_take_object (node, object);
  return node;
}

/* The schedulable videos not in exclude and not placed yet, in playlist order. */
static gboolean
pack_videos (Packer      *packer,
             GPtrArray   *videos,
             GHashTable  *exclude,
             GError     **error)
{
  for (guint i = 0; i < videos->len; i++)
    {
      const PathwayVideo *video = g_ptr_array_index (videos, i);
      gint64 watch_seconds;

      if (!pathway_video_is_schedulable (video) ||
          (exclude != NULL && g_hash_table_contains (exclude, video->id)) ||
          !g_hash_table_add (packer->placed, g_strdup (video->id)))
        continue;

      watch_seconds = pathway_schedule_watch_seconds (video->duration, packer->request->speed);
      if (!add_video (packer, video_to_json (video, watch_seconds), watch_seconds, error))
        return FALSE;
    }

  close_day (packer);
  return TRUE;
}

static JsonNode *
packer_finish (Packer *packer)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, g_steal_pointer (&packer->days));
  return node;
}

JsonNode *
pathway_schedule_build (GPtrArray                    *videos,
                        const PathwayScheduleRequest *request,
                        GError                      **error)
{
  g_auto(Packer) packer = { 0 };

  g_return_val_if_fail (videos != NULL, NULL);
  g_return_val_if_fail (request != NULL && request->start != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  packer_init (&packer, request);

  if (!check_request (request, error))
    return NULL;

  if (count_schedulable (videos) == 0)
    {
      set_nothing_error (videos, error);
      return NULL;
    }

  if (!pack_videos (&packer, videos, NULL, error))
    return NULL;

  return packer_finish (&packer);
}

/* Lenient readers: stored schedules may come from older versions or the seed's shape. */
static gint64
get_seconds (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 seconds;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return -1;

  seconds = json_node_get_int (node);
  return seconds >= 0 ? seconds : -1;
}

static const char *
get_text (JsonObject *object,
          const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* A day's videos, or NULL. */
static JsonArray *
get_videos (JsonObject *day)
{
  JsonNode *node = json_object_get_member (day, "videos");

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* The element at index if it is an object, else NULL. */
static JsonObject *
object_at (JsonArray *array,
           guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* The video's length in seconds, or PATHWAY_VIDEO_DURATION_UNKNOWN. */
gint64
pathway_schedule_video_length (JsonObject *video)
{
  gint64 seconds;
  const char *duration;

  g_return_val_if_fail (video != NULL, PATHWAY_VIDEO_DURATION_UNKNOWN);

  seconds = get_seconds (video, "seconds");
  if (seconds >= 0)
    return seconds;

  duration = get_text (video, "duration");
  if (duration != NULL && pathway_duration_parse (duration, &seconds))
    return seconds;

  return PATHWAY_VIDEO_DURATION_UNKNOWN;
}

static gint64
video_watch_seconds (JsonObject *video)
{
  gint64 seconds = get_seconds (video, "watch_seconds");

  return seconds >= 0 ? seconds : MAX (pathway_schedule_video_length (video), 0);
}

gint64
pathway_schedule_day_seconds (JsonObject *day)
{
  gint64 total = get_seconds (day, "watch_seconds");
  JsonArray *videos = get_videos (day);

  if (total >= 0 || videos == NULL)
    return MAX (total, 0);

  total = 0;
  for (guint i = 0; i < json_array_get_length (videos); i++)
    if (object_at (videos, i) != NULL)
      total += video_watch_seconds (object_at (videos, i));

  return total;
}

/* The watch time of every day. */
gint64
pathway_schedule_total_seconds (JsonNode *schedule)
{
  JsonArray *days;
  gint64 total = 0;

  if (schedule == NULL || !JSON_NODE_HOLDS_ARRAY (schedule))
    return 0;

  days = json_node_get_array (schedule);
  for (guint i = 0; i < json_array_get_length (days); i++)
    if (object_at (days, i) != NULL)
      total += pathway_schedule_day_seconds (object_at (days, i));

  return total;
}

static gboolean
all_watched (JsonObject *day,
             GHashTable *watched)
{
  JsonArray *videos = get_videos (day);

  for (guint i = 0; videos != NULL && i < json_array_get_length (videos); i++)
    {
      const char *id = object_at (videos, i) != NULL ? get_text (object_at (videos, i), "videoId") : NULL;

      if (id == NULL || watched == NULL || !g_hash_table_contains (watched, id))
        return FALSE;
    }

  return TRUE;
}

int
pathway_schedule_days_behind (JsonNode    *schedule,
                              GHashTable  *watched,
                              const GDate *today)
{
  JsonArray *days;
  int behind = 0, ahead = 0;

  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  if (schedule == NULL || !JSON_NODE_HOLDS_ARRAY (schedule))
    return 0;

  days = json_node_get_array (schedule);
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      JsonObject *day = object_at (days, i);
      GDate date;
      int order;

      if (day == NULL || !pathway_schedule_parse_date (get_text (day, "date"), &date))
        continue;

      order = g_date_compare (&date, today);
      if (order < 0 && !all_watched (day, watched))
        behind++;
      else if (order > 0 && all_watched (day, watched))
        ahead++;
    }

  return behind - ahead;
}

/* The days of a stored schedule. */
JsonArray *
pathway_schedule_get_days (JsonNode  *schedule,
                           GError   **error)
{
  g_return_val_if_fail (schedule != NULL, NULL);

  if (!JSON_NODE_HOLDS_ARRAY (schedule))
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                           _("The stored schedule is not a list of days."));
      return NULL;
    }

  return json_node_get_array (schedule);
}

/* One day of a stored schedule, checked: its number, its date, and its videos, each an object
 * with a "videoId". What it returns belongs to days. */
gboolean
pathway_schedule_read_day (JsonArray    *days,
                           guint         index,
                           int          *number,
                           GDate        *date,
                           const char  **date_text,
                           JsonArray   **videos,
                           GError      **error)
{
  /* Translators: names one day of a stored schedule in error messages, as in “Day 3 of the schedule: …” */
  g_autofree char *location = g_strdup_printf (_("Day %u of the schedule"), index + 1);
  JsonObject *day;

  g_return_val_if_fail (days != NULL && index < json_array_get_length (days), FALSE);
  g_return_val_if_fail (number != NULL && date != NULL && date_text != NULL && videos != NULL, FALSE);

  day = object_at (days, index);
  if (day == NULL)
    {
      pathway_json_set_error (error, location, _("it must be an object"));
      return FALSE;
    }

  if (!pathway_json_get_int (day, "day", 1, G_MAXINT, number, location, error) ||
      (*date_text = pathway_json_get_string (day, "date", location, error)) == NULL ||
      (*videos = pathway_json_get_array (day, "videos", location, error)) == NULL)
    return FALSE;

  if (!pathway_schedule_parse_date (*date_text, date))
    {
      pathway_json_set_error (error, location, _("its date is not a date such as 2026-11-23"));
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (*videos); i++)
    {
      JsonObject *video = object_at (*videos, i);

      if (video == NULL || pathway_json_get_string (video, "videoId", location, NULL) == NULL)
        {
          pathway_json_set_error (error, location, _("each video must be an object with a “videoId”"));
          return FALSE;
        }
    }

  return TRUE;
}

static void
add_kept_day (Packer     *packer,
              const char *date,
              JsonArray  *videos)
{
  JsonObject *day = json_object_new ();
  gint64 seconds = 0;

  for (guint i = 0; i < json_array_get_length (videos); i++)
    seconds += video_watch_seconds (json_array_get_object_element (videos, i));

  json_object_set_int_member (day, "day", ++packer->number);
  json_object_set_string_member (day, "date", date);
  json_object_set_int_member (day, "watch_seconds", seconds);
  json_object_set_array_member (day, "videos", videos);
  json_array_add_object_element (packer->days, day);
}

/* Keeps the watched videos of past days on their days, and gathers those of days from start on
 * into carried, to open the new days. */
static gboolean
keep_watched (Packer      *packer,
              JsonArray   *days,
              GHashTable  *watched,
              GPtrArray   *carried,
              GError     **error)
{
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      g_autoptr(JsonArray) kept = json_array_new ();
      const char *date_text;
      JsonArray *videos;
      GDate date;
      gboolean past;
      int number;

      if (!pathway_schedule_read_day (days, i, &number, &date, &date_text, &videos, error))
        return FALSE;

      past = g_date_compare (&date, packer->request->start) < 0;
      for (guint j = 0; j < json_array_get_length (videos); j++)
        {
          JsonNode *video = json_array_get_element (videos, j);
          const char *id = get_text (object_at (videos, j), "videoId");

          if (watched == NULL || !g_hash_table_contains (watched, id) ||
              !g_hash_table_add (packer->placed, g_strdup (id)))
            continue;

          if (past)
            json_array_add_element (kept, json_node_copy (video));
          else
            g_ptr_array_add (carried, json_node_copy (video));
        }

      if (json_array_get_length (kept) > 0)
        add_kept_day (packer, date_text, g_steal_pointer (&kept));
    }

  return TRUE;
}

JsonNode *
pathway_schedule_replan (JsonNode                     *schedule,
                         GHashTable                   *watched_video_ids,
                         const PathwayScheduleRequest *request_from_today,
                         GPtrArray                    *videos,
                         GError                      **error)
{
  g_auto(Packer) packer = { 0 };
  g_autoptr(GPtrArray) carried = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  JsonArray *days;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (request_from_today != NULL && request_from_today->start != NULL, NULL);
  g_return_val_if_fail (videos != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  packer_init (&packer, request_from_today);

  if (!check_request (request_from_today, error))
    return NULL;

  days = pathway_schedule_get_days (schedule, error);
  if (days == NULL || !keep_watched (&packer, days, watched_video_ids, carried, error))
    return NULL;

  for (guint i = 0; i < carried->len; i++)
    {
      JsonNode *video = g_ptr_array_index (carried, i);

      if (!add_video (&packer, json_node_ref (video), video_watch_seconds (json_node_get_object (video)), error))
        return NULL;
    }

  if (!pack_videos (&packer, videos, watched_video_ids, error))
    return NULL;

  if (json_array_get_length (packer.days) == 0 && count_schedulable (videos) == 0)
    {
      set_nothing_error (videos, error);
      return NULL;
    }

  return packer_finish (&packer);
}
