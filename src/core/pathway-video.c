/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-video"

#include "config.h"

#include "pathway-video.h"

PathwayVideo *
pathway_video_new (void)
{
  PathwayVideo *video = g_new0 (PathwayVideo, 1);

  video->duration = PATHWAY_VIDEO_DURATION_UNKNOWN;
  return video;
}

PathwayVideo *
pathway_video_copy (const PathwayVideo *video)
{
  PathwayVideo *copy;

  g_return_val_if_fail (video != NULL, NULL);

  copy = g_memdup2 (video, sizeof *video);
  copy->id = g_strdup (video->id);
  copy->title = g_strdup (video->title);
  copy->channel = g_strdup (video->channel);
  copy->thumbnail_url = g_strdup (video->thumbnail_url);
  return copy;
}

void
pathway_video_free (PathwayVideo *video)
{
  if (video == NULL)
    return;

  g_free (video->id);
  g_free (video->title);
  g_free (video->channel);
  g_free (video->thumbnail_url);
  g_free (video);
}

/* Whether a video can go in a schedule: it can be watched and its length is known. */
gboolean
pathway_video_is_schedulable (const PathwayVideo *video)
{
  g_return_val_if_fail (video != NULL, FALSE);

  return video->availability == PATHWAY_VIDEO_AVAILABLE && video->duration >= 0;
}

PathwayPlaylist *
pathway_playlist_new (void)
{
  PathwayPlaylist *playlist = g_new0 (PathwayPlaylist, 1);

  playlist->videos = g_ptr_array_new_with_free_func ((GDestroyNotify) pathway_video_free);
  return playlist;
}

void
pathway_playlist_free (PathwayPlaylist *playlist)
{
  if (playlist == NULL)
    return;

  g_free (playlist->id);
  g_free (playlist->title);
  g_free (playlist->channel);
  g_ptr_array_unref (playlist->videos);
  g_free (playlist);
}

/* Videos left out of a schedule: private, deleted, live, upcoming or of unknown length. */
guint
pathway_playlist_count_skipped (const PathwayPlaylist *playlist)
{
  guint n = 0;

  g_return_val_if_fail (playlist != NULL, 0);

  for (guint i = 0; i < playlist->videos->len; i++)
    if (!pathway_video_is_schedulable (g_ptr_array_index (playlist->videos, i)))
      n++;
  return n;
}
