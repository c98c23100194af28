/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_JOB_PAGE (pathway_job_page_get_type ())
G_DECLARE_FINAL_TYPE (PathwayJobPage, pathway_job_page, PATHWAY, JOB_PAGE, GtkWidget)

/* One of the recruiter's jobs: its details, its explained matches and its shortlist board. It
 * asks the recruiter view for what is outside it through the recruiter.* actions. */
gboolean    pathway_job_page_set_job           (PathwayJobPage *self,
                                                PathwayDb      *db,
                                                gint64          recruiter_id,
                                                gint64          job_id);
void        pathway_job_page_reload            (PathwayJobPage *self);
void        pathway_job_page_set_visible_view  (PathwayJobPage *self,
                                                const char     *view);
const char *pathway_job_page_get_visible_view  (PathwayJobPage *self);

G_END_DECLS
