/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* A job's stored matches as the job page lists them: each with the candidate's name and headline
 * and whether they are on the job's shortlist, read in one SELECT rather than one per row. A
 * query's rows, read with pathway_row_read(); there is no such table to write to. */
typedef struct {
  gint64    id;               /* candidate_matches.id */
  gint64    candidate_id;
  char     *name;             /* never NULL once listed */
  char     *headline;         /* NULL when they gave none */
  double    match_score;      /* 0 to 100 */
  JsonNode *match_reasons;    /* pathway_match_explain() plus "embedder" */
  int       status;           /* PathwayMatchStatus */
  gint64    shortlist_id;     /* 0 when not on the shortlist */
  int       shortlist_status; /* PathwayShortlistStatus, PATHWAY_UNSET when not on it */
} PathwayNamedMatch;

extern const PathwayTable pathway_named_matches_table;
PATHWAY_DEFINE_RECORD (PathwayNamedMatch, pathway_named_match, pathway_named_matches_table)

GPtrArray *pathway_named_matches_for_job (PathwayDb  *db,
                                          gint64      job_id,
                                          guint       limit,
                                          GError    **error);

G_END_DECLS
