/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-youtube"

#include "config.h"

#include "pathway-youtube-parse.h"

#include <glib/gi18n.h>

#include "pathway-duration.h"
#include "pathway-sync-error.h"

/* ───────────────────────────── reading members ───────────────────────────── */

/* Lenient accessors: NULL or FALSE when the member is missing or of another type. */
static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
member_uint (JsonObject *object,
             const char *name,
             guint      *value)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;
  gint64 number;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  number = json_node_get_int (node);
  if (number < 0 || number > G_MAXINT)
    return FALSE;

  *value = (guint) number;
  return TRUE;
}

static void
set_invalid (GError     **error,
             const char  *problem)
{
  /* Translators: %s says what is wrong, as in “it has no “items” list” */
  g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
               _("YouTube sent an answer Pathway cannot read (%s). Try again later."), problem);
}

static JsonArray *
get_items (JsonNode  *root,
           GError   **error)
{
  JsonArray *items = root != NULL && JSON_NODE_HOLDS_OBJECT (root)
                     ? member_array (json_node_get_object (root), "items") : NULL;

  if (items == NULL)
    set_invalid (error, _("it has no “items” list"));

  return items;
}

/* The largest https thumbnail: YouTube's sizes (default, medium, high, standard, maxres) vary by video. */
static char *
best_thumbnail (JsonObject *snippet)
{
  JsonObject *thumbnails = member_object (snippet, "thumbnails");
  g_autoptr(GList) sizes = NULL;
  const char *best = NULL;
  guint best_width = 0;

  if (thumbnails == NULL)
    return NULL;

  sizes = json_object_get_values (thumbnails);
  for (GList *l = sizes; l != NULL; l = l->next)
    {
      JsonObject *thumbnail = JSON_NODE_HOLDS_OBJECT (l->data) ? json_node_get_object (l->data) : NULL;
      const char *url = member_string (thumbnail, "url");
      guint width = 0;

      if (url == NULL || !g_str_has_prefix (url, "https://"))
        continue;

      member_uint (thumbnail, "width", &width);
      if (best == NULL || width > best_width)
        {
          best = url;
          best_width = width;
        }
    }

  return g_strdup (best);
}

/* ───────────────────────────── playlists ───────────────────────────── */

