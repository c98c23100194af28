/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"

G_BEGIN_DECLS

/* pathway_candidates_import_profile () in a worker thread on its own connection, so the window
 * keeps reading (WAL) while the profile is parsed, embedded and written. */

void   pathway_candidates_import_async  (PathwayDb            *db,
                                         gint64                recruiter_id,
                                         GBytes               *bytes,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gint64 pathway_candidates_import_finish (PathwayDb            *db,
                                         GAsyncResult         *result,
                                         gboolean             *updated,
                                         GError              **error);

G_END_DECLS
