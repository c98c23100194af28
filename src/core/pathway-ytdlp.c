/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-ytdlp"

#include "config.h"

#include "pathway-ytdlp.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pathway-core-error.h"
#include "pathway-json.h"

/* Longer than any recording YouTube keeps: larger numbers are a broken file, not a video. */
#define MAX_DURATION ((gint64) 366 * 24 * 60 * 60)
#define MAX_VIDEO_ID 64
#define MAX_THUMBNAIL_SIDE 100000

static gboolean
read_duration (JsonObject  *entry,
               const char  *location,
               gint64      *duration,
               GError     **error)
{
  JsonNode *node = json_object_get_member (entry, "duration");

  *duration = PATHWAY_VIDEO_DURATION_UNKNOWN;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 seconds = json_node_get_int (node);

      if (seconds >= 0 && seconds <= MAX_DURATION)
        {
          *duration = seconds;
          return TRUE;
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      double seconds = json_node_get_double (node);

      /* yt-dlp writes 415.0 for some videos. */
      if (isfinite (seconds) && seconds >= 0 && seconds <= MAX_DURATION)
        {
          *duration = (gint64) floor (seconds + 0.5);
          return TRUE;
        }
    }

  pathway_json_set_problem (error, location, _("“%s” must be a number of seconds or null"), "duration");
  return FALSE;
}

static gboolean
is_web_url (const char *url)
{
  /* GUri lets spaces through, which no URL to fetch an image from should have. */
  for (const char *p = url; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || *p == 0x7f)
      return FALSE;

  /* Lowercase, as playlist_videos.thumbnail_url checks. */
  return (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")) &&
         g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL);
}

static gint64
read_side (JsonObject *thumbnail,
           const char *member)
{
  JsonNode *node = json_object_get_member (thumbnail, member);
  gint64 side;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;

  side = json_node_get_int (node);
  return CLAMP (side, 0, MAX_THUMBNAIL_SIDE);
}

/* The largest; on a tie the later one, since yt-dlp lists them from worst to best. */
static char *
pick_thumbnail (JsonObject *entry)
{
  JsonNode *node = json_object_get_member (entry, "thumbnails");
  const char *best = NULL;
  gint64 best_area = -1;
  JsonArray *thumbnails;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  thumbnails = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (thumbnails); i++)
    {
      JsonNode *element = json_array_get_element (thumbnails, i);
      JsonObject *thumbnail;
      JsonNode *url;
      gint64 area;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;

      thumbnail = json_node_get_object (element);
      url = json_object_get_member (thumbnail, "url");
      if (url == NULL || !JSON_NODE_HOLDS_VALUE (url) || json_node_get_value_type (url) != G_TYPE_STRING ||
          !is_web_url (json_node_get_string (url)))
        continue;

      area = read_side (thumbnail, "width") * read_side (thumbnail, "height");
      if (area >= best_area)
        {
          best = json_node_get_string (url);
          best_area = area;
        }
    }

  return g_strdup (best);
}

static gboolean
is_video_id (const char *id)
{
  gsize length = strlen (id);

  if (length > MAX_VIDEO_ID)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;

  return TRUE;
}

static PathwayVideoAvailability
classify (const char *title,
          const char *availability,
          const char *live_status)
{
  /* With brackets, unlike the Data API's “Deleted video”. */
  if (g_strcmp0 (title, "[Deleted video]") == 0)
    return PATHWAY_VIDEO_DELETED;
  if (g_strcmp0 (title, "[Private video]") == 0 || g_strcmp0 (availability, "private") == 0)
    return PATHWAY_VIDEO_PRIVATE;
  if (g_strcmp0 (live_status, "is_live") == 0)
    return PATHWAY_VIDEO_LIVE;
  if (g_strcmp0 (live_status, "is_upcoming") == 0)
    return PATHWAY_VIDEO_UPCOMING;

  return PATHWAY_VIDEO_AVAILABLE;
}

static gboolean
member_equals (JsonObject *object,
               const char *member,
               const char *text)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
         g_str_equal (json_node_get_string (node), text);
}

/* A channel's page lists its playlists as entries of the YoutubeTab extractor. */
static gboolean
is_playlist_entry (JsonObject *entry)
{
  return member_equals (entry, "_type", "playlist") || member_equals (entry, "ie_key", "YoutubeTab");
}

