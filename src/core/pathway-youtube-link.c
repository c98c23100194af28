/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-youtube-link"

#include "config.h"

#include "pathway-youtube-link.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pathway-core-error.h"

/* Playlists (PL), a channel's uploads (UU), albums (OL), old favourites (FL) and mixes (RD). */
static const char * const id_prefixes[] = { "PL", "UU", "OL", "FL", "RD", NULL };

static const char * const youtube_hosts[] = {
  "youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", NULL,
};
static const char * const short_hosts[] = { "youtu.be", "www.youtu.be", NULL };

/* Lists that exist for every account but that only their owner can open. */
static const char * const private_lists[] = { "WL", "LL", "LM", NULL };

/* Paths of one video, or of a video's page (youtube.com/v/ID and the like). */
static const char * const video_paths[] = { "/watch", "/shorts/", "/live/", "/v/", "/embed/", NULL };
static const char * const channel_paths[] = { "/@", "/channel/", "/c/", "/user/", NULL };

static gboolean
has_id_shape (const char *text)
{
  gsize length = strlen (text);

  if (length < PATHWAY_YOUTUBE_PLAYLIST_ID_MIN || length > PATHWAY_YOUTUBE_PLAYLIST_ID_MAX)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;

  return TRUE;
}

static gboolean
has_any_prefix (const char         *text,
                const char * const *prefixes)
{
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (text, prefixes[i]))
      return TRUE;

  return FALSE;
}

/* Whether text is a playlist id as someone would paste it on its own, without a link. */
gboolean
pathway_youtube_is_playlist_id (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return has_id_shape (text) && has_any_prefix (text, id_prefixes);
}

static void
set_error (GError     **error,
           const char  *message)
{
  g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST, message);
}

static void
set_video_error (GError **error)
{
  set_error (error, _("That is a link to one video; paste a playlist link, one with “list=” in it."));
}

/* Host names are case-insensitive and may end with the root's dot. */
static char *
normalize_host (const char *host)
{
  char *normal = g_ascii_strdown (host, -1);
  gsize length = strlen (normal);

  if (length > 0 && normal[length - 1] == '.')
    normal[length - 1] = '\0';
  return normal;
}

/* Explains why a YouTube link without a playlist will not do, from what it points to. */
static void
set_no_list_error (gboolean     short_link,
                   const char  *path,
                   GHashTable  *params,
                   GError     **error)
{
  if (short_link || g_hash_table_contains (params, "v") ||
      (has_any_prefix (path, video_paths) && !g_str_has_prefix (path, "/embed/videoseries")))
    set_video_error (error);
  else if (has_any_prefix (path, channel_paths))
    set_error (error, _("That is a link to a channel; open one of its playlists and paste that link."));
  else
    set_error (error, _("That YouTube link has no playlist in it; paste a playlist link, one with “list=” in it."));
}

static char *
parse_link (const char  *text,
            GError     **error)
{
  g_autofree char *with_scheme = NULL;
  g_autofree char *host = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GHashTable) params = NULL;
  const char *query;
  const char *list;
  gboolean short_link;

  /* Links copied from a share menu or typed by hand often leave out the scheme. */
  if (g_str_has_prefix (text, "//"))
    with_scheme = g_strconcat ("https:", text, NULL);
  else if (strstr (text, "://") == NULL)
    with_scheme = g_strconcat ("https://", text, NULL);
  else
    with_scheme = g_strdup (text);

  uri = g_uri_parse (with_scheme,
                     G_URI_FLAGS_PARSE_RELAXED | G_URI_FLAGS_ENCODED_QUERY | G_URI_FLAGS_SCHEME_NORMALIZE,
                     NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL)
    {
      set_error (error, _("That is not a YouTube playlist link or playlist id."));
      return NULL;
    }

  if (g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") != 0 &&
      g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") != 0)
    {
      set_error (error, _("That is not a web link; paste a YouTube playlist link."));
      return NULL;
    }

  host = normalize_host (g_uri_get_host (uri));
  short_link = g_strv_contains (short_hosts, host);
  if (!short_link && !g_strv_contains (youtube_hosts, host))
    {
      set_error (error, _("That is not a YouTube link; paste a link to a playlist on youtube.com."));
      return NULL;
    }

  query = g_uri_get_query (uri);
  params = g_uri_parse_params (query != NULL ? query : "", -1, "&", G_URI_PARAMS_NONE, NULL);
  if (params == NULL)
    {
      set_error (error, _("That YouTube link cannot be read; copy it again from the address bar."));
      return NULL;
    }

  list = g_hash_table_lookup (params, "list");
  if (list == NULL || *list == '\0')
    {
      set_no_list_error (short_link, g_uri_get_path (uri), params, error);
      return NULL;
    }

  if (g_strv_contains (private_lists, list))
    {
      set_error (error, _("Watch Later and Liked videos are private lists that only their owner can open; "
                          "add their videos to a public or unlisted playlist and paste its link."));
      return NULL;
    }

  if (!has_id_shape (list))
    {
      set_error (error, _("The playlist id in that link is not valid; copy the link again."));
      return NULL;
    }

  return g_strdup (list);
}

char *
pathway_youtube_parse_playlist (const char  *text,
                                GError     **error)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    {
      set_error (error, _("Paste a link to a YouTube playlist, or its id."));
      return NULL;
    }

  /* Neither “/” nor “.” can be in an id, so text of id characters alone is no link. */
  if (has_id_shape (stripped))
    {
      if (pathway_youtube_is_playlist_id (stripped))
        return g_steal_pointer (&stripped);

      /* Video ids are 11 characters long. */
      if (strlen (stripped) == 11)
        set_error (error, _("That looks like the id of one video; paste a playlist link, one with “list=” in it."));
      else
        set_error (error, _("That is not a YouTube playlist link or playlist id."));
      return NULL;
    }

  return parse_link (stripped, error);
}

/* The playlist's page, the form stored in youtube_schedules.playlist_url. */
char *
pathway_youtube_playlist_url (const char *id)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  escaped = g_uri_escape_string (id, NULL, FALSE);
  return g_strconcat ("https://www.youtube.com/playlist?list=", escaped, NULL);
}
