/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-sync-runner"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-sync-error.h"
#include "pathway-sync-runner.h"
#include "pathway-sync-runs.h"

#define SOURCE "youtube"

typedef struct {
  gint64                    run_id;
  PathwayPlaylistMergeFunc  merge;
  gpointer                  merge_data;
  guint                     n_changed;
} Sync;

static gboolean
is_loopback (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  return host != NULL && (g_str_equal (host, "127.0.0.1") || g_str_equal (host, "localhost") ||
                          g_str_equal (host, "::1"));
}

/* Offline (and not talking to a local server, as tests and local mirrors do): say so at once. */
static gboolean
check_online (GError **error)
{
  g_autofree char *base = pathway_youtube_dup_base_url ();

  if (is_loopback (base) || g_network_monitor_get_network_available (g_network_monitor_get_default ()))
    return TRUE;

  g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_OFFLINE,
               _("Pathway is offline. Connect to the internet, or import a file made with yt-dlp."));
  return FALSE;
}

/* Closes the run; a quota or rate limit is remembered, so the next sync waits for it. */
static void
finish_run (PathwayDb    *db,
            Sync         *sync,
            guint         requests,
            guint         items_seen,
            const GError *error)
{
  g_autoptr(GError) store_error = NULL;
  PathwaySyncStatus status = PATHWAY_SYNC_SUCCEEDED;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    status = PATHWAY_SYNC_CANCELLED;
  else if (error != NULL)
    status = PATHWAY_SYNC_FAILED;

  if (g_error_matches (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_QUOTA) ||
      g_error_matches (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_RATE_LIMITED))
    {
      GDateTime *retry_at = pathway_sync_error_get_retry_at (error);

      if (retry_at != NULL && !pathway_sync_cursors_set_retry_after (db, SOURCE, NULL, retry_at, &store_error))
        g_debug ("Could not remember when to sync again: %s", store_error->message);
      g_clear_error (&store_error);
    }

  if (!pathway_sync_runs_finish (db, sync->run_id, status, requests, items_seen, sync->n_changed,
                                 error != NULL ? error->message : NULL, &store_error))
    g_debug ("Could not record the sync: %s", store_error->message);
}

static void
fetched (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PathwayDb *db = g_task_get_source_object (task);
  Sync *sync = g_task_get_task_data (task);
  g_autoptr(PathwayPlaylist) playlist = NULL;
  GError *error = NULL;

  playlist = pathway_youtube_fetch_playlist_finish (result, &error);
  if (playlist != NULL && !sync->merge (db, playlist, &sync->n_changed, sync->merge_data, &error))
    sync->n_changed = 0;

  finish_run (db, sync, playlist != NULL ? playlist->requests : 0, playlist != NULL ? playlist->videos->len : 0,
              error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Fetches a playlist and merges it, recording the run. */
void
pathway_sync_youtube_playlist_async (PathwayDb                  *db,
                                     const char                 *playlist_id,
                                     PathwayYoutubeProgressFunc  progress,
                                     gpointer                    progress_data,
                                     PathwayPlaylistMergeFunc    merge,
                                     gpointer                    merge_data,
                                     GCancellable               *cancellable,
                                     GAsyncReadyCallback         callback,
                                     gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) retry_after = NULL;
  GError *error = NULL;
  Sync *sync;

  g_return_if_fail (PATHWAY_IS_DB (db));
  g_return_if_fail (playlist_id != NULL);
  g_return_if_fail (merge != NULL);

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_sync_youtube_playlist_async);

  retry_after = pathway_sync_cursors_get_retry_after (db, SOURCE, NULL, &error);
  if (error != NULL ||
      !pathway_sync_check_retry_after ("YouTube", retry_after, now, &error) ||
      !check_online (&error))
    {
      g_task_return_error (task, error);
      return;
    }

  sync = g_new0 (Sync, 1);
  sync->merge = merge;
  sync->merge_data = merge_data;
  g_task_set_task_data (task, sync, g_free);

  sync->run_id = pathway_sync_runs_begin (db, SOURCE, playlist_id, &error);
  if (sync->run_id == 0)
    {
      g_task_return_error (task, error);
      return;
    }

  pathway_youtube_fetch_playlist_async (playlist_id, progress, progress_data, cancellable,
                                        fetched, g_steal_pointer (&task));
}

gboolean
pathway_sync_youtube_playlist_finish (PathwayDb     *db,
                                      GAsyncResult  *result,
                                      guint         *n_changed,
                                      GError       **error)
{
  Sync *sync;

  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_sync_youtube_playlist_async, FALSE);

  sync = g_task_get_task_data (G_TASK (result));
  if (n_changed != NULL)
    *n_changed = sync != NULL ? sync->n_changed : 0;
  return g_task_propagate_boolean (G_TASK (result), error);
}
