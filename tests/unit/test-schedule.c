/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "pathway-core-error.h"
#include "pathway-duration.h"
#include "pathway-schedule.h"

#define MINUTE 60
#define MON (1 << 0)
#define WED (1 << 2)
#define FRI (1 << 4)

static PathwayVideo *
make_video (guint                    index,
            gint64                   duration,
            PathwayVideoAvailability availability)
{
  PathwayVideo *video = pathway_video_new ();

  video->id = g_strdup_printf ("vid%08u", index);
  video->position = index;
  video->title = g_strdup_printf ("Lesson %u", index + 1);
  video->thumbnail_url = index % 3 == 0 ? NULL : g_strdup_printf ("https://i.ytimg.com/vi/%s/hqdefault.jpg", video->id);
  video->duration = duration;
  video->availability = availability;
  return video;
}

/* Available videos of these lengths in seconds, ending at a negative one. */
static GPtrArray *
make_videos (gint64 first,
             ...)
{
  GPtrArray *videos = g_ptr_array_new_with_free_func ((GDestroyNotify) pathway_video_free);
  va_list args;

  va_start (args, first);
  for (gint64 duration = first; duration >= 0; duration = va_arg (args, gint64))
    g_ptr_array_add (videos, make_video (videos->len, duration, PATHWAY_VIDEO_AVAILABLE));
  va_end (args);

  return videos;
}

static void
set_date (GDate *date,
          guint  year,
          guint  month,
          guint  day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static JsonObject *
day_at (JsonNode *schedule,
        guint     index)
{
  g_assert_cmpuint (index, <, json_array_get_length (json_node_get_array (schedule)));
  return json_array_get_object_element (json_node_get_array (schedule), index);
}

static guint
n_days (JsonNode *schedule)
{
  return json_array_get_length (json_node_get_array (schedule));
}

/* The ids of a day's videos, joined by spaces. */
static char *
day_ids (JsonNode *schedule,
         guint     index)
{
  JsonArray *videos = json_object_get_array_member (day_at (schedule, index), "videos");
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (videos); i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            json_object_get_string_member (json_array_get_object_element (videos, i), "videoId"));
  return g_string_free (ids, FALSE);
}

static void
assert_day (JsonNode   *schedule,
            guint       index,
            const char *date,
            gint64      watch_seconds,
            const char *ids)
{
  JsonObject *day = day_at (schedule, index);
  g_autofree char *actual_ids = day_ids (schedule, index);

  g_assert_cmpint (json_object_get_int_member (day, "day"), ==, index + 1);
  g_assert_cmpstr (json_object_get_string_member (day, "date"), ==, date);
  g_assert_cmpint (json_object_get_int_member (day, "watch_seconds"), ==, watch_seconds);
  g_assert_cmpstr (actual_ids, ==, ids);
}

static gboolean
is_chosen (const GDate *date,
           guint8       weekdays)
{
  return (weekdays & (1 << (g_date_get_weekday (date) - 1))) != 0;
}

/* The date a day after previous (or on or after start for the first) must have. */
static void
next_chosen (GDate       *date,
             gboolean     first,
             guint8       weekdays)
{
  if (!first)
    g_date_add_days (date, 1);
  while (!is_chosen (date, weekdays))
    g_date_add_days (date, 1);
}

/* Checks new days from index first on against rules 2 to 5 of pathway_schedule_build(), and
 * that their videos are expected, in order. */
