/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ISO-8601 durations as YouTube and Pathway write them: P[nW][nD][T[nH][nM][n[.f]S]].
 * Years and months are refused because their length in seconds is not fixed. */
gboolean  pathway_duration_parse    (const char *text,
                                     gint64     *seconds);
char     *pathway_duration_format   (gint64      seconds);
char     *pathway_duration_describe (gint64      seconds);

G_END_DECLS