gboolean
pathway_youtube_parse_playlists (JsonNode         *root,
                                 PathwayPlaylist  *playlist,
                                 GError          **error)
{
  JsonArray *items;
  JsonObject *item, *snippet;
  const char *id;
  guint item_count = 0;

  g_return_val_if_fail (playlist != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((items = get_items (root, error)) == NULL)
    return FALSE;

  /* An unknown id, or a private playlist asked for with only a key, is 200 with no items. */
  if (json_array_get_length (items) == 0)
    {
      g_set_error_literal (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND,
                           _("There is no public playlist with this id. Private playlists can’t be read with an API key."));
      return FALSE;
    }

  item = json_array_get_object_element (items, 0);
  snippet = member_object (item, "snippet");
  id = member_string (item, "id");
  if (id == NULL || member_string (snippet, "title") == NULL)
    {
      set_invalid (error, _("the playlist has no id or title"));
      return FALSE;
    }

  member_uint (member_object (item, "contentDetails"), "itemCount", &item_count);

  g_free (playlist->id);
  playlist->id = g_strdup (id);
  g_free (playlist->title);
  playlist->title = g_strdup (member_string (snippet, "title"));
  g_free (playlist->channel);
  playlist->channel = g_strdup (member_string (snippet, "channelTitle"));
  playlist->item_count = item_count;
  return TRUE;
}

/* ───────────────────────────── playlistItems ───────────────────────────── */

/* Private and deleted videos keep their place in a playlist but lose their owner, thumbnails and
 * publication date; their title alone is not enough, since anyone can title a video “Private video”. */
static PathwayVideoAvailability
item_availability (JsonObject *snippet,
                   JsonObject *details)
{
  JsonObject *thumbnails = member_object (snippet, "thumbnails");

  if (member_string (snippet, "videoOwnerChannelId") != NULL ||
      (thumbnails != NULL && json_object_get_size (thumbnails) > 0) ||
      member_string (details, "videoPublishedAt") != NULL)
    return PATHWAY_VIDEO_AVAILABLE;

  if (g_strcmp0 (member_string (snippet, "title"), "Private video") == 0 ||
      g_strcmp0 (member_string (snippet, "description"), "This video is private.") == 0)
    return PATHWAY_VIDEO_PRIVATE;

  return PATHWAY_VIDEO_DELETED;
}

static PathwayVideo *
parse_item (JsonObject *item,
            guint       index)
{
  JsonObject *snippet = member_object (item, "snippet");
  JsonObject *details = member_object (item, "contentDetails");
  const char *video_id = member_string (details, "videoId");
  PathwayVideo *video;

  if (video_id == NULL)
    video_id = member_string (member_object (snippet, "resourceId"), "videoId");
  if (video_id == NULL || *video_id == '\0')
    return NULL;

  video = pathway_video_new ();
  video->id = g_strdup (video_id);
  if (!member_uint (snippet, "position", &video->position))
    video->position = index;
  video->title = g_strdup (member_string (snippet, "title"));
  if (video->title == NULL)
    video->title = g_strdup ("");
  video->availability = item_availability (snippet, details);

  /* channelTitle is the playlist's owner; the video's own channel is videoOwnerChannelTitle. */
  if (video->availability == PATHWAY_VIDEO_AVAILABLE)
    {
      video->channel = g_strdup (member_string (snippet, "videoOwnerChannelTitle"));
      video->thumbnail_url = best_thumbnail (snippet);
    }

  return video;
}

gboolean
pathway_youtube_parse_items_page (JsonNode   *root,
                                  GPtrArray  *videos,
                                  char      **next_page_token,
                                  GError    **error)
{
  JsonArray *items;
  const char *token;
  guint length;

  g_return_val_if_fail (videos != NULL, FALSE);
  g_return_val_if_fail (next_page_token != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *next_page_token = NULL;
  if ((items = get_items (root, error)) == NULL)
    return FALSE;

  length = json_array_get_length (items);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      PathwayVideo *video = JSON_NODE_HOLDS_OBJECT (node) ? parse_item (json_node_get_object (node), videos->len) : NULL;

      if (video == NULL)
        {
          set_invalid (error, _("a playlist item has no video id"));
          return FALSE;
        }

      g_ptr_array_add (videos, video);
    }

  /* The last page has no nextPageToken at all; an empty one ends the list too. */
  token = member_string (json_node_get_object (root), "nextPageToken");
  if (token != NULL && *token != '\0')
    *next_page_token = g_strdup (token);

  return TRUE;
}

/* ───────────────────────────── videos ───────────────────────────── */

static PathwayVideo *
parse_video (JsonObject *item)
{
  JsonObject *snippet = member_object (item, "snippet");
  const char *live = member_string (snippet, "liveBroadcastContent");
  const char *duration = member_string (member_object (item, "contentDetails"), "duration");
  PathwayVideo *video = pathway_video_new ();
  gint64 seconds;

  video->id = g_strdup (member_string (item, "id"));
  video->title = g_strdup (member_string (snippet, "title"));
  video->channel = g_strdup (member_string (snippet, "channelTitle"));
  video->thumbnail_url = best_thumbnail (snippet);

  if (g_strcmp0 (live, "live") == 0)
    video->availability = PATHWAY_VIDEO_LIVE;
  else if (g_strcmp0 (live, "upcoming") == 0)
    video->availability = PATHWAY_VIDEO_UPCOMING;
  else
    video->availability = PATHWAY_VIDEO_AVAILABLE;

  /* P0D is what YouTube writes for live and upcoming videos: no length yet, not zero seconds.
   * During a premiere there may be no duration at all. */
  if (duration != NULL && pathway_duration_parse (duration, &seconds) && seconds > 0)
    video->duration = seconds;
  else if (duration != NULL && g_strcmp0 (duration, "P0D") != 0)
    g_debug ("Video %s has a duration Pathway cannot read: %s", video->id, duration);

  return video;
}

gboolean
pathway_youtube_parse_videos (JsonNode    *root,
                              GHashTable  *by_id,
                              GError     **error)
{
  JsonArray *items;
  guint length;

  g_return_val_if_fail (by_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((items = get_items (root, error)) == NULL)
    return FALSE;

  length = json_array_get_length (items);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      JsonObject *item = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *id = member_string (item, "id");
      PathwayVideo *video;

      if (id == NULL || *id == '\0')
        {
          set_invalid (error, _("a video has no id"));
          return FALSE;
        }

      video = parse_video (item);
      g_hash_table_replace (by_id, g_strdup (id), video);
    }

  return TRUE;
}

guint
pathway_youtube_merge_videos (GPtrArray  *videos,
                              GHashTable *by_id)
{
  guint omitted = 0;

  g_return_val_if_fail (videos != NULL, 0);
  g_return_val_if_fail (by_id != NULL, 0);

  for (guint i = 0; i < videos->len; i++)
    {
      PathwayVideo *video = g_ptr_array_index (videos, i);
      PathwayVideo *details;

      if (video->availability != PATHWAY_VIDEO_AVAILABLE)
        continue;

      /* videos leaves out, without a word, what it cannot return: gone, or private since. */
      details = g_hash_table_lookup (by_id, video->id);
      if (details == NULL)
        {
          video->availability = PATHWAY_VIDEO_DELETED;
          g_clear_pointer (&video->thumbnail_url, g_free);
          omitted++;
          continue;
        }

      video->duration = details->duration;
      video->availability = details->availability;
      if (details->thumbnail_url != NULL)
        {
          g_free (video->thumbnail_url);
          video->thumbnail_url = g_strdup (details->thumbnail_url);
        }
      if (video->channel == NULL)
        video->channel = g_strdup (details->channel);
    }

  return omitted;
}

/* ───────────────────────────── errors ───────────────────────────── */

/* Every reason an error body gives: errors[].reason (usageLimits, youtube.quota, …) and, in the
 * current form, details[].reason (API_KEY_INVALID, API_KEY_SERVICE_BLOCKED, …). */
static GPtrArray *
collect_reasons (JsonNode *body)
{
  static const char * const lists[] = { "errors", "details" };
  GPtrArray *reasons = g_ptr_array_new ();
  JsonObject *error_object = NULL;

  if (body != NULL && JSON_NODE_HOLDS_OBJECT (body))
    error_object = member_object (json_node_get_object (body), "error");

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *array = member_array (error_object, lists[l]);
      guint length = array != NULL ? json_array_get_length (array) : 0;

      for (guint i = 0; i < length; i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          const char *reason = JSON_NODE_HOLDS_OBJECT (node)
                               ? member_string (json_node_get_object (node), "reason") : NULL;

          if (reason != NULL)
            g_ptr_array_add (reasons, (gpointer) reason);
        }
    }

  return reasons;
}