static void
check_days (JsonNode                     *schedule,
            guint                         first,
            const PathwayScheduleRequest *request,
            GPtrArray                    *expected)
{
  gint64 budget = (gint64) request->daily_minutes * MINUTE;
  GDate date = *request->start;
  guint k = 0;

  for (guint i = first; i < n_days (schedule); i++)
    {
      JsonObject *day = day_at (schedule, i);
      JsonArray *videos = json_object_get_array_member (day, "videos");
      GDate actual;
      gint64 sum = 0;

      g_assert_cmpint (json_object_get_int_member (day, "day"), ==, i + 1);
      next_chosen (&date, i == first, request->weekdays);
      g_assert_true (pathway_schedule_parse_date (json_object_get_string_member (day, "date"), &actual));
      g_assert_cmpint (g_date_compare (&actual, &date), ==, 0);
      g_assert_cmpuint (json_array_get_length (videos), >, 0);

      for (guint j = 0; j < json_array_get_length (videos); j++)
        {
          JsonObject *video = json_array_get_object_element (videos, j);

          g_assert_cmpuint (k, <, expected->len);
          g_assert_cmpstr (json_object_get_string_member (video, "videoId"), ==, g_ptr_array_index (expected, k));
          sum += json_object_get_int_member (video, "watch_seconds");
          k++;
        }

      g_assert_cmpint (json_object_get_int_member (day, "watch_seconds"), ==, sum);
      if (sum > budget)
        g_assert_cmpuint (json_array_get_length (videos), ==, 1);

      /* Greedy: the next day's first video did not fit on this one. */
      if (i + 1 < n_days (schedule))
        {
          JsonArray *next = json_object_get_array_member (day_at (schedule, i + 1), "videos");

          g_assert_cmpint (sum + json_object_get_int_member (json_array_get_object_element (next, 0), "watch_seconds"),
                           >, budget);
        }
    }

  g_assert_cmpuint (k, ==, expected->len);
}

/* Every video's members match the record it was made from, at the request's speed. */
static void
check_videos (JsonNode                     *schedule,
              const PathwayScheduleRequest *request,
              GPtrArray                    *videos)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < videos->len; i++)
    g_hash_table_insert (by_id, ((PathwayVideo *) g_ptr_array_index (videos, i))->id, g_ptr_array_index (videos, i));

  for (guint i = 0; i < n_days (schedule); i++)
    {
      JsonArray *day_videos = json_object_get_array_member (day_at (schedule, i), "videos");

      for (guint j = 0; j < json_array_get_length (day_videos); j++)
        {
          JsonObject *object = json_array_get_object_element (day_videos, j);
          const PathwayVideo *video = g_hash_table_lookup (by_id, json_object_get_string_member (object, "videoId"));
          g_autofree char *duration = NULL;
          gint64 watch = json_object_get_int_member (object, "watch_seconds");

          g_assert_nonnull (video);
          g_assert_true (pathway_video_is_schedulable (video));
          duration = pathway_duration_format (video->duration);
          g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, video->title);
          g_assert_cmpstr (json_object_get_string_member (object, "thumbnail"), ==, video->thumbnail_url);
          g_assert_cmpstr (json_object_get_string_member (object, "duration"), ==, duration);
          g_assert_cmpint (json_object_get_int_member (object, "seconds"), ==, video->duration);
          /* The least whole number of seconds that holds the video at this speed. */
          g_assert_cmpfloat (watch * request->speed, >=, video->duration - 1e-5);
          g_assert_cmpfloat ((watch - 1) * request->speed, <, video->duration);
        }
    }
}

static GPtrArray *
schedulable_ids (GPtrArray  *videos,
                 GHashTable *exclude)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < videos->len; i++)
    {
      PathwayVideo *video = g_ptr_array_index (videos, i);

      if (pathway_video_is_schedulable (video) && (exclude == NULL || !g_hash_table_contains (exclude, video->id)))
        g_ptr_array_add (ids, video->id);
    }

  return ids;
}

static gint64
random_duration (GRand *rand)
{
  double kind = g_rand_double (rand);

  if (kind < 0.10)
    return g_rand_int_range (rand, 10, 60);
  if (kind < 0.70)
    return g_rand_int_range (rand, 60, 30 * MINUTE);
  if (kind < 0.95)
    return g_rand_int_range (rand, 30 * MINUTE, 120 * MINUTE);
  return g_rand_int_range (rand, 120 * MINUTE, 300 * MINUTE + 1);
}

static GPtrArray *
random_videos (GRand *rand)
{
  GPtrArray *videos = g_ptr_array_new_with_free_func ((GDestroyNotify) pathway_video_free);
  guint n = g_rand_int_range (rand, 0, 10) == 0 ? g_rand_int_range (rand, 0, 200) : g_rand_int_range (rand, 1, 40);

  for (guint i = 0; i < n; i++)
    {
      guint odd = g_rand_int_range (rand, 0, 50);

      if (odd < 5)
        g_ptr_array_add (videos, make_video (i, odd == 4 ? 600 : PATHWAY_VIDEO_DURATION_UNKNOWN,
                                             (PathwayVideoAvailability) odd));
      else
        g_ptr_array_add (videos, make_video (i, random_duration (rand), PATHWAY_VIDEO_AVAILABLE));
    }

  return videos;
}

