/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"

G_BEGIN_DECLS

/* Whole-file work that may take long: each opens its own connection, so it can run in a worker
 * thread while the app keeps reading and writing (WAL), and each can be cancelled. */

/* fraction goes from 0 to 1; called in the thread-default main context of the caller. */
typedef void (*PathwayProgressFunc) (double   fraction,
                                     gpointer user_data);

gboolean   pathway_db_check_file     (const char           *path,
                                      GPtrArray           **problems,
                                      GCancellable         *cancellable,
                                      GError              **error);
gboolean   pathway_db_backup_file    (const char           *source,
                                      const char           *destination,
                                      PathwayProgressFunc   progress,
                                      gpointer              progress_data,
                                      GCancellable         *cancellable,
                                      GError              **error);
void       pathway_db_backup_async   (PathwayDb            *db,
                                      const char           *destination,
                                      PathwayProgressFunc   progress,
                                      gpointer              progress_data,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
gboolean   pathway_db_backup_finish  (PathwayDb            *db,
                                      GAsyncResult         *result,
                                      GError              **error);
void       pathway_db_check_async    (PathwayDb            *db,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
GPtrArray *pathway_db_check_finish   (PathwayDb            *db,
                                      GAsyncResult         *result,
                                      GError              **error);

G_END_DECLS
