/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pathway-vector.h"

G_BEGIN_DECLS

/* How well a candidate fits a job, from 0 to 100, and why. Four components, each from 0 to 1:
 *
 *   skills      the share of the job's skills the candidate has, compared by skill key
 *               (pathway_skill_normalize(), so “JS” is “JavaScript”). A job that names no skills
 *               gives every candidate 0.5: it says nothing either way.
 *   similarity  the cosine of the job's and the candidate's embeddings, rescaled so that the floor
 *               (see PathwayMatchWeights) and below give 0 and identical texts 1:
 *               clamp ((cos − floor) / (1 − floor)). 0.5 when either has no vector.
 *   location    1 for a remote job, a candidate open to remote work, or the same city (compared
 *               without case, accents or what follows a comma: “Zürich, CH” is “zurich”); 0 for
 *               another city; 0.5 when the candidate's or the job's place is not known.
 *   salary      1 when the candidate expects at most the top of the job's range, falling linearly
 *               to 0 at 1.5 times it; 0.5 when either amount is not known.
 *
 * total = 100 × Σ weight × component. Unknowns are 0.5 rather than 0 so that a missing answer
 * neither sinks nor lifts a candidate against those who gave one. */

#define PATHWAY_MATCH_REASONS_VERSION 1

/* What explanations name as "embedder" when Pathway's own embedding made the vectors. */
#define PATHWAY_MATCH_LOCAL_EMBEDDER "local"

/* A remote flag or a salary that nobody gave. */
#define PATHWAY_MATCH_UNKNOWN (-1)

typedef enum {
  PATHWAY_MATCH_SKILLS,
  PATHWAY_MATCH_SIMILARITY,
  PATHWAY_MATCH_LOCATION,
  PATHWAY_MATCH_SALARY,
  PATHWAY_MATCH_N_COMPONENTS,
} PathwayMatchComponent;

/* Why a component has its score; the nicks are what explanations carry as "basis". */
typedef enum {
  PATHWAY_MATCH_BASIS_MEASURED,       /* skills counted, cosine measured */
  PATHWAY_MATCH_BASIS_UNKNOWN,        /* nothing to compare: 0.5 */
  PATHWAY_MATCH_BASIS_REMOTE_JOB,
  PATHWAY_MATCH_BASIS_REMOTE_OK,
  PATHWAY_MATCH_BASIS_SAME_CITY,
  PATHWAY_MATCH_BASIS_OTHER_CITY,
  PATHWAY_MATCH_BASIS_WITHIN_BUDGET,
  PATHWAY_MATCH_BASIS_ABOVE_BUDGET,
} PathwayMatchBasis;

extern const char * const pathway_match_component_nicks[];
extern const char * const pathway_match_basis_nicks[];

/* Every tunable of the score. The defaults live in pathway-matching.c, and nowhere else. */
typedef struct {
  double weights[PATHWAY_MATCH_N_COMPONENTS];  /* each ≥ 0, summing to 1 */
  double similarity_floor;                     /* from 0 up to, not including, 1 */
} PathwayMatchWeights;

const PathwayMatchWeights *pathway_match_weights_get_default (void);
gboolean                   pathway_match_weights_check       (const PathwayMatchWeights  *weights,
                                                              GError                    **error);

/* What a job asks for, ready to compare with thousands of candidates. */
typedef struct {
  GPtrArray     *skill_keys;    /* char *: each skill once, as its key, in the job's order */
  GPtrArray     *skill_names;   /* char *: the job's spelling of each, for explanations */
  char          *location_key;  /* NULL when not known */
  gboolean       remote;
  int            salary_min;    /* yearly amounts, or PATHWAY_MATCH_UNKNOWN */
  int            salary_max;
  PathwayVector *vector;        /* unit length; NULL when the job has none */
} PathwayMatchJob;

PathwayMatchJob *pathway_match_job_new  (const char * const  *skills,
                                         const char          *location,
                                         int                  salary_min,
                                         int                  salary_max,
                                         const PathwayVector *vector);
void             pathway_match_job_free (PathwayMatchJob     *job);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayMatchJob, pathway_match_job_free)

/* A candidate as the scorer sees it; it owns nothing, so an index can lend its own arrays. */
typedef struct {
  gint64               id;
  const char * const  *skill_keys;          /* NULL-terminated keys; NULL for none */
  const char          *location_key;        /* NULL when not known */
  int                  remote_ok;           /* TRUE, FALSE or PATHWAY_MATCH_UNKNOWN */
  int                  salary_expectation;  /* a yearly amount, or PATHWAY_MATCH_UNKNOWN */
  const PathwayVector *vector;              /* NULL when the candidate has none */
} PathwayMatchCandidate;

typedef struct {
  double            scores[PATHWAY_MATCH_N_COMPONENTS];
  PathwayMatchBasis basis[PATHWAY_MATCH_N_COMPONENTS];
  double            similarity;   /* the cosine; NAN when not measured */
  double            total;        /* 0 to 100 */
} PathwayMatchScore;

void      pathway_match_score            (const PathwayMatchJob       *job,
                                          const PathwayMatchCandidate *candidate,
                                          const PathwayMatchWeights   *weights,
                                          PathwayMatchScore           *score);
JsonNode *pathway_match_explain          (const PathwayMatchJob       *job,
                                          const PathwayMatchCandidate *candidate,
                                          const PathwayMatchWeights   *weights);

/* The rules one by one, for scorers that keep candidates in their own form (the match index). */
double    pathway_match_skills_score     (guint                        matched,
                                          guint                        required,
                                          PathwayMatchBasis           *basis);
double    pathway_match_similarity_score (const PathwayMatchWeights   *weights,
                                          double                       cosine);
double    pathway_match_location_score   (const PathwayMatchJob       *job,
                                          const char                  *location_key,
                                          int                          remote_ok,
                                          PathwayMatchBasis           *basis);
double    pathway_match_salary_score     (const PathwayMatchJob       *job,
                                          int                          expectation,
                                          PathwayMatchBasis           *basis);

/* 100 × Σ weight × score, summed in one order so that equal scores give bit-equal totals, and
 * kept from 0 to 100 against rounding. Inline: the match index computes it for every candidate,
 * and a call made it reload the scores it had just stored. */
static inline double
pathway_match_total (const PathwayMatchWeights *weights,
                     const double              *scores)
{
  double sum = weights->weights[PATHWAY_MATCH_SKILLS] * scores[PATHWAY_MATCH_SKILLS] +
               weights->weights[PATHWAY_MATCH_SIMILARITY] * scores[PATHWAY_MATCH_SIMILARITY] +
               weights->weights[PATHWAY_MATCH_LOCATION] * scores[PATHWAY_MATCH_LOCATION] +
               weights->weights[PATHWAY_MATCH_SALARY] * scores[PATHWAY_MATCH_SALARY];

  return CLAMP (100.0 * sum, 0.0, 100.0);
}

/* Keys and texts shared by everything that matches. */
char     *pathway_match_location_key     (const char                  *location);
gboolean  pathway_match_location_is_remote (const char                *location);
GStrv     pathway_match_skill_keys       (const char * const          *skills);
char     *pathway_match_job_text         (const char                  *title,
                                          const char                  *description,
                                          const char * const          *requirements,
                                          const char * const          *skills);
char     *pathway_match_candidate_text   (const char                  *summary,
                                          const char * const          *skills);

G_END_DECLS