static double
random_speed (GRand *rand)
{
  static const double common[] = { 1.0, 1.25, 1.5, 1.75, 2.0, 1.1, 1.15, 1.4 };

  if (g_rand_boolean (rand))
    return common[g_rand_int_range (rand, 0, G_N_ELEMENTS (common))];
  return g_rand_double_range (rand, 1.0, 2.0);
}

/* Marks some scheduled videos watched, and the day that is today, around the schedule's dates. */
static GHashTable *
random_watched (GRand    *rand,
                JsonNode *schedule,
                GDate    *today)
{
  GHashTable *watched = g_hash_table_new (g_str_hash, g_str_equal);
  double share = g_rand_double (rand);
  GDate first, last;

  for (guint i = 0; i < n_days (schedule); i++)
    {
      JsonArray *videos = json_object_get_array_member (day_at (schedule, i), "videos");

      for (guint j = 0; j < json_array_get_length (videos); j++)
        if (g_rand_double (rand) < share)
          g_hash_table_add (watched, (gpointer) json_object_get_string_member (json_array_get_object_element (videos, j),
                                                                                "videoId"));
    }
  g_hash_table_add (watched, (gpointer) "not-in-the-playlist");

  g_assert_true (pathway_schedule_parse_date (json_object_get_string_member (day_at (schedule, 0), "date"), &first));
  g_assert_true (pathway_schedule_parse_date (json_object_get_string_member (day_at (schedule, n_days (schedule) - 1),
                                                                             "date"), &last));
  *today = first;
  g_date_subtract_days (today, 3);
  g_date_add_days (today, g_rand_int_range (rand, 0, g_date_days_between (&first, &last) + 7));
  return watched;
}

/* Kept days: the old past days that had watched videos, with only those. New days: the watched
 * videos of days from today on, then the unwatched ones, under the usual rules. */
static void
check_replan (JsonNode                     *before,
              JsonNode                     *after,
              GHashTable                   *watched,
              const PathwayScheduleRequest *request,
              GPtrArray                    *videos)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GPtrArray) unwatched = schedulable_ids (videos, watched);
  guint kept = 0;

  for (guint i = 0; i < n_days (before); i++)
    {
      JsonObject *day = day_at (before, i);
      JsonArray *day_videos = json_object_get_array_member (day, "videos");
      g_autoptr(GString) ids = g_string_new (NULL);
      GDate date;

      g_assert_true (pathway_schedule_parse_date (json_object_get_string_member (day, "date"), &date));
      for (guint j = 0; j < json_array_get_length (day_videos); j++)
        {
          const char *id = json_object_get_string_member (json_array_get_object_element (day_videos, j), "videoId");

          if (!g_hash_table_contains (watched, id))
            continue;
          if (g_date_compare (&date, request->start) >= 0)
            g_ptr_array_add (expected, (gpointer) id);
          else
            g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "", id);
        }

      if (ids->len > 0)
        {
          JsonObject *kept_day = day_at (after, kept);
          g_autofree char *kept_ids = day_ids (after, kept);

          g_assert_cmpint (json_object_get_int_member (kept_day, "day"), ==, kept + 1);
          g_assert_cmpstr (json_object_get_string_member (kept_day, "date"), ==,
                           json_object_get_string_member (day, "date"));
          g_assert_cmpstr (kept_ids, ==, ids->str);
          kept++;
        }
    }

  g_ptr_array_extend (expected, unwatched, NULL, NULL);
  check_days (after, kept, request, expected);
}

