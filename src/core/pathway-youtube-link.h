/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PATHWAY_YOUTUBE_PLAYLIST_ID_MIN 2
#define PATHWAY_YOUTUBE_PLAYLIST_ID_MAX 64

/* What a student pastes to name a playlist, reduced to the playlist id.
 *
 * Links: the “list” parameter of any youtube.com, www.youtube.com, m.youtube.com or
 * music.youtube.com link (/playlist, /watch?v=…&list=…, /embed/videoseries, …) or of a youtu.be
 * link; http, https or no scheme; parameters in any order; surrounding white space ignored.
 * Bare ids: PL…, UU…, OL…, FL… or RD… Either way an id is 2 to 64 of [A-Za-z0-9_-].
 *
 * Anything else is PATHWAY_CORE_ERROR_INVALID_REQUEST with a message that says what to paste
 * instead: a link to one video, to a channel, to another site, a Watch Later or Liked list
 * (private to their owner), empty text. */
gboolean  pathway_youtube_is_playlist_id (const char  *text);
char     *pathway_youtube_parse_playlist (const char  *text,
                                          GError     **error);
char     *pathway_youtube_playlist_url   (const char  *id);

G_END_DECLS
