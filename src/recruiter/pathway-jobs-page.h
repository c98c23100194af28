/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_JOBS_PAGE (pathway_jobs_page_get_type ())
G_DECLARE_FINAL_TYPE (PathwayJobsPage, pathway_jobs_page, PATHWAY, JOBS_PAGE, GtkWidget)

/* The recruiter's jobs as a searchable, filterable table paged out of the database; opening a
 * row asks for recruiter.show-job, and “New Job” for recruiter.new-job. */
void pathway_jobs_page_set_recruiter (PathwayJobsPage *self,
                                      PathwayDb       *db,
                                      gint64           recruiter_id);
void pathway_jobs_page_reload        (PathwayJobsPage *self);

G_END_DECLS
