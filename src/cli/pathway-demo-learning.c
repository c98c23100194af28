/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-private.h"

#include "pathway-core-error.h"
#include "pathway-duration.h"
#include "pathway-plan-builder.h"
#include "pathway-rows.h"

/* A student's learning plan as the app would have built it from their onboarding answers, with
 * its months and where the student has got to: the days studied, the seconds studied on each
 * date, perhaps a video schedule, and the user's pointer to the day under way. */

#define ID_ALPHABET "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

/* A month of a plan as pathway_plan_build() made it. */
typedef struct {
  JsonObject                  *json;
  const PathwayCatalogueMonth *month;
  guint                        total_days;
  guint                        first;      /* the plan's number of its first lesson, from 0 */
} DemoPlanMonth;

typedef struct {
  gint64         user_id;
  gint64         id;
  JsonNode      *json;
  int            minutes;      /* a day */
  int            years;
  DemoPlanMonth *months;
  guint          n_months;
  guint          n_lessons;
  guint          per_day;      /* lessons in a study day */
  gint64         start;
  DemoDay       *days;         /* every lesson up to today */
  guint          done;         /* today's lesson, from 0 */
  guint          current;      /* the month under way, from 0 */
  guint          current_day;  /* the lessons of that month before today's */
} DemoPlan;

