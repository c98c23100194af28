/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* The recruiter's jobs: each a jobs row and its job_postings row (skills, salary as numbers),
 * written together in one transaction, and found with FTS5 (jobs_fts, kept by triggers). */

#define PATHWAY_JOB_TITLE_MAX 200

typedef struct {
  gint64      id;             /* 0 for a new job */
  gint64      recruiter_id;
  char       *title;
  char       *description;
  GStrv       requirements;
  GStrv       skills;
  char       *location;       /* NULL or empty: "Remote" */
  int         salary_min;     /* PATHWAY_UNSET when not given */
  int         salary_max;
  int         status;         /* PathwayJobStatus */
  char       *company;
} PathwayJobDraft;

PathwayJobDraft   *pathway_job_draft_new    (void);
void               pathway_job_draft_free   (PathwayJobDraft *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayJobDraft, pathway_job_draft_free)

/* Sorting and filtering of the jobs list; text goes through FTS5 (bm25 ranking when given). */
typedef enum {
  PATHWAY_JOB_SORT_NEWEST,
  PATHWAY_JOB_SORT_OLDEST,
  PATHWAY_JOB_SORT_TITLE,
  PATHWAY_JOB_SORT_SALARY,     /* highest salary_max first, jobs without one last; jobs with a posting */
  PATHWAY_JOB_SORT_RELEVANCE,  /* bm25, only with text; newest first without */
} PathwayJobSort;

typedef struct {
  gint64          recruiter_id;  /* 0: every recruiter's */
  const char     *text;          /* what was typed, any characters; NULL or blank: no text filter */
  int             status;        /* a PathwayJobStatus, or -1 for any */
  const char     *location;      /* substring, case-insensitive; NULL for any */
  gboolean        remote_only;
  PathwayJobSort  sort;
} PathwayJobQuery;

PathwayJobQuery *pathway_job_query_copy (const PathwayJobQuery *query);
void             pathway_job_query_free (PathwayJobQuery       *query);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayJobQuery, pathway_job_query_free)

/* One row of the jobs list: only what the list shows, and the keys it sorts by. A query's rows,
 * read with pathway_row_read(); there is no such table to write to. */
typedef struct {
  gint64     id;
  char      *title;
  char      *location;
  int        status;          /* PathwayJobStatus */
  char      *salary_range;
  int        salary_max;      /* PATHWAY_UNSET when the job gives none */
  char      *company;
  GDateTime *created_at;
} PathwayJobSummary;

extern const PathwayTable pathway_job_summaries_table;
PATHWAY_DEFINE_RECORD (PathwayJobSummary, pathway_job_summary, pathway_job_summaries_table)

gint64           pathway_jobs_save          (PathwayDb                *db,
                                             const PathwayJobDraft    *draft,
                                             GError                  **error);
PathwayJobDraft *pathway_jobs_load          (PathwayDb                *db,
                                             gint64                    job_id,
                                             GError                  **error);
gboolean         pathway_jobs_set_status    (PathwayDb                *db,
                                             gint64                    job_id,
                                             PathwayJobStatus          status,
                                             GError                  **error);
char            *pathway_jobs_format_salary (int                       salary_min,
                                             int                       salary_max);
char            *pathway_jobs_fts_query     (const char               *text);
gint64           pathway_jobs_count         (PathwayDb                *db,
                                             const PathwayJobQuery    *query,
                                             GError                  **error);
GPtrArray       *pathway_jobs_fetch_page    (PathwayDb                *db,
                                             const PathwayJobQuery    *query,
                                             const PathwayJobSummary  *after,
                                             guint                     offset,
                                             guint                     limit,
                                             GError                  **error);

G_END_DECLS
