/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Timestamps are stored as UTC ISO-8601 text with whole seconds: 2026-11-21T14:03:00Z. */
char      *pathway_timestamp_format (GDateTime  *datetime);
GDateTime *pathway_timestamp_parse  (const char *text);
GDateTime *pathway_timestamp_now    (void);

G_END_DECLS
