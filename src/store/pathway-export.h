/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"

G_BEGIN_DECLS

gboolean pathway_export_json (PathwayDb      *db,
                              GOutputStream  *stream,
                              GCancellable   *cancellable,
                              GError        **error);

G_END_DECLS
