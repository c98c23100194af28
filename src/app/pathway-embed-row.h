/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

/* The Preferences row that embeds every candidate again with the embeddings service set above it,
 * so that the service can rank them (pathway-candidate-embedder.h): progress in its subtitle, a
 * button that runs and cancels, and a toast with the outcome. */

#define PATHWAY_TYPE_EMBED_ROW (pathway_embed_row_get_type ())
G_DECLARE_FINAL_TYPE (PathwayEmbedRow, pathway_embed_row, PATHWAY, EMBED_ROW, AdwActionRow)

void     pathway_embed_row_set_db      (PathwayEmbedRow *self,
                                        PathwayDb       *db);
gboolean pathway_embed_row_is_running  (PathwayEmbedRow *self);

G_END_DECLS
