/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reading a profile file a student exported, without reading more than a profile can be: its
 * size is asked first, and checked again once read. */

void    pathway_profile_file_read_async  (GFile                *file,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
GBytes *pathway_profile_file_read_finish (GFile                *file,
                                          GAsyncResult         *result,
                                          GError              **error);

G_END_DECLS
