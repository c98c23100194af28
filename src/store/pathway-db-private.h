/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"

G_BEGIN_DECLS

void     _pathway_db_set_error_full (PathwayDb   *self,
                                     GError     **error,
                                     const char  *label,
                                     const char  *columns);
void     _pathway_db_set_version    (PathwayDb   *self,
                                     int          version);
gboolean _pathway_db_create_schema  (PathwayDb   *self,
                                     int          application_id,
                                     GError     **error);
gboolean _pathway_db_migrate        (PathwayDb   *self,
                                     GError     **error);

G_END_DECLS