static PathwayVideo *
read_entry (JsonNode    *node,
            guint        index,
            GError     **error)
{
  g_autoptr(PathwayVideo) video = pathway_video_new ();
  /* Translators: names one entry of a playlist file in error messages, as in “Entry 3: …” */
  g_autofree char *location = g_strdup_printf (_("Entry %u"), index + 1);
  JsonObject *entry;
  const char *id, *title, *channel, *availability, *live_status;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      pathway_json_set_error (error, location, _("it must be an object"));
      return NULL;
    }

  entry = json_node_get_object (node);
  if (is_playlist_entry (entry))
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                           _("This file lists playlists, not videos: run yt-dlp with the link of one playlist."));
      return NULL;
    }

  id = pathway_json_get_string (entry, "id", location, error);
  if (id == NULL)
    return NULL;
  if (!is_video_id (id))
    {
      pathway_json_set_problem (error, location, _("“%s” is not a YouTube video id"), "id");
      return NULL;
    }

  if (!pathway_json_get_optional_string (entry, "title", &title, location, error) ||
      !pathway_json_get_optional_string (entry, "channel", &channel, location, error) ||
      !pathway_json_get_optional_string (entry, "availability", &availability, location, error) ||
      !pathway_json_get_optional_string (entry, "live_status", &live_status, location, error) ||
      !read_duration (entry, location, &video->duration, error))
    return NULL;

  video->id = g_strdup (id);
  video->position = index;
  /* playlist_videos.title may not be NULL, and the id at least finds the video again. */
  video->title = g_strdup (title != NULL ? title : id);
  video->channel = g_strdup (channel);
  video->thumbnail_url = pick_thumbnail (entry);
  video->availability = classify (title, availability, live_status);
  return g_steal_pointer (&video);
}

static gboolean
read_entries (JsonArray        *entries,
              PathwayPlaylist  *playlist,
              GError          **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      PathwayVideo *video = read_entry (json_array_get_element (entries, i), i, error);

      if (video == NULL)
        return FALSE;

      if (!g_hash_table_add (seen, video->id))
        {
          pathway_video_free (video);
          continue;
        }

      video->position = playlist->videos->len;
      g_ptr_array_add (playlist->videos, video);
    }

  return TRUE;
}

/* The root object's _type: a playlist, or an error that says what the file holds instead. */
static gboolean
check_type (JsonObject  *root,
            const char  *location,
            GError     **error)
{
  const char *type = pathway_json_get_string (root, "_type", location, error);

  if (type == NULL)
    return FALSE;

  if (g_str_equal (type, "playlist"))
    return TRUE;

  if (g_str_equal (type, "video"))
    g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                         _("This file describes one video, not a playlist: run yt-dlp with a playlist link."));
  else if (g_str_equal (type, "url"))
    /* What “yt-dlp --flat-playlist -j” writes: one entry per line. */
    g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                         _("This file holds one line per video: write the whole playlist with "
                           "“yt-dlp --flat-playlist -J”, with a capital J."));
  else
    g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                 _("This file describes a “%s”, not a playlist: run yt-dlp with a playlist link."), type);
  return FALSE;
}

static gboolean
read_count (JsonObject  *root,
            const char  *location,
            guint       *count,
            GError     **error)
{
  JsonNode *node = json_object_get_member (root, "playlist_count");
  int value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!pathway_json_get_int (root, "playlist_count", 0, G_MAXINT, &value, location, error))
    return FALSE;

  *count = value;
  return TRUE;
}

static PathwayPlaylist *
read_playlist (JsonObject  *root,
               GError     **error)
{
  g_autoptr(PathwayPlaylist) playlist = pathway_playlist_new ();
  const char *location = _("The yt-dlp file");
  const char *id, *title, *channel, *uploader;
  JsonArray *entries;
  guint count;

  if (!check_type (root, location, error))
    return NULL;

  id = pathway_json_get_string (root, "id", location, error);
  if (id == NULL ||
      !pathway_json_get_optional_string (root, "title", &title, location, error) ||
      !pathway_json_get_optional_string (root, "channel", &channel, location, error) ||
      !pathway_json_get_optional_string (root, "uploader", &uploader, location, error))
    return NULL;

  entries = pathway_json_get_array (root, "entries", location, error);
  if (entries == NULL)
    return NULL;

  count = json_array_get_length (entries);
  if (!read_count (root, location, &count, error) ||
      !read_entries (entries, playlist, error))
    return NULL;

  playlist->id = g_strdup (id);
  playlist->title = g_strdup (title != NULL ? title : id);
  playlist->channel = g_strdup (channel != NULL ? channel : uploader);
  playlist->item_count = count;
  playlist->requests = 0;
  return g_steal_pointer (&playlist);
}

PathwayPlaylist *
pathway_ytdlp_parse (GBytes  *bytes,
                     GError **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = pathway_json_parse_untrusted (bytes, PATHWAY_YTDLP_MAX_SIZE, PATHWAY_YTDLP_MAX_DEPTH, error);
  if (root == NULL)
    {
      g_prefix_error (error, _("This is not a playlist file from yt-dlp. "));
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                           _("This is not a playlist file from yt-dlp: it must hold one JSON object, "
                             "as “yt-dlp --flat-playlist -J” writes."));
      return NULL;
    }

  return read_playlist (json_node_get_object (root), error);
}