static gboolean
has_reason (GPtrArray  *reasons,
            const char *reason)
{
  return g_ptr_array_find_with_equal_func (reasons, reason, g_str_equal, NULL);
}

/* API_KEY_SERVICE_BLOCKED, API_KEY_HTTP_REFERRER_BLOCKED, API_KEY_IP_ADDRESS_BLOCKED, …: the key's
 * restrictions in the Google Cloud console keep it from this API or from this computer. */
static gboolean
has_blocked_key (GPtrArray *reasons)
{
  for (guint i = 0; i < reasons->len; i++)
    {
      const char *reason = g_ptr_array_index (reasons, i);

      if ((g_str_has_prefix (reason, "API_KEY_") && g_str_has_suffix (reason, "_BLOCKED")) ||
          g_str_equal (reason, "ipRefererBlocked"))
        return TRUE;
    }

  return FALSE;
}

static void
set_quota_error (GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) reset = pathway_sync_next_pacific_midnight (now);
  g_autofree char *local = pathway_sync_format_local_time (reset, now);
  GError *quota_error;

  /* Translators: %s is a local time such as 09:00 */
  quota_error = g_error_new (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_QUOTA,
                             _("YouTube’s daily quota for this key is used up. It resets at midnight Pacific time "
                               "(%s here); try again then, or import a yt-dlp file now."), local);
  pathway_sync_error_set_retry_at (quota_error, reset);
  g_propagate_error (error, quota_error);
}

