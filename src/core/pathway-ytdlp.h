/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pathway-video.h"

G_BEGIN_DECLS

/* Limits for the file: a 5,000-video playlist is about 10 MiB; it nests 4 levels deep. */
#define PATHWAY_YTDLP_MAX_SIZE  ((gsize) 64 * 1024 * 1024)
#define PATHWAY_YTDLP_MAX_DEPTH 32

/* Reads the JSON that “yt-dlp --flat-playlist -J PLAYLIST-URL” writes, for students who cannot or
 * would rather not use an API key. The file is untrusted.
 *
 * Videos come in playlist order with positions from 0. Entries titled “[Deleted video]” or
 * “[Private video]” (or with availability “private”) are PATHWAY_VIDEO_DELETED or _PRIVATE;
 * live_status “is_live” and “is_upcoming” make them _LIVE and _UPCOMING. A duration may be a whole
 * or a fractional number of seconds (rounded half up) or null, which leaves it unknown. The
 * thumbnail is the largest of thumbnails[] with an http or https URL; thumbnails are decoration,
 * so malformed ones are passed over rather than refused. A video listed twice is kept at its
 * first place only, since a schedule holds each video once. item_count is playlist_count when
 * the file has it, else the number of entries; requests is 0.
 *
 * Errors are PATHWAY_CORE_ERROR_INVALID_DATA: not JSON, too large or too deep, one video rather
 * than a playlist, a list of playlists, missing members or members of the wrong type. */
PathwayPlaylist *pathway_ytdlp_parse (GBytes  *bytes,
                                      GError **error);

G_END_DECLS
