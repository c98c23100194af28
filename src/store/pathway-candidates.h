/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* Candidates: users of type student with their onboarding row (name, grade, goals, skills), profile
 * summary and candidate vector (the same text embedding in both) and preferences. A recruiter adds
 * them by hand or by importing the profile a student exported; each save is one transaction. */

#define PATHWAY_PROFILE_FORMAT    "pathway-profile"
#define PATHWAY_PROFILE_VERSION   1
#define PATHWAY_PROFILE_MAX_SIZE  (4 * 1024 * 1024)
#define PATHWAY_PROFILE_MAX_DEPTH 16

typedef struct {
  gint64  id;                  /* 0 for a new candidate */
  gint64  recruiter_id;        /* who adds them (users.created_by_recruiter_id), 0 for nobody; kept as first saved */
  char   *name;
  char   *email;               /* NULL or blank: none */
  int     source;              /* PathwayUserSource; kept as first saved */
  int     grade;               /* PathwayGrade; PATHWAY_UNSET keeps the stored one, else self-taught */
  GStrv   goals;
  GStrv   skills;
  GStrv   interests;
  char   *summary;
  char   *location;
  int     remote_ok;
  int     salary_expectation;  /* PATHWAY_UNSET when not given */
  char   *headline;
  char   *profile_id;          /* the UUID of the student's exported profile; NULL keeps the stored one */
} PathwayCandidateDraft;

PathwayCandidateDraft *pathway_candidate_draft_new  (void);
void                   pathway_candidate_draft_free (PathwayCandidateDraft *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayCandidateDraft, pathway_candidate_draft_free)

typedef enum {
  PATHWAY_CANDIDATE_SORT_NAME,
  PATHWAY_CANDIDATE_SORT_NEWEST,
  PATHWAY_CANDIDATE_SORT_RELEVANCE,  /* bm25, only with text; by name without */
} PathwayCandidateSort;

typedef struct {
  gint64                recruiter_id;  /* 0: every candidate; else those this recruiter added */
  const char           *text;          /* what was typed, any characters; NULL or blank: no text filter */
  PathwayCandidateSort  sort;
} PathwayCandidateQuery;

PathwayCandidateQuery *pathway_candidate_query_copy (const PathwayCandidateQuery *query);
void                   pathway_candidate_query_free (PathwayCandidateQuery       *query);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayCandidateQuery, pathway_candidate_query_free)

/* One row of the candidates list: only what the list shows, and the keys it sorts by. A query's
 * rows, read with pathway_row_read(); there is no such table to write to. */
typedef struct {
  gint64     id;              /* users.id */
  char      *name;
  char      *headline;
  char      *location;
  JsonNode  *skills;
  int        source;          /* PathwayUserSource */
  GDateTime *created_at;
} PathwayCandidateSummary;

extern const PathwayTable pathway_candidate_summaries_table;
PATHWAY_DEFINE_RECORD (PathwayCandidateSummary, pathway_candidate_summary, pathway_candidate_summaries_table)

gint64                 pathway_candidates_save           (PathwayDb                      *db,
                                                          const PathwayCandidateDraft    *draft,
                                                          GError                        **error);
PathwayCandidateDraft *pathway_candidates_load           (PathwayDb                      *db,
                                                          gint64                          user_id,
                                                          GError                        **error);
gint64                 pathway_candidates_count          (PathwayDb                      *db,
                                                          const PathwayCandidateQuery    *query,
                                                          GError                        **error);
GPtrArray             *pathway_candidates_fetch_page     (PathwayDb                      *db,
                                                          const PathwayCandidateQuery    *query,
                                                          const PathwayCandidateSummary  *after,
                                                          guint                           offset,
                                                          guint                           limit,
                                                          GError                        **error);
char                  *pathway_candidates_export_profile (PathwayDb                      *db,
                                                          gint64                          student_user_id,
                                                          GError                        **error);
gint64                 pathway_candidates_import_profile (PathwayDb                      *db,
                                                          gint64                          recruiter_id,
                                                          GBytes                         *bytes,
                                                          gboolean                       *updated,
                                                          GError                        **error);

G_END_DECLS
