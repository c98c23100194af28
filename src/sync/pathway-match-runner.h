/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pathway-db.h"

G_BEGIN_DECLS

/* Ranking a job's candidates as the app and pathway-cli both do it: with the embeddings service
 * when one is configured (pathway-embeddings-client.h), else with Pathway's own local embedding.
 * A service that cannot be reached or answers wrongly does not stop the ranking: it runs with the
 * local embedding, and the result carries a notice saying why, for the person to see. */

void       pathway_match_runner_run_async  (PathwayDb            *db,
                                            gint64                job_id,
                                            guint                 top_k,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
GPtrArray *pathway_match_runner_run_finish (GAsyncResult         *result,
                                            char                **notice,
                                            GError              **error);

G_END_DECLS