static void
test_properties (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  guint n_cases = g_test_thorough () ? 5000 : 600;
  guint n_planned = 0, n_long = 0;

  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GPtrArray) videos = random_videos (rand);
      g_autoptr(GPtrArray) expected = schedulable_ids (videos, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) schedule = NULL;
      g_autoptr(JsonNode) again = NULL;
      g_autoptr(JsonNode) replanned = NULL;
      g_autoptr(GHashTable) watched = NULL;
      PathwayScheduleRequest request, from_today;
      GDate start, today;
      gint64 total = 0;

      set_date (&start, g_rand_int_range (rand, 2025, 2029), g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      request.daily_minutes = g_rand_int_range (rand, 5, 241);
      request.speed = random_speed (rand);
      request.weekdays = (i % 127) + 1;
      request.start = &start;

      schedule = pathway_schedule_build (videos, &request, &error);
      if (expected->len == 0)
        {
          g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST);
          g_assert_null (schedule);
          continue;
        }

      g_assert_no_error (error);
      check_days (schedule, 0, &request, expected);
      check_videos (schedule, &request, videos);

      for (guint d = 0; d < n_days (schedule); d++)
        {
          total += json_object_get_int_member (day_at (schedule, d), "watch_seconds");
          n_long += json_object_get_int_member (day_at (schedule, d), "watch_seconds") > request.daily_minutes * MINUTE;
        }
      g_assert_cmpint (pathway_schedule_total_seconds (schedule), ==, total);

      again = pathway_schedule_build (videos, &request, &error);
      g_assert_no_error (error);
      g_assert_true (json_node_equal (schedule, again));

      watched = random_watched (rand, schedule, &today);
      from_today = request;
      from_today.start = &today;
      replanned = pathway_schedule_replan (schedule, watched, &from_today, videos, &error);
      g_assert_no_error (error);
      check_replan (schedule, replanned, watched, &from_today, videos);
      check_videos (replanned, &request, videos);
      n_planned++;
    }

  /* The cases must reach both branches of the budget rule. */
  g_test_message ("%u cases planned, %u days over budget with one long video", n_planned, n_long);
  g_assert_cmpuint (n_planned, >=, 500);
  g_assert_cmpuint (n_long, >, 0);
}

static void
test_long_video (void)
{
  g_autoptr(GPtrArray) videos = make_videos ((gint64) 10 * MINUTE, (gint64) 45 * MINUTE, (gint64) 10 * MINUTE,
                                             (gint64) 10 * MINUTE, (gint64) 31 * MINUTE, (gint64) -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) schedule = NULL;
  GDate start;
  PathwayScheduleRequest request = { 30, 1.0, PATHWAY_SCHEDULE_ALL_WEEKDAYS, &start };

  set_date (&start, 2026, 11, 23);
  schedule = pathway_schedule_build (videos, &request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_days (schedule), ==, 4);
  assert_day (schedule, 0, "2026-11-23", 10 * MINUTE, "vid00000000");
  assert_day (schedule, 1, "2026-11-24", 45 * MINUTE, "vid00000001");
  assert_day (schedule, 2, "2026-11-25", 20 * MINUTE, "vid00000002 vid00000003");
  assert_day (schedule, 3, "2026-11-26", 31 * MINUTE, "vid00000004");
  g_assert_cmpint (pathway_schedule_total_seconds (schedule), ==, 106 * MINUTE);
}

static void
test_speed (void)
{
  g_autoptr(GPtrArray) videos = make_videos ((gint64) 20 * MINUTE, (gint64) 20 * MINUTE, (gint64) 20 * MINUTE,
                                             (gint64) 20 * MINUTE + 1, (gint64) -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) normal = NULL;
  g_autoptr(JsonNode) fast = NULL;
  JsonObject *video;
  GDate start;
  PathwayScheduleRequest request = { 20, 1.0, PATHWAY_SCHEDULE_ALL_WEEKDAYS, &start };

  set_date (&start, 2026, 11, 23);
  normal = pathway_schedule_build (videos, &request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_days (normal), ==, 4);

  request.speed = 2.0;
  fast = pathway_schedule_build (videos, &request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_days (fast), ==, 3);
  assert_day (fast, 0, "2026-11-23", 20 * MINUTE, "vid00000000 vid00000001");
  /* 1201 s at 2× takes 601 s, rounded up: one second too many to join the video before it. */
  assert_day (fast, 1, "2026-11-24", 10 * MINUTE, "vid00000002");
  assert_day (fast, 2, "2026-11-25", 10 * MINUTE + 1, "vid00000003");

  video = json_array_get_object_element (json_object_get_array_member (day_at (fast, 2), "videos"), 0);
  g_assert_cmpstr (json_object_get_string_member (video, "duration"), ==, "PT20M1S");
  g_assert_cmpint (json_object_get_int_member (video, "seconds"), ==, 20 * MINUTE + 1);
  g_assert_cmpint (json_object_get_int_member (video, "watch_seconds"), ==, 10 * MINUTE + 1);
  g_assert_cmpint (pathway_schedule_total_seconds (fast), ==, 40 * MINUTE + 1);
}

