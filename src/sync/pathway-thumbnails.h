/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Video thumbnails, downloaded once into $XDG_CACHE_HOME/pathway/thumbnails and read from there
 * ever after, so that schedules show their pictures offline. */

#define PATHWAY_THUMBNAIL_MAX_SIZE (512 * 1024)

GFile *pathway_thumbnails_lookup       (const char           *video_id);
void   pathway_thumbnails_fetch_async  (const char           *video_id,
                                        const char           *url,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
GFile *pathway_thumbnails_fetch_finish (GAsyncResult         *result,
                                        GError              **error);

G_END_DECLS