static void
plan_clear (DemoPlan *plan)
{
  g_clear_pointer (&plan->json, json_node_unref);
  g_clear_pointer (&plan->months, g_free);
  g_clear_pointer (&plan->days, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoPlan, plan_clear)

/* The plan the app itself would make from these onboarding answers; plan->json stays NULL, with
 * no error, for a student who knows it all already. */
static gboolean
build_plan (DemoContext  *ctx,
            DemoProfile  *profile,
            DemoPlan     *plan,
            GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree const char **skills = g_new0 (const char *, profile->skills->len + 1);
  const char *goal_ids[3] = { NULL, NULL, NULL };
  PathwayPlanRequest request;
  gint64 duration;

  goal_ids[0] = demo_goal (ctx->catalogue, profile->goal)->goal->id;
  if (profile->second_goal >= 0)
    goal_ids[1] = demo_goal (ctx->catalogue, profile->second_goal)->goal->id;
  for (guint i = 0; i < profile->skills->len; i++)
    skills[i] = g_ptr_array_index (profile->skills, i);
  plan->minutes = pathway_duration_parse (profile->time_commitment, &duration) ? (int) (duration / MINUTE) : 60;
  plan->minutes = CLAMP (plan->minutes, PATHWAY_PLAN_MIN_DAILY_MINUTES, PATHWAY_PLAN_MAX_DAILY_MINUTES);
  plan->years = rand_range (ctx->rand, PATHWAY_PLAN_MIN_YEARS, PATHWAY_PLAN_MAX_YEARS);

  request.goal_ids = goal_ids;
  request.current_skills = skills;
  request.daily_minutes = plan->minutes;
  request.total_years = plan->years;
  plan->json = pathway_plan_build (ctx->catalogue->catalogue, &request, &local_error);
  if (plan->json == NULL && !g_error_matches (local_error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_NOTHING_TO_LEARN))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static void
read_months (DemoContext *ctx,
             DemoPlan    *plan)
{
  JsonObject *object = json_node_get_object (plan->json);
  JsonArray *months = json_object_get_array_member (object, "months");

  plan->n_months = json_array_get_length (months);
  plan->per_day = json_object_get_int_member_with_default (object, "lessons_per_day", 1);
  plan->per_day = CLAMP (plan->per_day, 1, 3);
  plan->months = g_new0 (DemoPlanMonth, MAX (plan->n_months, 1));
  plan->n_lessons = 0;
  for (guint m = 0; m < plan->n_months; m++)
    {
      DemoPlanMonth *month = &plan->months[m];

      month->json = json_array_get_object_element (months, m);
      month->month = pathway_catalogue_lookup_month (ctx->catalogue->catalogue,
                                                     json_object_get_string_member (month->json, "key"));
      month->total_days = json_object_get_int_member_with_default (month->json, "total_days", 30);
      month->first = plan->n_lessons;
      plan->n_lessons += month->total_days;
    }
}

/* Most current plans were started in the last few months (a student may have had older ones).
 * Each study day takes 1.1 to 2.3 calendar days, so progress follows from the plan's age. Every
 * lesson up to today is worked out first, so that months can say when they started and ended.
 * With more than an hour a day, a study day holds two or three lessons. */
static void
schedule_days (DemoContext       *ctx,
               const DemoProfile *profile,
               DemoPlan          *plan)
{
  gint64 age = 2 * DAY + (gint64) (pow (g_rand_double (ctx->rand), 3) * 180 * DAY);
  double pace;
  gint64 study_offset;
  int lesson = plan->minutes * 60 / plan->per_day;

  plan->start = MAX (profile->created + HOUR, -age);
  pace = 1.1 + 1.2 * g_rand_double (ctx->rand);
  study_offset = rand_range (ctx->rand, 0, 12) * HOUR;
  plan->done = (guint) ((double) -plan->start / DAY / pace) * plan->per_day;
  plan->done = MIN (plan->done, plan->n_lessons - 1);
  for (plan->current = 0;
       plan->current + 1 < plan->n_months && plan->months[plan->current + 1].first <= plan->done;
       plan->current++)
    ;
  plan->current_day = plan->done - plan->months[plan->current].first;

  plan->days = g_new0 (DemoDay, plan->done + 1);
  for (guint t = 0; t <= plan->done; t++)
    {
      DemoDay *day = &plan->days[t];
      gboolean today = t == plan->done;

      day->status = !today ? PATHWAY_DAY_COMPLETED : chance (ctx->rand, 0.35) ? PATHWAY_DAY_FAILED : PATHWAY_DAY_ACTIVE;
      if (day->status == PATHWAY_DAY_COMPLETED)
        {
          guint roll = g_rand_int_range (ctx->rand, 0, 100);

          day->attempts = roll < 70 ? 1 : roll < 92 ? 2 : 3;
        }
      else
        day->attempts = day->status == PATHWAY_DAY_FAILED ? rand_range (ctx->rand, 1, 2) : 0;

      day->time_spent = (int) (lesson * (today && day->attempts == 0 ? 0.2 + 0.5 * g_rand_double (ctx->rand)
                                                                      : 0.6 + 0.7 * g_rand_double (ctx->rand)));
      day->start = plan->start + (gint64) ((t / plan->per_day) * pace * DAY) + study_offset +
                   (t % plan->per_day) * (lesson + 10 * MINUTE);
      day->start += rand_range (ctx->rand, 0, 30) * MINUTE;
      day->start = MIN (day->start, -(day->time_spent + 5 * MINUTE));
      if (t > 0)
        day->start = MAX (day->start, plan->days[t - 1].end + MINUTE);
      day->end = day->start + day->time_spent;
    }
}

static gboolean
write_plan (DemoContext  *ctx,
            DemoPlan     *plan,
            const char   *title,
            GError      **error)
{
  g_autoptr(PathwayLearningPlan) row = pathway_learning_plan_new ();

  for (guint m = 0; m < plan->n_months; m++)
    json_object_set_string_member (plan->months[m].json, "status",
                                   pathway_path_status_nicks[m < plan->current ? PATHWAY_PATH_COMPLETED
                                                             : m == plan->current ? PATHWAY_PATH_ACTIVE
                                                             : PATHWAY_PATH_LOCKED]);

  row->user_id = plan->user_id;
  row->title = g_strdup (title);
  row->total_years = plan->years;
  row->plan = json_node_ref (plan->json);
  row->created_at = at (ctx, plan->start);
  row->updated_at = at (ctx, plan->days[plan->done].end);
  return _pathway_demo_insert (ctx, &pathway_learning_plans_table, g_steal_pointer (&row), &plan->id, error);
}

static gboolean
write_paths (DemoContext  *ctx,
             DemoPlan     *plan,
             GError      **error)
{
  for (guint m = 0; m < plan->n_months; m++)
    {
      g_autoptr(PathwayLearningPath) path = pathway_learning_path_new ();
      const DemoPlanMonth *month = &plan->months[m];

      path->plan_id = plan->id;
      path->user_id = plan->user_id;
      path->global_month_index = m + 1;
      path->year_number = m / 12 + 1;
      path->month_of_year = m % 12 + 1;
      path->title = g_strdup (month->month->title);
      path->total_days = month->total_days;
      path->created_at = at (ctx, plan->start);
      if (m < plan->current)
        {
          path->status = PATHWAY_PATH_COMPLETED;
          path->current_day = month->total_days;
          path->days_completed = month->total_days;
          path->started_at = at (ctx, plan->days[month->first].start);
          path->completed_at = at (ctx, plan->days[month->first + month->total_days - 1].end);
          path->last_activity_at = g_date_time_ref (path->completed_at);
          path->updated_at = g_date_time_ref (path->completed_at);
        }
      else if (m == plan->current)
        {
          path->status = PATHWAY_PATH_ACTIVE;
          path->current_day = plan->current_day + 1;
          path->days_completed = plan->current_day;
          path->started_at = at (ctx, plan->days[month->first].start);
          path->last_activity_at = at (ctx, plan->days[plan->done].end);
          path->updated_at = g_date_time_ref (path->last_activity_at);
        }
      else
        {
          path->status = PATHWAY_PATH_LOCKED;
          path->current_day = 1;
          path->days_completed = 0;
          path->updated_at = at (ctx, plan->start);
        }

      if (!_pathway_demo_insert (ctx, &pathway_learning_paths_table, g_steal_pointer (&path), NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* The lessons up to today, then the locked rest of the month under way. */
static gboolean
write_days (DemoContext  *ctx,
            DemoPlan     *plan,
            GError      **error)
{
  const DemoPlanMonth *current = &plan->months[plan->current];

  for (guint t = 0, m = 0; t <= plan->done; t++)
    {
      while (t >= plan->months[m].first + plan->months[m].total_days)
        m++;
      if (!_pathway_demo_generate_day (ctx, plan->user_id, plan->id, plan->months[m].month, m + 1,
                                       t - plan->months[m].first + 1, &plan->days[t], error))
        return FALSE;
    }

  for (guint d = plan->current_day + 2; d <= current->total_days; d++)
    if (!_pathway_demo_generate_locked_day (ctx, plan->user_id, plan->id, plan->current + 1, d,
                                            plan->days[current->first].start, error))
      return FALSE;

  return TRUE;
}

/* The seconds studied on each calendar date, as the app counts them for streaks and the heatmap. */
static gboolean
write_study_days (DemoContext  *ctx,
                  DemoPlan     *plan,
                  GError      **error)
{
  const DemoDay *days = plan->days;
  guint n_days = plan->done + 1;

  for (guint t = 0; t < n_days;)
    {
      g_autoptr(PathwayStudyDay) study_day = pathway_study_day_new ();
      g_autofree char *date = format_at (ctx, days[t].start, "%Y-%m-%d");
      int seconds = 0;

      /* lessons are in time order, so a date's lessons are next to each other */
      for (; t < n_days; t++)
        {
          g_autofree char *other = format_at (ctx, days[t].start, "%Y-%m-%d");

          if (!g_str_equal (other, date))
            break;
          seconds += days[t].time_spent;
        }

      study_day->user_id = plan->user_id;
      study_day->study_date = g_steal_pointer (&date);
      study_day->seconds = seconds;
      if (!_pathway_demo_insert (ctx, &pathway_study_days_table, g_steal_pointer (&study_day), NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* One day of a video schedule: videos of 4 to 25 minutes until the day's time is about used. */
static JsonObject *
video_day (DemoContext                 *ctx,
           const PathwayCatalogueMonth *month,
           int                          d,
           gint64                       created,
           int                          daily)
{
  JsonObject *entry = json_object_new ();
  JsonArray *videos = json_array_new ();
  g_autofree char *date = format_at (ctx, created + d * DAY, "%Y-%m-%d");
  int total = 0;

  for (int v = 0; v < 6 && (v == 0 || total < daily * 60 * 4 / 5); v++)
    {
      JsonObject *video;
      g_autofree char *video_id = _pathway_demo_random_string (ctx->rand, ID_ALPHABET, 11);
      g_autofree char *title = _pathway_demo_fill (pick (ctx->rand, &pathway_demo_video_titles),
                                                   "topic", month_topic (month, d + v),
                                                   "skill", month_skill (month, d), NULL);
      g_autofree char *thumbnail = g_strdup_printf ("https://i.ytimg.example/vi/%s/mqdefault.jpg", video_id);
      int whole_minutes = rand_range (ctx->rand, 4, 24);
      int seconds = whole_minutes * 60 + rand_range (ctx->rand, 0, 59);
      g_autofree char *duration = pathway_duration_format (seconds);

      if (v > 0 && total + seconds > daily * 60 + 5 * 60)
        break;
      total += seconds;
      video = json_object_new ();
      json_object_set_string_member (video, "videoId", video_id);
      json_object_set_string_member (video, "title", title);
      json_object_set_string_member (video, "thumbnail", thumbnail);
      json_object_set_string_member (video, "duration", duration);
      json_array_add_object_element (videos, video);
    }

  json_object_set_int_member (entry, "day", d + 1);
  json_object_set_string_member (entry, "date", date);
  json_object_set_array_member (entry, "videos", videos);
  return entry;
}

static gboolean
write_video_schedule (DemoContext  *ctx,
                      DemoPlan     *plan,
                      GError      **error)
{
  g_autoptr(PathwayYoutubeSchedule) schedule = pathway_youtube_schedule_new ();
  const PathwayCatalogueMonth *month = plan->months[plan->current].month;
  JsonArray *days = json_array_new ();
  g_autofree char *n_days_text = NULL;
  g_autofree char *id = _pathway_demo_random_string (ctx->rand, ID_ALPHABET, 32);
  gint64 created = -rand_range (ctx->rand, 1, 30) * DAY;
  int daily = 5 * (int) round (plan->minutes * (0.5 + 0.5 * g_rand_double (ctx->rand)) / 5);
  int n_days = rand_range (ctx->rand, 7, 21);
  int hour, quarter;

  created = MAX (created, plan->start + HOUR);
  daily = CLAMP (daily, 15, 180);
  schedule->user_id = plan->user_id;
  schedule->playlist_id = g_strconcat ("PL", id, NULL);
  schedule->playlist_url = g_strdup_printf ("https://www.youtube.com/playlist?list=%s", schedule->playlist_id);
  n_days_text = g_strdup_printf ("%d", n_days);
  schedule->playlist_title = _pathway_demo_fill (pick (ctx->rand, &pathway_demo_playlist_titles),
                                                 "month", month->title, "topic", month_topic (month, 0),
                                                 "skill", month_skill (month, 0), "days", n_days_text, NULL);
  schedule->daily_minutes = daily;

  for (int d = 0; d < n_days; d++)
    json_array_add_object_element (days, video_day (ctx, month, d, created, daily));

  schedule->schedule = take_array (days);
  hour = rand_range (ctx->rand, 6, 21);
  quarter = rand_range (ctx->rand, 0, 3);
  schedule->start_time = g_strdup_printf ("%02d:%02d", hour, 15 * quarter);
  schedule->duration_minutes = daily;
  schedule->created = at (ctx, created);
  return _pathway_demo_insert (ctx, &pathway_youtube_schedules_table, g_steal_pointer (&schedule), NULL, error);
}

/* Points each student with a plan at the day under way, as the app does when a lesson opens; run
 * once the plans are written, which the users' rows refer to. */
gboolean
_pathway_demo_set_current_days (DemoContext  *ctx,
                                GError      **error)
{
  for (guint i = 0; i < ctx->current_days->len; i++)
    {
      const DemoCurrentDay *current = &g_array_index (ctx->current_days, DemoCurrentDay, i);
      g_autoptr(PathwayUser) user = pathway_users_get (ctx->db, current->user_id, error);

      if (user == NULL)
        return FALSE;
      user->current_plan_id = current->plan_id;
      user->current_month_index = current->month_index;
      user->current_day = current->day;
      if (!pathway_users_update (ctx->db, user, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_pathway_demo_generate_plan (DemoContext  *ctx,
                             guint         n,
                             GError      **error)
{
  g_auto(DemoProfile) profile = { 0 };
  g_auto(DemoPlan) plan = { 0 };
  g_autofree char *title = NULL;
  DemoCurrentDay current;

  _pathway_demo_profile_build (ctx, STREAM_STUDENT, n, &profile);
  plan.user_id = g_array_index (ctx->student_ids, gint64, n);
  if (!build_plan (ctx, &profile, &plan, error))
    return FALSE;
  if (plan.json == NULL)
    return TRUE; /* they know it all already: no plan, as in the app */

  read_months (ctx, &plan);
  g_return_val_if_fail (plan.n_months > 0 && plan.n_lessons > 0, FALSE);
  schedule_days (ctx, &profile, &plan);

  /* as the app names plans: after the goal, or the schema's default for several */
  if (profile.second_goal < 0)
    title = g_strdup_printf ("%s Plan", demo_goal (ctx->catalogue, profile.goal)->goal->title);

  if (!write_plan (ctx, &plan, title, error) ||
      !write_paths (ctx, &plan, error) ||
      !write_days (ctx, &plan, error) ||
      !write_study_days (ctx, &plan, error))
    return FALSE;

  if (chance (ctx->rand, 1.0 / 3) && !write_video_schedule (ctx, &plan, error))
    return FALSE;

  current.user_id = plan.user_id;
  current.plan_id = plan.id;
  current.month_index = plan.current + 1;
  current.day = plan.current_day + 1;
  g_array_append_val (ctx->current_days, current);
  return TRUE;
}