static void
test_watch_seconds (void)
{
  g_assert_cmpint (pathway_schedule_watch_seconds (900, 1.0), ==, 900);
  g_assert_cmpint (pathway_schedule_watch_seconds (900, 1.5), ==, 600);
  g_assert_cmpint (pathway_schedule_watch_seconds (901, 2.0), ==, 451);
  g_assert_cmpint (pathway_schedule_watch_seconds (110, 1.1), ==, 100);
  /* Quotients that binary arithmetic puts just above a whole number. */
  g_assert_cmpint (pathway_schedule_watch_seconds (115, 1.15), ==, 100);
  g_assert_cmpint (pathway_schedule_watch_seconds (21, 1.4), ==, 15);
  g_assert_cmpint (pathway_schedule_watch_seconds (111, 1.1), ==, 101);
  g_assert_cmpint (pathway_schedule_watch_seconds (3, 1.5), ==, 2);
  g_assert_cmpint (pathway_schedule_watch_seconds (1, 2.0), ==, 1);
  g_assert_cmpint (pathway_schedule_watch_seconds (0, 1.75), ==, 0);
  g_assert_cmpint (pathway_schedule_watch_seconds (18000, 1.25), ==, 14400);
}

static void
test_weekdays (void)
{
  g_autoptr(GPtrArray) videos = make_videos ((gint64) 25 * MINUTE, (gint64) 25 * MINUTE, (gint64) 25 * MINUTE,
                                             (gint64) 25 * MINUTE, (gint64) 25 * MINUTE, (gint64) -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) schedule = NULL;
  GDate start;
  PathwayScheduleRequest request = { 30, 1.0, MON | WED | FRI, &start };

  /* A Tuesday: the first day is the Wednesday after. */
  set_date (&start, 2026, 11, 24);
  schedule = pathway_schedule_build (videos, &request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_days (schedule), ==, 5);
  assert_day (schedule, 0, "2026-11-25", 25 * MINUTE, "vid00000000");
  assert_day (schedule, 1, "2026-11-27", 25 * MINUTE, "vid00000001");
  assert_day (schedule, 2, "2026-11-30", 25 * MINUTE, "vid00000002");
  assert_day (schedule, 3, "2026-12-02", 25 * MINUTE, "vid00000003");
  assert_day (schedule, 4, "2026-12-04", 25 * MINUTE, "vid00000004");
}

static void
assert_build_error (GPtrArray                    *videos,
                    const PathwayScheduleRequest *request,
                    const char                   *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) schedule = pathway_schedule_build (videos, request, &error);

  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (schedule);
}

static void
test_errors (void)
{
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(GPtrArray) unschedulable = g_ptr_array_new_with_free_func ((GDestroyNotify) pathway_video_free);
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func ((GDestroyNotify) pathway_video_free);
  g_autoptr(GPtrArray) fine = make_videos ((gint64) 60, (gint64) -1);
  GDate start, invalid;
  PathwayScheduleRequest request = { 30, 1.0, PATHWAY_SCHEDULE_ALL_WEEKDAYS, &start };
  PathwayScheduleRequest bad;

  set_date (&start, 2026, 11, 23);
  g_date_clear (&invalid, 1);

  g_ptr_array_add (unschedulable, make_video (0, -1, PATHWAY_VIDEO_PRIVATE));
  g_ptr_array_add (unschedulable, make_video (1, -1, PATHWAY_VIDEO_PRIVATE));
  g_ptr_array_add (unschedulable, make_video (2, -1, PATHWAY_VIDEO_DELETED));
  g_ptr_array_add (unschedulable, make_video (3, -1, PATHWAY_VIDEO_LIVE));
  g_ptr_array_add (unschedulable, make_video (4, 0, PATHWAY_VIDEO_UPCOMING));
  g_ptr_array_add (unschedulable, make_video (5, -1, PATHWAY_VIDEO_AVAILABLE));
  g_ptr_array_add (one, make_video (0, 600, PATHWAY_VIDEO_DELETED));

  assert_build_error (empty, &request, "This playlist has no videos to schedule.");
  assert_build_error (unschedulable, &request, "None of the playlist’s 6 videos can be scheduled: "
                      "2 private, 1 deleted, 2 live or upcoming, 1 of unknown length.");
  assert_build_error (one, &request, "The playlist’s 1 video cannot be scheduled: 1 deleted.");

  bad = request, bad.daily_minutes = 0;
  assert_build_error (fine, &bad, "Daily watch time must be between 1 and 1440 minutes, not 0.");
  bad = request, bad.daily_minutes = 1441;
  assert_build_error (fine, &bad, "Daily watch time must be between 1 and 1440 minutes, not 1441.");
  bad = request, bad.speed = 0.5;
  assert_build_error (fine, &bad, "Playback speed must be between 1× and 2×.");
  bad = request, bad.speed = 2.01;
  assert_build_error (fine, &bad, "Playback speed must be between 1× and 2×.");
  bad = request, bad.speed = NAN;
  assert_build_error (fine, &bad, "Playback speed must be between 1× and 2×.");
  bad = request, bad.weekdays = 0;
  assert_build_error (fine, &bad, "Choose at least one day of the week to watch on.");
  bad = request, bad.weekdays = 0x80;
  assert_build_error (fine, &bad, "Choose at least one day of the week to watch on.");
  bad = request, bad.start = &invalid;
  assert_build_error (fine, &bad, "The start date is not a valid date.");
}

