/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-video.h"
#include "pathway-youtube-client.h"

G_BEGIN_DECLS

/* One sync of a YouTube playlist, on the record: it refuses to start while YouTube has asked
 * Pathway to wait or the machine is offline, writes a sync_runs row for what it did, remembers
 * when the quota resets, and hands the playlist to merge, which writes it in one transaction. */

typedef gboolean (*PathwayPlaylistMergeFunc) (PathwayDb              *db,
                                              const PathwayPlaylist  *playlist,
                                              guint                  *n_changed,
                                              gpointer                user_data,
                                              GError                **error);

void     pathway_sync_youtube_playlist_async  (PathwayDb                  *db,
                                               const char                 *playlist_id,
                                               PathwayYoutubeProgressFunc  progress,
                                               gpointer                    progress_data,
                                               PathwayPlaylistMergeFunc    merge,
                                               gpointer                    merge_data,
                                               GCancellable               *cancellable,
                                               GAsyncReadyCallback         callback,
                                               gpointer                    user_data);
gboolean pathway_sync_youtube_playlist_finish (PathwayDb                  *db,
                                               GAsyncResult               *result,
                                               guint                      *n_changed,
                                               GError                    **error);

G_END_DECLS
