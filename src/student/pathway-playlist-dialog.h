/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-schedules.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_PLAYLIST_DIALOG (pathway_playlist_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PathwayPlaylistDialog, pathway_playlist_dialog, PATHWAY, PLAYLIST_DIALOG, AdwWindow)

/* Asks for a playlist (a link, or a yt-dlp file) and how to plan it; emits "accepted" when the
 * answers are valid. */
PathwayPlaylistDialog *pathway_playlist_dialog_new          (gboolean                 from_file);
const char            *pathway_playlist_dialog_get_playlist (PathwayPlaylistDialog   *self);
GFile                 *pathway_playlist_dialog_get_file     (PathwayPlaylistDialog   *self);
void                   pathway_playlist_dialog_get_settings (PathwayPlaylistDialog   *self,
                                                             PathwayScheduleSettings *settings);

G_END_DECLS