static void
test_edges (void)
{
  g_autoptr(GPtrArray) videos = make_videos ((gint64) 0, (gint64) 3 * 3600, (gint64) 0, (gint64) 60, (gint64) -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) schedule = NULL;
  GDate start;
  PathwayScheduleRequest request = { 1, 1.0, FRI, &start };

  /* Zero-length videos are watchable; the one after a long video does not join it. */
  set_date (&start, 2026, 12, 31);
  schedule = pathway_schedule_build (videos, &request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_days (schedule), ==, 3);
  assert_day (schedule, 0, "2027-01-01", 0, "vid00000000");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (day_at (schedule, 0), "videos"), 0), "duration"), ==, "PT0S");
  assert_day (schedule, 1, "2027-01-08", 3 * 3600, "vid00000001");
  assert_day (schedule, 2, "2027-01-15", 60, "vid00000002 vid00000003");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (
                   json_object_get_array_member (day_at (schedule, 0), "videos"), 0), "thumbnail"));

  set_date (&start, 9999, 12, 30);
  request.weekdays = PATHWAY_SCHEDULE_ALL_WEEKDAYS;
  g_clear_pointer (&schedule, json_node_unref);
  schedule = pathway_schedule_build (videos, &request, &error);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST);
  g_assert_null (schedule);
}

static void
test_replan (void)
{
  g_autoptr(GPtrArray) videos = make_videos ((gint64) 20 * MINUTE, (gint64) 20 * MINUTE, (gint64) 20 * MINUTE,
                                             (gint64) 20 * MINUTE, (gint64) 20 * MINUTE, (gint64) 20 * MINUTE,
                                             (gint64) 20 * MINUTE, (gint64) 20 * MINUTE, (gint64) -1);
  g_autoptr(GHashTable) watched = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) schedule = NULL;
  g_autoptr(JsonNode) replanned = NULL;
  GDate start, today;
  PathwayScheduleRequest request = { 40, 1.0, PATHWAY_SCHEDULE_ALL_WEEKDAYS, &start };
  PathwayScheduleRequest from_today = request;

  set_date (&start, 2026, 11, 23);
  schedule = pathway_schedule_build (videos, &request, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_days (schedule), ==, 4);

  /* Day 1 done, day 2 half done, day 3 missed; on day 4 the student watched its second video. */
  g_hash_table_add (watched, "vid00000000");
  g_hash_table_add (watched, "vid00000001");
  g_hash_table_add (watched, "vid00000003");
  g_hash_table_add (watched, "vid00000007");
  set_date (&today, 2026, 11, 26);
  g_assert_cmpint (pathway_schedule_days_behind (schedule, watched, &today), ==, 2);

  from_today.start = &today;
  replanned = pathway_schedule_replan (schedule, watched, &from_today, videos, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_days (replanned), ==, 5);
  assert_day (replanned, 0, "2026-11-23", 40 * MINUTE, "vid00000000 vid00000001");
  assert_day (replanned, 1, "2026-11-24", 20 * MINUTE, "vid00000003");
  assert_day (replanned, 2, "2026-11-26", 40 * MINUTE, "vid00000007 vid00000002");
  assert_day (replanned, 3, "2026-11-27", 40 * MINUTE, "vid00000004 vid00000005");
  assert_day (replanned, 4, "2026-11-28", 20 * MINUTE, "vid00000006");
  g_assert_cmpint (pathway_schedule_days_behind (replanned, watched, &today), ==, 0);

  /* Planning again on the same day changes nothing, also from a sealed schedule such as an
   * immutable parser gives. */
  g_clear_pointer (&schedule, json_node_unref);
  json_node_seal (replanned);
  schedule = pathway_schedule_replan (replanned, watched, &from_today, videos, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (schedule, replanned));
  json_node_seal (schedule);
  g_assert_true (json_node_is_immutable (schedule));
}

