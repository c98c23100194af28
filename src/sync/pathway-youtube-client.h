/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pathway-video.h"
#include "pathway-youtube-parse.h"

G_BEGIN_DECLS

/* Fetches a public playlist with the YouTube Data API v3 and the fewest requests it allows, each
 * a quota unit: one playlists call, one playlistItems call per 50 items and one videos call per 50
 * available videos (a 500-video playlist costs 21).
 *
 * The base address is the “youtube-api-url” setting, or $PATHWAY_YOUTUBE_API_URL. The key is
 * $PATHWAY_YOUTUBE_API_KEY when set (empty means none), else the keyring's; it travels only in the
 * key parameter of each request and is never logged or shown. */

/* Called on the main context after each request with the share done, from 0 to 1, and a sentence
 * for people such as “Fetched 150 of 500 videos…”. */
typedef void (*PathwayYoutubeProgressFunc) (double      fraction,
                                            const char *text,
                                            gpointer    user_data);

void             pathway_youtube_fetch_playlist_async  (const char                  *playlist_id,
                                                        PathwayYoutubeProgressFunc   progress,
                                                        gpointer                     progress_data,
                                                        GCancellable                *cancellable,
                                                        GAsyncReadyCallback          callback,
                                                        gpointer                     user_data);
PathwayPlaylist *pathway_youtube_fetch_playlist_finish (GAsyncResult                *result,
                                                        GError                     **error);

char            *pathway_youtube_dup_base_url          (void);

G_END_DECLS
