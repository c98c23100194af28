/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* Every job of a recruiter's that has a shortlist, with how many people stand at each step, most
 * recently moved first: the Shortlists view. A query's rows, read with pathway_row_read(); there
 * is no such table to write to. */

typedef struct {
  gint64     job_id;
  char      *title;
  int        job_status;           /* PathwayJobStatus */
  int        counts[PATHWAY_SHORTLIST_REJECTED + 1];  /* by PathwayShortlistStatus */
  GDateTime *last_shortlisted;
} PathwayShortlistOverview;

extern const PathwayTable pathway_shortlist_overviews_table;
PATHWAY_DEFINE_RECORD (PathwayShortlistOverview, pathway_shortlist_overview, pathway_shortlist_overviews_table)

GPtrArray *pathway_shortlist_overview_list (PathwayDb  *db,
                                            gint64      recruiter_id,
                                            GError    **error);

G_END_DECLS