static void
test_replan_changed_playlist (void)
{
  g_autoptr(GPtrArray) videos = make_videos ((gint64) 30 * MINUTE, (gint64) 30 * MINUTE, (gint64) 30 * MINUTE,
                                             (gint64) -1);
  g_autoptr(GHashTable) watched = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) schedule = NULL;
  g_autoptr(JsonNode) replanned = NULL;
  GDate start, today;
  PathwayScheduleRequest request = { 30, 1.0, PATHWAY_SCHEDULE_ALL_WEEKDAYS, &start };

  set_date (&start, 2026, 11, 23);
  schedule = pathway_schedule_build (videos, &request, &error);
  g_assert_no_error (error);

  /* The watched video went private and the third was removed; three were added, one of them
   * already marked watched (on another computer, say). */
  g_hash_table_add (watched, "vid00000000");
  g_hash_table_add (watched, "vid00000009");
  ((PathwayVideo *) g_ptr_array_index (videos, 0))->availability = PATHWAY_VIDEO_PRIVATE;
  g_ptr_array_remove_index (videos, 2);
  g_ptr_array_add (videos, make_video (7, 5 * MINUTE, PATHWAY_VIDEO_AVAILABLE));
  g_ptr_array_add (videos, make_video (8, 5 * MINUTE, PATHWAY_VIDEO_DELETED));
  g_ptr_array_add (videos, make_video (9, 5 * MINUTE, PATHWAY_VIDEO_AVAILABLE));
  set_date (&today, 2026, 11, 25);
  request.start = &today;
  replanned = pathway_schedule_replan (schedule, watched, &request, videos, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_days (replanned), ==, 3);
  assert_day (replanned, 0, "2026-11-23", 30 * MINUTE, "vid00000000");
  assert_day (replanned, 1, "2026-11-25", 30 * MINUTE, "vid00000001");
  assert_day (replanned, 2, "2026-11-26", 5 * MINUTE, "vid00000007");
}

static void
test_replan_errors (void)
{
  g_autoptr(GPtrArray) videos = make_videos ((gint64) 60, (gint64) -1);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  GDate today;
  PathwayScheduleRequest request = { 30, 1.0, PATHWAY_SCHEDULE_ALL_WEEKDAYS, &today };
  static const char *broken[] = {
    "{}",
    "[1]",
    "[{\"day\": 1, \"videos\": []}]",
    "[{\"day\": 1, \"date\": \"2026-02-30\", \"videos\": []}]",
    "[{\"day\": 1, \"date\": \"26-11-23\", \"videos\": []}]",
    "[{\"day\": 1, \"date\": \"2026-11-23\"}]",
    "[{\"day\": 1, \"date\": \"2026-11-23\", \"videos\": [{\"title\": \"no id\"}]}]",
    "[{\"day\": 1, \"date\": \"2026-11-23\", \"videos\": [7]}]",
  };

  set_date (&today, 2026, 11, 30);
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) schedule = json_from_string (broken[i], &error);
      g_autoptr(JsonNode) replanned = NULL;

      g_assert_no_error (error);
      replanned = pathway_schedule_replan (schedule, NULL, &request, videos, &error);
      g_test_message ("%s: %s", broken[i], error != NULL ? error->message : "no error");
      g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
      g_assert_null (replanned);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) schedule = json_from_string ("[]", NULL);
    g_autoptr(JsonNode) replanned = pathway_schedule_replan (schedule, NULL, &request, none, &error);

    g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST);
    g_assert_cmpstr (error->message, ==, "This playlist has no videos to schedule.");
    g_assert_null (replanned);
  }
}

