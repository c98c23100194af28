/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-schedules"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-calendar-export.h"
#include "pathway-rows.h"
#include "pathway-schedule.h"
#include "pathway-schedules.h"
#include "pathway-time.h"
#include "pathway-youtube-link.h"

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static PathwayScheduleRequest
make_request (int          daily_minutes,
              double       speed,
              guint8       weekdays,
              const GDate *start)
{
  PathwayScheduleRequest request = { daily_minutes, speed, weekdays, start };

  return request;
}

static PathwayPlaylistVideo *
video_row (gint64              schedule_id,
           const PathwayVideo *video)
{
  PathwayPlaylistVideo *row = pathway_playlist_video_new ();

  row->schedule_id = schedule_id;
  row->video_id = g_strdup (video->id);
  row->position = video->position;
  row->title = g_strdup (video->title != NULL ? video->title : "");
  row->channel = g_strdup (video->channel);
  row->thumbnail_url = g_strdup (video->thumbnail_url);
  row->duration = video->duration >= 0 ? (int) MIN (video->duration, G_MAXINT) : PATHWAY_UNSET;
  row->availability = video->availability;
  return row;
}

static PathwayVideo *
video_from_row (const PathwayPlaylistVideo *row)
{
  PathwayVideo *video = pathway_video_new ();

  video->id = g_strdup (row->video_id);
  video->position = row->position;
  video->title = g_strdup (row->title);
  video->channel = g_strdup (row->channel);
  video->thumbnail_url = g_strdup (row->thumbnail_url);
  video->duration = row->duration != PATHWAY_UNSET ? row->duration : PATHWAY_VIDEO_DURATION_UNKNOWN;
  video->availability = row->availability;
  return video;
}

/* A playlist may hold a video twice; Pathway keeps it once, at its first place. */
static gboolean
insert_videos (PathwayDb              *db,
               gint64                  schedule_id,
               const PathwayPlaylist  *playlist,
               GError                **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < playlist->videos->len; i++)
    {
      PathwayVideo *video = g_ptr_array_index (playlist->videos, i);
      g_autoptr(PathwayPlaylistVideo) row = NULL;

      if (!g_hash_table_add (seen, video->id))
        continue;

      row = video_row (schedule_id, video);
      if (!pathway_playlist_videos_insert (db, row, error))
        return FALSE;
    }

  return TRUE;
}

/* Makes a schedule from a fetched or imported playlist, in one transaction: the seed's row, the
 * settings it was planned with, and every video as fetched. Returns its id, or 0. */
gint64
pathway_schedules_create (PathwayDb                     *db,
                          gint64                         user_id,
                          const PathwayPlaylist         *playlist,
                          PathwayScheduleSource          source,
                          const PathwayScheduleSettings *settings,
                          GError                       **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayYoutubeSchedule) schedule = pathway_youtube_schedule_new ();
  g_autoptr(PathwayScheduleOptions) options = pathway_schedule_options_new ();
  PathwayScheduleRequest request;

  g_return_val_if_fail (PATHWAY_IS_DB (db), 0);
  g_return_val_if_fail (playlist != NULL && playlist->id != NULL, 0);
  g_return_val_if_fail (settings != NULL, 0);

  request = make_request (settings->daily_minutes, settings->speed, settings->weekdays, &settings->start);
  schedule->schedule = pathway_schedule_build (playlist->videos, &request, error);
  if (schedule->schedule == NULL)
    return 0;

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return 0;

  schedule->user_id = user_id;
  schedule->playlist_id = g_strdup (playlist->id);
  schedule->playlist_url = pathway_youtube_playlist_url (playlist->id);
  schedule->playlist_title = g_strdup (playlist->title != NULL ? playlist->title : playlist->id);
  schedule->daily_minutes = settings->daily_minutes;
  schedule->start_time = g_strdup (settings->start_time);
  schedule->duration_minutes = settings->daily_minutes;
  if (!pathway_youtube_schedules_insert (db, schedule, error))
    return 0;

  options->schedule_id = schedule->id;
  options->weekdays = settings->weekdays;
  options->start_date = format_date (&settings->start);
  options->speed = settings->speed;
  options->source = source;
  options->revision = 0;
  options->synced_at = pathway_timestamp_now ();
  if (!pathway_schedule_options_rows_insert (db, options, error) ||
      !insert_videos (db, schedule->id, playlist, error) ||
      !pathway_transaction_commit (transaction, error))
    return 0;

  return schedule->id;
}

