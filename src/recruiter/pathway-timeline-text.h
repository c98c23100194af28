/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-records.h"

G_BEGIN_DECLS

/* A candidate's timeline in words: one plain-text sentence per recruiter_interactions row, from
 * its type and the details pathway-shortlists.c (and the demo data) write. Never markup. */

char       *pathway_timeline_describe      (const PathwayInteraction *interaction,
                                            const char               *job_title);
gboolean    pathway_timeline_names_job     (const PathwayInteraction *interaction);
gint64      pathway_timeline_get_job_id    (const PathwayInteraction *interaction);
const char *pathway_timeline_icon_name     (const PathwayInteraction *interaction);
char       *pathway_timeline_format_time   (GDateTime                *time);
const char *pathway_timeline_status_label  (const char               *status_nick);

G_END_DECLS