/* The seed's shape and what demo data writes: day, date, videos with ISO durations only. */
static void
test_seed_shape (void)
{
  g_autoptr(JsonNode) schedule = json_from_string (
    "[{\"day\": 1, \"date\": \"2026-11-20\", \"videos\": [{\"videoId\": \"a\", \"title\": \"A\", \"thumbnail\": null, \"duration\": \"PT15M\"},"
    "                                                  {\"videoId\": \"b\", \"title\": \"B\", \"thumbnail\": null, \"duration\": \"PT1H2M3S\"}]},"
    " {\"day\": 2, \"date\": \"2026-11-21\", \"videos\": [{\"videoId\": \"c\", \"title\": \"C\", \"thumbnail\": null, \"duration\": \"bad\"}]},"
    " {\"day\": 3, \"date\": \"2026-11-23\", \"videos\": [{\"videoId\": \"d\", \"title\": \"D\", \"thumbnail\": null, \"duration\": \"PT10M\"}]},"
    " {\"day\": 4, \"date\": \"2026-11-24\", \"videos\": [{\"videoId\": \"e\", \"title\": \"E\", \"thumbnail\": null, \"duration\": \"PT10M\"}]},"
    " {\"day\": 5, \"date\": \"2026-11-25\", \"videos\": [{\"videoId\": \"f\", \"title\": \"F\", \"thumbnail\": null, \"duration\": \"PT10M\"}]},"
    " \"not a day\", {\"day\": 6, \"date\": \"someday\", \"videos\": []}]", NULL);
  g_autoptr(GHashTable) watched = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *video = json_array_get_object_element (json_object_get_array_member (day_at (schedule, 0), "videos"), 1);
  GDate today;

  g_assert_cmpint (pathway_schedule_day_seconds (day_at (schedule, 0)), ==, 15 * MINUTE + 3723);
  g_assert_cmpint (pathway_schedule_day_seconds (day_at (schedule, 1)), ==, 0);
  g_assert_cmpint (pathway_schedule_total_seconds (schedule), ==, 15 * MINUTE + 3723 + 30 * MINUTE);
  g_assert_cmpint (pathway_schedule_video_length (video), ==, 3723);
  g_assert_cmpint (pathway_schedule_total_seconds (NULL), ==, 0);

  /* Days behind: the 20th and 21st are not done; ahead: the 25th is done, the 24th is not. */
  set_date (&today, 2026, 11, 23);
  g_hash_table_add (watched, "b");
  g_hash_table_add (watched, "f");
  g_assert_cmpint (pathway_schedule_days_behind (schedule, watched, &today), ==, 2 - 1);
  g_hash_table_add (watched, "a");
  g_hash_table_add (watched, "c");
  g_assert_cmpint (pathway_schedule_days_behind (schedule, watched, &today), ==, 0 - 1);
  g_hash_table_add (watched, "e");
  g_assert_cmpint (pathway_schedule_days_behind (schedule, watched, &today), ==, -2);
  g_assert_cmpint (pathway_schedule_days_behind (schedule, NULL, &today), ==, 2);
}

static void
test_parse_date (void)
{
  static const char *bad[] = { "", "2026-1-01", "2026/11/23", "2026-13-01", "2026-02-29", "0000-01-01",
                               "2026-11-23T00:00:00Z", "２０２６-11-23", "+026-11-23", NULL };
  GDate date;

  g_assert_true (pathway_schedule_parse_date ("2028-02-29", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  g_assert_true (pathway_schedule_parse_date ("2026-11-23", &date));
  g_assert_cmpint (g_date_get_weekday (&date), ==, G_DATE_MONDAY);
  g_assert_false (pathway_schedule_parse_date (NULL, &date));
  for (guint i = 0; bad[i] != NULL; i++)
    g_assert_false (pathway_schedule_parse_date (bad[i], &date));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/schedule/properties", test_properties);
  g_test_add_func ("/core/schedule/long-video", test_long_video);
  g_test_add_func ("/core/schedule/speed", test_speed);
  g_test_add_func ("/core/schedule/watch-seconds", test_watch_seconds);
  g_test_add_func ("/core/schedule/weekdays", test_weekdays);
  g_test_add_func ("/core/schedule/errors", test_errors);
  g_test_add_func ("/core/schedule/edges", test_edges);
  g_test_add_func ("/core/schedule/replan", test_replan);
  g_test_add_func ("/core/schedule/replan-changed-playlist", test_replan_changed_playlist);
  g_test_add_func ("/core/schedule/replan-errors", test_replan_errors);
  g_test_add_func ("/core/schedule/seed-shape", test_seed_shape);
  g_test_add_func ("/core/schedule/parse-date", test_parse_date);

  return g_test_run ();
}
