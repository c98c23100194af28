/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pathway-video.h"

G_BEGIN_DECLS

/* The YouTube Data API v3's answers, as API-NOTES.md describes them, turned into core records.
 * Pure: no network, no clock but the one that says when the daily quota resets. Errors are
 * PATHWAY_SYNC_ERROR; fields that real answers sometimes leave out are optional here too. */

#define PATHWAY_YOUTUBE_PAGE_SIZE 50  /* items per playlistItems page, ids per videos call */

/* A `playlists` answer: the playlist's id, title, channel and item count. No items: NOT_FOUND. */
gboolean  pathway_youtube_parse_playlists  (JsonNode         *root,
                                            PathwayPlaylist  *playlist,
                                            GError          **error);

/* A `playlistItems` page: appends its videos to videos (of PathwayVideo), private and deleted ones
 * marked so; next_page_token is set to the next page's token, or NULL on the last page. */
gboolean  pathway_youtube_parse_items_page (JsonNode         *root,
                                            GPtrArray        *videos,
                                            char            **next_page_token,
                                            GError          **error);

/* A `videos` answer: adds a PathwayVideo per video to by_id, keyed by video id; make it with
 * g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pathway_video_free). */
gboolean  pathway_youtube_parse_videos     (JsonNode         *root,
                                            GHashTable       *by_id,
                                            GError          **error);

/* Completes the available videos of a playlist with their details: length, live or upcoming,
 * thumbnail. Those the videos calls left out are marked deleted; returns how many. */
guint     pathway_youtube_merge_videos     (GPtrArray        *videos,
                                            GHashTable       *by_id);

/* Explains an error status and its body (NULL when it was not JSON). Always sets error. */
void      pathway_youtube_parse_error      (guint             status,
                                            JsonNode         *body,
                                            GError          **error);

G_END_DECLS
