/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* A job's shortlist and what the recruiter does with each candidate on it. Every change writes its
 * recruiter_interactions row in the same transaction, so a candidate's timeline is complete. A
 * candidate moves shortlisted → interview scheduled → interviewed → hired, one step at a time (an
 * interview may be scheduled again), and may be rejected from any step. */

typedef struct {
  GDateTime  *scheduled_time;
  const char *meeting_link;     /* http or https; NULL for none */
} PathwayInterview;

gint64     pathway_shortlists_add            (PathwayDb               *db,
                                              gint64                   job_id,
                                              gint64                   student_id,
                                              PathwayShortlistSource   source,
                                              GError                 **error);
gboolean   pathway_shortlists_can_move       (PathwayShortlistStatus   from,
                                              PathwayShortlistStatus   to);
gboolean   pathway_shortlists_move           (PathwayDb               *db,
                                              gint64                   shortlist_id,
                                              PathwayShortlistStatus   status,
                                              const PathwayInterview  *interview,
                                              GError                 **error);
gboolean   pathway_shortlists_set_notes      (PathwayDb               *db,
                                              gint64                   shortlist_id,
                                              const char              *notes,
                                              GError                 **error);
gboolean   pathway_shortlists_profile_viewed (PathwayDb               *db,
                                              gint64                   recruiter_id,
                                              gint64                   candidate_id,
                                              GError                 **error);
gboolean   pathway_shortlists_email_sent     (PathwayDb               *db,
                                              gint64                   recruiter_id,
                                              gint64                   candidate_id,
                                              const char              *subject,
                                              GError                 **error);
GPtrArray *pathway_shortlists_for_job        (PathwayDb               *db,
                                              gint64                   job_id,
                                              GError                 **error);
GPtrArray *pathway_shortlists_timeline       (PathwayDb               *db,
                                              gint64                   candidate_id,
                                              GError                 **error);
char      *pathway_shortlists_export_csv     (PathwayDb               *db,
                                              gint64                   job_id,
                                              GError                 **error);

G_END_DECLS
