/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pathway-records.h"

G_BEGIN_DECLS

/* A job's status as the pill the jobs list and the job page both show. */

const char *pathway_job_status_title     (PathwayJobStatus  status);
void        pathway_job_status_label_set (GtkLabel         *label,
                                          PathwayJobStatus  status);

G_END_DECLS
