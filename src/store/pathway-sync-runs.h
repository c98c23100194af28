/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* The sync runner's bookkeeping: one sync_runs row per sync (what ran, how it ended, what it
 * cost), and per (source, scope) a sync_cursors row with where the last sync left off and until
 * when the service asked Pathway to wait. A NULL scope is the service as a whole. */

gint64      pathway_sync_runs_begin              (PathwayDb          *db,
                                                  const char         *source,
                                                  const char         *scope,
                                                  GError            **error);
gboolean    pathway_sync_runs_finish             (PathwayDb          *db,
                                                  gint64              run_id,
                                                  PathwaySyncStatus   status,
                                                  int                 requests,
                                                  int                 items_seen,
                                                  int                 items_changed,
                                                  const char         *error_message,
                                                  GError            **error);

GDateTime  *pathway_sync_cursors_get_retry_after (PathwayDb          *db,
                                                  const char         *source,
                                                  const char         *scope,
                                                  GError            **error);
gboolean    pathway_sync_cursors_set_retry_after (PathwayDb          *db,
                                                  const char         *source,
                                                  const char         *scope,
                                                  GDateTime          *retry_after,
                                                  GError            **error);
char       *pathway_sync_cursors_get_cursor      (PathwayDb          *db,
                                                  const char         *source,
                                                  const char         *scope,
                                                  GError            **error);
gboolean    pathway_sync_cursors_set_cursor      (PathwayDb          *db,
                                                  const char         *source,
                                                  const char         *scope,
                                                  const char         *cursor,
                                                  GError            **error);

G_END_DECLS
