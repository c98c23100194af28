/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-youtube"

#include "config.h"

#include "pathway-youtube-client.h"

#include <glib/gi18n.h>

#include "pathway-http.h"
#include "pathway-secrets.h"
#include "pathway-sync-error.h"

#define DEFAULT_BASE_URL "https://www.googleapis.com/youtube/v3/"
#define BASE_URL_KEY     "youtube-api-url"
/* A playlist holds at most 5,000 videos, 100 pages: more means the page tokens go round in circles. */
#define MAX_PAGES        200

typedef struct {
  char                       *playlist_id;
  char                       *base_url;
  char                       *key;          /* wiped when freed */
  PathwayYoutubeProgressFunc  progress;
  gpointer                    progress_data;
  PathwayHttpPolicy           policy;
  PathwayPlaylist            *playlist;
  char                       *page_token;
  guint                       pages;
  GPtrArray                  *ids;          /* distinct available videos, to ask videos about */
  guint                       next_id;
  GHashTable                 *details;      /* video id → PathwayVideo */
  guint                       requests;
  guint                       answers;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_free (fetch->playlist_id);
  g_free (fetch->base_url);
  secret_password_free (fetch->key);
  g_clear_pointer (&fetch->playlist, pathway_playlist_free);
  g_free (fetch->page_token);
  g_clear_pointer (&fetch->ids, g_ptr_array_unref);
  g_clear_pointer (&fetch->details, g_hash_table_unref);
  g_free (fetch);
}

static char *
read_base_url_setting (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  /* g_settings_new() aborts on a missing schema; the CLI may run where none is installed. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, BASE_URL_KEY))
    return NULL;

  settings = g_settings_new_full (schema, NULL, NULL);
  return g_settings_get_string (settings, BASE_URL_KEY);
}

/* The API's base address, ending with a slash: $PATHWAY_YOUTUBE_API_URL, else the setting. */
char *
pathway_youtube_dup_base_url (void)
{
  const char *env = g_getenv ("PATHWAY_YOUTUBE_API_URL");
  g_autofree char *url = NULL;

  if (env != NULL && *env != '\0')
    url = g_strdup (env);
  else
    url = read_base_url_setting ();

  if (url == NULL || *g_strstrip (url) == '\0')
    {
      g_free (url);
      url = g_strdup (DEFAULT_BASE_URL);
    }

  if (!g_str_has_suffix (url, "/"))
    return g_strconcat (url, "/", NULL);

  return g_steal_pointer (&url);
}

static void
count_request (guint    attempt,
               gpointer user_data)
{
  Fetch *fetch = user_data;

  fetch->requests++;
}

/* Requests still to make, as far as is known: unavailable videos are known only once listed. */
static double
fraction_done (Fetch *fetch)
{
  guint items = MAX (fetch->playlist->item_count, fetch->playlist->videos->len);
  guint pages = MAX (fetch->pages, MAX (1, (items + PATHWAY_YOUTUBE_PAGE_SIZE - 1) / PATHWAY_YOUTUBE_PAGE_SIZE));
  guint batches = fetch->ids != NULL ? fetch->ids->len : items;

  batches = (batches + PATHWAY_YOUTUBE_PAGE_SIZE - 1) / PATHWAY_YOUTUBE_PAGE_SIZE;
  return MIN (1.0, (double) fetch->answers / (1 + pages + batches));
}

static void
report_progress (Fetch *fetch)
{
  g_autofree char *text = NULL;
  guint done, total;

  if (fetch->progress == NULL)
    return;

  if (fetch->ids == NULL)
    {
      done = fetch->playlist->videos->len;
      total = MAX (fetch->playlist->item_count, done);
      text = g_strdup_printf (ngettext ("Fetched %u of %u video…", "Fetched %u of %u videos…", total), done, total);
    }
  else
    {
      done = MIN (fetch->next_id, fetch->ids->len);
      total = fetch->ids->len;
      text = g_strdup_printf (ngettext ("Fetched the details of %u of %u video…",
                                        "Fetched the details of %u of %u videos…", total), done, total);
    }

  fetch->progress (fraction_done (fetch), text, fetch->progress_data);
}

/* The key goes in the query and nowhere else; pathway-http logs only host and path. */
static void
get (GTask               *task,
     const char          *endpoint,
     const char          *query,
     GAsyncReadyCallback  callback)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *key = g_uri_escape_string (fetch->key, NULL, FALSE);
  g_autofree char *uri = g_strconcat (fetch->base_url, endpoint, "?", query, "&key=", key, NULL);

  pathway_http_get_json_async (uri, NULL, &fetch->policy, g_task_get_cancellable (task),
                               callback, g_object_ref (task));
}

