/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A playlist and its videos as Pathway keeps them, whichever way they came: the YouTube Data API,
 * or a file written by yt-dlp --flat-playlist -J. */

typedef enum {
  PATHWAY_VIDEO_AVAILABLE,
  PATHWAY_VIDEO_PRIVATE,
  PATHWAY_VIDEO_DELETED,
  PATHWAY_VIDEO_LIVE,        /* live now: no length yet */
  PATHWAY_VIDEO_UPCOMING,    /* a premiere or stream not started */
} PathwayVideoAvailability;

#define PATHWAY_VIDEO_DURATION_UNKNOWN (-1)

typedef struct {
  char                     *id;              /* the 11-character video id */
  guint                     position;        /* in the playlist, from 0 */
  char                     *title;
  char                     *channel;
  char                     *thumbnail_url;   /* NULL when there is none */
  gint64                    duration;        /* seconds, or PATHWAY_VIDEO_DURATION_UNKNOWN */
  PathwayVideoAvailability  availability;
} PathwayVideo;

typedef struct {
  char      *id;
  char      *title;
  char      *channel;
  guint      item_count;  /* as the service counts them, unavailable ones included */
  GPtrArray *videos;      /* of PathwayVideo, in playlist order */
  guint      requests;    /* requests made to fetch it (YouTube quota units) */
} PathwayPlaylist;

PathwayVideo    *pathway_video_new              (void);
PathwayVideo    *pathway_video_copy             (const PathwayVideo *video);
void             pathway_video_free             (PathwayVideo       *video);
gboolean         pathway_video_is_schedulable   (const PathwayVideo *video);

PathwayPlaylist *pathway_playlist_new           (void);
void             pathway_playlist_free          (PathwayPlaylist    *playlist);
guint            pathway_playlist_count_skipped (const PathwayPlaylist *playlist);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayVideo, pathway_video_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayPlaylist, pathway_playlist_free)

G_END_DECLS