PathwayScheduleOptions *
pathway_schedules_get_options (PathwayDb  *db,
                               gint64      schedule_id,
                               GError    **error)
{
  const gint64 values[] = { schedule_id };

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  return pathway_row_find (db, &pathway_schedule_options_table, "schedule_id = ?1", values, 1, error);
}

/* The playlist's videos as last fetched, in playlist order, as PathwayVideo. */
GPtrArray *
pathway_schedules_get_videos (PathwayDb  *db,
                              gint64      schedule_id,
                              GError    **error)
{
  const gint64 values[] = { schedule_id };
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *videos;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  rows = pathway_row_select (db, &pathway_playlist_videos_table, "schedule_id = ?1 ORDER BY position, id",
                             values, 1, error);
  if (rows == NULL)
    return NULL;

  videos = g_ptr_array_new_full (rows->len, (GDestroyNotify) pathway_video_free);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (videos, video_from_row (g_ptr_array_index (rows, i)));
  return videos;
}

/* The ids of the videos marked watched, as a set. */
GHashTable *
pathway_schedules_get_watched (PathwayDb  *db,
                               gint64      schedule_id,
                               GError    **error)
{
  const gint64 values[] = { schedule_id };
  g_autoptr(GPtrArray) rows = NULL;
  GHashTable *watched;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  rows = pathway_row_select (db, &pathway_video_watches_table, "schedule_id = ?1", values, 1, error);
  if (rows == NULL)
    return NULL;

  watched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_add (watched, g_strdup (((PathwayVideoWatch *) g_ptr_array_index (rows, i))->video_id));
  return watched;
}

gboolean
pathway_schedules_set_watched (PathwayDb   *db,
                               gint64       schedule_id,
                               const char  *video_id,
                               gboolean     watched,
                               GError     **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (video_id != NULL, FALSE);

  if (watched)
    stmt = pathway_db_prepare (db, "INSERT INTO video_watches (schedule_id, video_id) VALUES (?1, ?2) "
                                   "ON CONFLICT (schedule_id, video_id) DO NOTHING", error);
  else
    stmt = pathway_db_prepare (db, "DELETE FROM video_watches WHERE schedule_id = ?1 AND video_id = ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, schedule_id);
  sqlite3_bind_text (stmt, 2, video_id, -1, SQLITE_TRANSIENT);
  return pathway_db_step_done (db, stmt, _(pathway_video_watches_table.label), error);
}

/* Plans the not yet watched videos again from today, keeping what was watched, and bumps the
 * revision so calendars update. Must run inside a transaction. */
static gboolean
replan (PathwayDb    *db,
        gint64        schedule_id,
        const GDate  *today,
        GError      **error)
{
  g_autoptr(PathwayYoutubeSchedule) schedule = pathway_youtube_schedules_get (db, schedule_id, error);
  g_autoptr(PathwayScheduleOptions) options = NULL;
  g_autoptr(GPtrArray) videos = NULL;
  g_autoptr(GHashTable) watched = NULL;
  JsonNode *planned;
  PathwayScheduleRequest request;

  if (schedule == NULL ||
      (options = pathway_schedules_get_options (db, schedule_id, error)) == NULL ||
      (videos = pathway_schedules_get_videos (db, schedule_id, error)) == NULL ||
      (watched = pathway_schedules_get_watched (db, schedule_id, error)) == NULL)
    return FALSE;

  request = make_request (schedule->daily_minutes, options->speed, options->weekdays, today);
  planned = pathway_schedule_replan (schedule->schedule, watched, &request, videos, error);
  if (planned == NULL)
    return FALSE;

  json_node_unref (schedule->schedule);
  schedule->schedule = planned;
  options->revision++;
  return pathway_youtube_schedules_update (db, schedule, error) &&
         pathway_schedule_options_rows_update (db, options, error);
}

gboolean
pathway_schedules_replan (PathwayDb    *db,
                          gint64        schedule_id,
                          const GDate  *today,
                          GError      **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  transaction = pathway_db_begin (db, error);
  return transaction != NULL &&
         replan (db, schedule_id, today, error) &&
         pathway_transaction_commit (transaction, error);
}

static gboolean
same_video (const PathwayPlaylistVideo *row,
            const PathwayVideo         *video)
{
  return row->position == (int) video->position &&
         g_strcmp0 (row->title, video->title != NULL ? video->title : "") == 0 &&
         g_strcmp0 (row->channel, video->channel) == 0 &&
         g_strcmp0 (row->thumbnail_url, video->thumbnail_url) == 0 &&
         row->duration == (video->duration >= 0 ? (int) MIN (video->duration, G_MAXINT) : PATHWAY_UNSET) &&
         row->availability == (int) video->availability;
}

/* Merges a fresh fetch into the stored videos, keyed by video id: new ones added, changed ones
 * updated, gone ones removed; *n_changed counts the rows touched. */
static gboolean
merge_videos (PathwayDb              *db,
              gint64                  schedule_id,
              const PathwayPlaylist  *playlist,
              guint                  *n_changed,
              GError                **error)
{
  const gint64 values[] = { schedule_id };
  g_autoptr(GPtrArray) rows = pathway_row_select (db, &pathway_playlist_videos_table, "schedule_id = ?1",
                                                  values, 1, error);
  g_autoptr(GHashTable) stored = NULL;
  g_autoptr(GHashTable) fetched = g_hash_table_new (g_str_hash, g_str_equal);

  if (rows == NULL)
    return FALSE;

  stored = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < rows->len; i++)
    {
      PathwayPlaylistVideo *row = g_ptr_array_index (rows, i);
      g_hash_table_insert (stored, row->video_id, row);
    }

  for (guint i = 0; i < playlist->videos->len; i++)
    {
      PathwayVideo *video = g_ptr_array_index (playlist->videos, i);
      PathwayPlaylistVideo *row = g_hash_table_lookup (stored, video->id);
      g_autoptr(PathwayPlaylistVideo) fresh = NULL;

      if (!g_hash_table_add (fetched, video->id) || (row != NULL && same_video (row, video)))
        continue;

      fresh = video_row (schedule_id, video);
      if (row != NULL)
        fresh->id = row->id;
      if (!(row != NULL ? pathway_playlist_videos_update (db, fresh, error)
                        : pathway_playlist_videos_insert (db, fresh, error)))
        return FALSE;
      (*n_changed)++;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      PathwayPlaylistVideo *row = g_ptr_array_index (rows, i);

      if (g_hash_table_contains (fetched, row->video_id))
        continue;
      if (!pathway_playlist_videos_delete (db, row->id, error))
        return FALSE;
      (*n_changed)++;
    }

  return TRUE;
}