/* The generic message cannot know that a yt-dlp file is the way to go on offline. */
static GError *
explain_for_youtube (GError *error)
{
  if (g_error_matches (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_OFFLINE))
    {
      g_error_free (error);
      return g_error_new_literal (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_OFFLINE,
                                  _("Pathway is offline. Connect to the internet, or import a file made with yt-dlp."));
    }

  return error;
}

/* The answer of a successful request, or NULL once the task has returned the error. */
static PathwayHttpResponse *
finish_get (GTask        *task,
            GAsyncResult *result)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(PathwayHttpResponse) response = NULL;
  GError *error = NULL;

  response = pathway_http_get_json_finish (result, &error);
  if (response == NULL)
    {
      g_task_return_error (task, explain_for_youtube (error));
      return NULL;
    }

  if (response->status >= 400)
    {
      pathway_youtube_parse_error (response->status, response->json, &error);

      /* rateLimitExceeded comes as a 403, which pathway-http hands over without waiting. */
      if (g_error_matches (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_RATE_LIMITED))
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
          gint64 seconds = pathway_http_parse_retry_after (soup_message_headers_get_one (response->headers,
                                                                                         "Retry-After"), now);
          g_autoptr(GDateTime) retry_at = seconds >= 0 ? g_date_time_add_seconds (now, (double) seconds) : NULL;

          pathway_sync_error_set_retry_at (error, retry_at);
        }

      g_task_return_error (task, error);
      return NULL;
    }

  fetch->answers++;
  return g_steal_pointer (&response);
}

static void
finish_fetch (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  guint omitted = pathway_youtube_merge_videos (fetch->playlist->videos, fetch->details);

  if (omitted > 0)
    g_debug ("Playlist %s: the videos calls left out %u videos; they are marked deleted",
             fetch->playlist_id, omitted);

  fetch->playlist->requests = fetch->requests;
  g_task_return_pointer (task, g_steal_pointer (&fetch->playlist), (GDestroyNotify) pathway_playlist_free);
}

static void request_videos (GTask *task);

static void
on_videos (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(PathwayHttpResponse) response = finish_get (task, result);
  GError *error = NULL;

  if (response == NULL)
    return;

  if (!pathway_youtube_parse_videos (response->json, fetch->details, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  report_progress (fetch);
  request_videos (task);
}

/* Up to 50 ids a call; private and deleted videos are not asked about, since they have no details. */
static void
request_videos (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GString) ids = g_string_new (NULL);
  g_autofree char *query = NULL;
  guint end;

  if (fetch->next_id >= fetch->ids->len)
    {
      finish_fetch (task);
      return;
    }

  end = MIN (fetch->next_id + PATHWAY_YOUTUBE_PAGE_SIZE, fetch->ids->len);
  for (guint i = fetch->next_id; i < end; i++)
    {
      if (ids->len > 0)
        g_string_append_c (ids, ',');
      g_string_append_uri_escaped (ids, g_ptr_array_index (fetch->ids, i), NULL, FALSE);
    }
  fetch->next_id = end;

  query = g_strconcat ("part=contentDetails,snippet&id=", ids->str, NULL);
  get (task, "videos", query, on_videos);
}

/* A video can appear twice in a playlist; it is asked about once. */
static void
collect_ids (Fetch *fetch)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  fetch->ids = g_ptr_array_new ();
  for (guint i = 0; i < fetch->playlist->videos->len; i++)
    {
      PathwayVideo *video = g_ptr_array_index (fetch->playlist->videos, i);

      if (video->availability == PATHWAY_VIDEO_AVAILABLE && g_hash_table_add (seen, video->id))
        g_ptr_array_add (fetch->ids, video->id);
    }
}

