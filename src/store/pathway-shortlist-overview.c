/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-shortlist-overview"

#include "config.h"

#include "pathway-shortlist-overview.h"

#include <glib/gi18n.h>

#include "pathway-rows.h"

#define COUNT(status) \
  { "n_" #status, PATHWAY_COLUMN_INT, \
    G_STRUCT_OFFSET (PathwayShortlistOverview, counts) + PATHWAY_SHORTLIST_##status * sizeof (int), NULL, 0 }

static void
free_overview (gpointer record)
{
  pathway_record_free (&pathway_shortlist_overviews_table, record);
}

static const PathwayColumn overview_columns[] = {
  { "job_id", PATHWAY_COLUMN_ID, G_STRUCT_OFFSET (PathwayShortlistOverview, job_id), NULL, 0 },
  { "title", PATHWAY_COLUMN_TEXT, G_STRUCT_OFFSET (PathwayShortlistOverview, title), NULL, 0 },
  { "job_status", PATHWAY_COLUMN_ENUM, G_STRUCT_OFFSET (PathwayShortlistOverview, job_status),
    pathway_job_status_nicks, 0 },
  COUNT (SHORTLISTED),
  COUNT (INTERVIEW_SCHEDULED),
  COUNT (INTERVIEWED),
  COUNT (HIRED),
  COUNT (REJECTED),
  { "last_shortlisted", PATHWAY_COLUMN_TIMESTAMP, G_STRUCT_OFFSET (PathwayShortlistOverview, last_shortlisted),
    NULL, 0 },
};

const PathwayTable pathway_shortlist_overviews_table = {
  "shortlist_overviews", N_("shortlist"), sizeof (PathwayShortlistOverview),
  overview_columns, G_N_ELEMENTS (overview_columns), free_overview
};

/* The counts come in PathwayShortlistStatus order, as the columns above read them; the job whose
 * latest candidate was shortlisted last comes first. */
GPtrArray *
pathway_shortlist_overview_list (PathwayDb  *db,
                                 gint64      recruiter_id,
                                 GError    **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  stmt = pathway_db_prepare (db,
                             "SELECT j.id, j.title, j.status, "
                             "       sum(s.status = 'shortlisted'), sum(s.status = 'interview_scheduled'), "
                             "       sum(s.status = 'interviewed'), sum(s.status = 'hired'), "
                             "       sum(s.status = 'rejected'), "
                             "       max(s.created_at) "
                             "FROM shortlists AS s JOIN jobs AS j ON j.id = s.job_id "
                             "WHERE j.recruiter_id = ?1 "
                             "GROUP BY j.id ORDER BY max(s.created_at) DESC, j.id DESC",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, recruiter_id);

  return pathway_row_collect (db, &pathway_shortlist_overviews_table, stmt, error);
}