static void
set_error (GError           **error,
           PathwaySyncError   code,
           const char        *message)
{
  g_set_error_literal (error, PATHWAY_SYNC_ERROR, code, message);
}

/* By reason first, then by status alone: an error from a proxy or a mirror has no YouTube body. */
static void
set_error_by_status (guint    status,
                     GError **error)
{
  if (status == 401)
    set_error (error, PATHWAY_SYNC_ERROR_AUTH, _("The YouTube API key was refused. Check it in Preferences."));
  else if (status == 403)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_FORBIDDEN,
                 _("YouTube refused to share this playlist (error %u). Try again later, or import a file made with yt-dlp."),
                 status);
  else if (status == 404)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND,
                 _("YouTube did not find what Pathway asked for (error %u). If the YouTube address in Preferences "
                   "is a mirror, check it."), status);
  else if (status == 429)
    set_error (error, PATHWAY_SYNC_ERROR_RATE_LIMITED,
               _("YouTube is receiving too many requests from Pathway. Wait a few minutes and try again."));
  else if (status >= 500)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_SERVER,
                 _("YouTube is not working right now (error %u). Try again later."), status);
  else
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                 _("YouTube refused Pathway’s request (error %u). Try again later; if it keeps happening, "
                   "update Pathway."), status);
}

void
pathway_youtube_parse_error (guint     status,
                             JsonNode *body,
                             GError  **error)
{
  g_autoptr(GPtrArray) reasons = collect_reasons (body);

  g_return_if_fail (error == NULL || *error == NULL);

  for (guint i = 0; i < reasons->len; i++)
    g_debug ("YouTube answered %u: %s", status, (const char *) g_ptr_array_index (reasons, i));

  if (has_reason (reasons, "quotaExceeded") || has_reason (reasons, "dailyLimitExceeded"))
    set_quota_error (error);
  else if (has_reason (reasons, "API_KEY_INVALID") || has_reason (reasons, "keyInvalid") ||
           has_reason (reasons, "API_KEY_EXPIRED") || has_reason (reasons, "keyExpired"))
    set_error (error, PATHWAY_SYNC_ERROR_AUTH, _("The YouTube API key was refused. Check it in Preferences."));
  else if (has_reason (reasons, "accessNotConfigured") || has_reason (reasons, "SERVICE_DISABLED"))
    set_error (error, PATHWAY_SYNC_ERROR_AUTH,
               _("The YouTube Data API is not enabled for this key’s Google Cloud project. Enable it in the "
                 "Google Cloud console, or use another key in Preferences."));
  else if (has_blocked_key (reasons))
    set_error (error, PATHWAY_SYNC_ERROR_AUTH,
               _("This API key is not allowed to use the YouTube Data API. Remove the key’s restrictions in the "
                 "Google Cloud console, or use another key in Preferences."));
  else if (has_reason (reasons, "playlistNotFound"))
    set_error (error, PATHWAY_SYNC_ERROR_NOT_FOUND,
               _("There is no public playlist with this id. Private playlists can’t be read with an API key."));
  else if (has_reason (reasons, "playlistItemsNotAccessible") || has_reason (reasons, "playlistForbidden"))
    set_error (error, PATHWAY_SYNC_ERROR_FORBIDDEN,
               _("This playlist is private. Make it public or unlisted on YouTube, or import a file made with yt-dlp."));
  else if (has_reason (reasons, "rateLimitExceeded") || has_reason (reasons, "userRateLimitExceeded"))
    set_error (error, PATHWAY_SYNC_ERROR_RATE_LIMITED,
               _("YouTube is receiving too many requests from Pathway. Wait a few minutes and try again."));
  else if (has_reason (reasons, "invalidPageToken"))
    set_error (error, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
               _("YouTube no longer accepts the page Pathway asked for. Try again to fetch the playlist from the start."));
  else
    set_error_by_status (status, error);
}