static void request_items_page (GTask *task);

static void
on_items_page (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(PathwayHttpResponse) response = finish_get (task, result);
  g_autofree char *next_token = NULL;
  GError *error = NULL;

  if (response == NULL)
    return;

  if (!pathway_youtube_parse_items_page (response->json, fetch->playlist->videos, &next_token, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  fetch->pages++;
  report_progress (fetch);

  if (next_token != NULL)
    {
      if (fetch->pages >= MAX_PAGES || g_strcmp0 (next_token, fetch->page_token) == 0)
        {
          g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                                   _("YouTube keeps sending more pages of this playlist than a playlist can "
                                     "hold. Try again later."));
          return;
        }

      g_free (fetch->page_token);
      fetch->page_token = g_steal_pointer (&next_token);
      request_items_page (task);
      return;
    }

  collect_ids (fetch);
  request_videos (task);
}

static void
request_items_page (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GString) query = g_string_new ("part=snippet,contentDetails&playlistId=");

  g_string_append_uri_escaped (query, fetch->playlist_id, NULL, FALSE);
  g_string_append_printf (query, "&maxResults=%d", PATHWAY_YOUTUBE_PAGE_SIZE);
  if (fetch->page_token != NULL)
    {
      g_string_append (query, "&pageToken=");
      g_string_append_uri_escaped (query, fetch->page_token, NULL, FALSE);
    }

  get (task, "playlistItems", query->str, on_items_page);
}

static void
on_playlist (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(PathwayHttpResponse) response = finish_get (task, result);
  GError *error = NULL;

  if (response == NULL)
    return;

  if (!pathway_youtube_parse_playlists (response->json, fetch->playlist, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  report_progress (fetch);
  request_items_page (task);
}

static void
start_fetch (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GString) query = g_string_new ("part=snippet,contentDetails&id=");

  if (fetch->key == NULL || *g_strstrip (fetch->key) == '\0')
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_AUTH,
                               _("Add a YouTube Data API key in Preferences, or import a file made with yt-dlp."));
      return;
    }

  g_string_append_uri_escaped (query, fetch->playlist_id, NULL, FALSE);
  get (task, "playlists", query->str, on_playlist);
}

static void
on_key (GObject      *source_object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  fetch->key = pathway_secrets_lookup_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (error != NULL)
    {
      g_debug ("The keyring could not be read: %s", error->message);
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_AUTH,
                               _("Pathway could not read the YouTube API key from the keyring. Unlock the "
                                 "keyring, or add the key again in Preferences."));
      return;
    }

  start_fetch (task);
}

void
pathway_youtube_fetch_playlist_async (const char                 *playlist_id,
                                      PathwayYoutubeProgressFunc  progress,
                                      gpointer                    progress_data,
                                      GCancellable               *cancellable,
                                      GAsyncReadyCallback         callback,
                                      gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *env_key = g_getenv ("PATHWAY_YOUTUBE_API_KEY");
  Fetch *fetch;

  g_return_if_fail (playlist_id != NULL && *playlist_id != '\0');
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_youtube_fetch_playlist_async);

  fetch = g_new0 (Fetch, 1);
  fetch->playlist_id = g_strdup (playlist_id);
  fetch->base_url = pathway_youtube_dup_base_url ();
  fetch->progress = progress;
  fetch->progress_data = progress_data;
  fetch->policy = (PathwayHttpPolicy) PATHWAY_HTTP_POLICY_DEFAULT;
  fetch->policy.attempt_func = count_request;
  fetch->policy.attempt_data = fetch;
  fetch->playlist = pathway_playlist_new ();
  fetch->details = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pathway_video_free);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  /* Set, even empty, it wins over the keyring: tests never reach a keyring. */
  if (env_key != NULL)
    {
      fetch->key = g_strdup (env_key);
      start_fetch (task);
      return;
    }

  pathway_secrets_lookup_async ("youtube", cancellable, on_key, g_steal_pointer (&task));
}

PathwayPlaylist *
pathway_youtube_fetch_playlist_finish (GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_youtube_fetch_playlist_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
