/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"

G_BEGIN_DECLS

/* What a candidate who studies with Pathway in this database has done: the same figures their
 * exported profile would carry (pathway-candidate-profile.c), read for the recruiter to see. */

typedef struct {
  char *plan_title;        /* NULL when they have no plan here */
  int   months_total;
  int   months_completed;
  int   current_month;     /* 1-based */
  int   days_completed;
  int   quizzes_passed;
  int   average_score;     /* of their best scores, 0–100; -1 without any */
} PathwayCandidateEvidence;

void                      pathway_candidate_evidence_free (PathwayCandidateEvidence *evidence);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayCandidateEvidence, pathway_candidate_evidence_free)

gboolean                  pathway_candidate_evidence_is_empty (const PathwayCandidateEvidence *evidence);
PathwayCandidateEvidence *pathway_candidates_get_evidence     (PathwayDb                      *db,
                                                               gint64                          user_id,
                                                               GError                        **error);

G_END_DECLS