/* Takes in a fresh fetch of the playlist without losing watched marks: when anything changed, the
 * unwatched videos are planned again from today. Syncing the same playlist again changes nothing. */
gboolean
pathway_schedules_resync (PathwayDb              *db,
                          gint64                  schedule_id,
                          const PathwayPlaylist  *playlist,
                          const GDate            *today,
                          guint                  *n_changed_out,
                          GError                **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayYoutubeSchedule) schedule = NULL;
  guint n_changed = 0;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (playlist != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL || !merge_videos (db, schedule_id, playlist, &n_changed, error))
    return FALSE;

  if (n_changed > 0)
    {
      schedule = pathway_youtube_schedules_get (db, schedule_id, error);
      if (schedule == NULL)
        return FALSE;

      if (playlist->title != NULL && g_strcmp0 (schedule->playlist_title, playlist->title) != 0)
        {
          g_free (schedule->playlist_title);
          schedule->playlist_title = g_strdup (playlist->title);
          if (!pathway_youtube_schedules_update (db, schedule, error))
            return FALSE;
        }

      if (!replan (db, schedule_id, today, error))
        return FALSE;
    }

  if (!pathway_transaction_commit (transaction, error))
    return FALSE;

  if (n_changed_out != NULL)
    *n_changed_out = n_changed;
  return TRUE;
}

/* The student's schedules, newest first. */
GPtrArray *
pathway_schedules_list (PathwayDb  *db,
                        gint64      user_id,
                        GError    **error)
{
  const gint64 values[] = { user_id };

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  return pathway_row_select (db, &pathway_youtube_schedules_table, "user_id = ?1 ORDER BY created DESC, id DESC",
                             values, 1, error);
}

/* The schedule as an iCalendar file, one event per study day. */
char *
pathway_schedules_export_ics (PathwayDb  *db,
                              gint64      schedule_id,
                              GDateTime  *now,
                              GError    **error)
{
  g_autoptr(PathwayYoutubeSchedule) schedule = NULL;
  g_autoptr(PathwayScheduleOptions) options = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  PathwayCalendarRequest request = { 0 };

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  schedule = pathway_youtube_schedules_get (db, schedule_id, error);
  if (schedule == NULL || (options = pathway_schedules_get_options (db, schedule_id, error)) == NULL)
    return NULL;

  request.schedule_id = schedule_id;
  request.playlist_title = schedule->playlist_title;
  request.start_time = schedule->start_time;
  request.sequence = options->revision;
  request.time_zone = zone;
  return pathway_calendar_export (schedule->schedule, &request, now, error);
}
