/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-matching"

#include "config.h"

#include "pathway-matching.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pathway-core-error.h"
#include "pathway-skills.h"

/* What a component scores when there is nothing to compare it on. */
#define NEUTRAL 0.5

/* Past the top of the budget, the salary score falls to 0 at this multiple of it. */
#define SALARY_ZERO_AT 1.5

/* Explanations carry scores to four decimals: enough to add up to the total, short to read. */
#define EXPLAIN_DECIMALS 1e4

/* The defaults, and the only place they are written.
 *
 * Skills weigh most because they are what a recruiter checks first and what a candidate can act
 * on. Similarity catches what skill lists miss (the same field in other words) but is the least
 * explainable, so it weighs less. Location and salary settle ties between similar candidates and
 * are often unknown.
 *
 * The floor suits pathway_embedding_embed(): on demo data, unrelated profiles and jobs have
 * cosines of about 0 ± 0.03 and a student of the job's own field 0 to 0.4 (0.16 on average), so
 * everything above 0.05 says something. Neural models (nomic-embed-text) put unrelated texts at
 * 0.3 to 0.5; a run that uses one should raise the floor. */
static const PathwayMatchWeights default_weights = {
  .weights = {
    [PATHWAY_MATCH_SKILLS] = 0.50,
    [PATHWAY_MATCH_SIMILARITY] = 0.30,
    [PATHWAY_MATCH_LOCATION] = 0.10,
    [PATHWAY_MATCH_SALARY] = 0.10,
  },
  .similarity_floor = 0.05,
};

const char * const pathway_match_component_nicks[] = {
  "skills", "similarity", "location", "salary", NULL,
};

const char * const pathway_match_basis_nicks[] = {
  "measured", "unknown", "remote_job", "remote_ok", "same_city", "other_city", "within_budget",
  "above_budget", NULL,
};

const PathwayMatchWeights *
pathway_match_weights_get_default (void)
{
  return &default_weights;
}

/* Weights must each be from 0 to 1 and add up to 1, so that totals run from 0 to 100. */
gboolean
pathway_match_weights_check (const PathwayMatchWeights  *weights,
                             GError                    **error)
{
  double sum = 0;

  g_return_val_if_fail (weights != NULL, FALSE);

  for (guint i = 0; i < PATHWAY_MATCH_N_COMPONENTS; i++)
    {
      if (!isfinite (weights->weights[i]) || weights->weights[i] < 0 || weights->weights[i] > 1)
        {
          g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                       _("The weight of “%s” must be a number from 0 to 1."), pathway_match_component_nicks[i]);
          return FALSE;
        }
      sum += weights->weights[i];
    }

  if (fabs (sum - 1.0) > 1e-9)
    {
      g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                   _("The weights of the match score must add up to 1, not %g."), sum);
      return FALSE;
    }

  if (!isfinite (weights->similarity_floor) || weights->similarity_floor < 0 || weights->similarity_floor >= 1)
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                           _("The similarity floor must be at least 0 and less than 1."));
      return FALSE;
    }

  return TRUE;
}

/* ───────────────────────────── keys and texts ───────────────────────────── */

/* Case folded, compatibility decomposed, accents dropped, anything but letters and digits a
 * single space: “  Zürich  (HQ)” → “zurich hq”. NULL when nothing is left. */
static char *
fold_place (const char *text,
            gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);
  g_autofree char *folded = g_utf8_casefold (valid, -1);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  GString *key = g_string_new (NULL);

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
      else if (key->len > 0 && key->str[key->len - 1] != ' ')
        g_string_append_c (key, ' ');
    }

  if (key->len > 0 && key->str[key->len - 1] == ' ')
    g_string_truncate (key, key->len - 1);

  if (key->len == 0)
    {
      g_string_free (key, TRUE);
      return NULL;
    }

  return g_string_free (key, FALSE);
}

/* The key two places are compared by: the city, before any comma, folded. NULL when blank.
 * “Zürich, Switzerland” and “ZURICH” are one place; “München” and “Munich” are not. */
char *
pathway_match_location_key (const char *location)
{
  const char *comma;

  if (location == NULL)
    return NULL;

  comma = strchr (location, ',');
  return fold_place (location, comma != NULL ? comma - location : -1);
}

/* Whether a job's location says it can be done remotely: “Remote”, “Remote (EU)”, “Berlin or remote”. */
gboolean
pathway_match_location_is_remote (const char *location)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (location == NULL)
    return FALSE;

  folded = fold_place (location, -1);
  if (folded == NULL)
    return FALSE;

  words = g_strsplit (folded, " ", -1);
  return g_strv_contains ((const char * const *) words, "remote");
}

/* Each skill once, its key added to keys and, when names is given, its trimmed name to names, in
 * order; names without letters or digits are left out. */
static void
collect_skills (const char * const *skills,
                GPtrArray          *keys,
                GPtrArray          *names)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      char *key = pathway_skill_normalize (skills[i]);

      if (*key == '\0' || g_hash_table_contains (seen, key))
        {
          g_free (key);
          continue;
        }

      g_hash_table_add (seen, key);
      g_ptr_array_add (keys, key);
      if (names != NULL)
        g_ptr_array_add (names, g_strstrip (g_strdup (skills[i])));
    }
}

/* Each skill once, as its key, in order; names without letters or digits are left out. */
GStrv
pathway_match_skill_keys (const char * const *skills)
{
  GPtrArray *keys = g_ptr_array_new ();

  collect_skills (skills, keys, NULL);
  g_ptr_array_add (keys, NULL);
  return (GStrv) g_ptr_array_free (keys, FALSE);
}

static void
append_list (GString            *text,
             const char * const *items,
             const char         *separator)
{
  gboolean first = TRUE;

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      if (*items[i] == '\0')
        continue;
      if (!first)
        g_string_append (text, separator);
      g_string_append (text, items[i]);
      first = FALSE;
    }
}

/* The text a job's vector is made from: “Title. Description Requirement. Requirement. Skills: a, b.” */
char *
pathway_match_job_text (const char         *title,
                        const char         *description,
                        const char * const *requirements,
                        const char * const *skills)
{
  GString *text = g_string_new (title);

  g_string_append (text, ". ");
  if (description != NULL)
    g_string_append (text, description);
  if (requirements != NULL && requirements[0] != NULL)
    {
      g_string_append_c (text, ' ');
      append_list (text, requirements, ". ");
      g_string_append_c (text, '.');
    }
  if (skills != NULL && skills[0] != NULL)
    {
      g_string_append (text, " Skills: ");
      append_list (text, skills, ", ");
      g_string_append_c (text, '.');
    }

  return g_string_free (text, FALSE);
}

/* The text a candidate's vector is made from, as demo data and profile summaries make it:
 * “Summary Skills: a, b.” */
char *
pathway_match_candidate_text (const char         *summary,
                              const char * const *skills)
{
  GString *text = g_string_new (summary);

  g_string_append (text, " Skills: ");
  append_list (text, skills, ", ");
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

/* ───────────────────────────── jobs ───────────────────────────── */

/* skills are as the job names them; the vector is copied and scaled to unit length (a zero
 * vector, from a text without words, counts as none). Salaries ≤ 0 count as not given. */
PathwayMatchJob *
pathway_match_job_new (const char * const  *skills,
                       const char          *location,
                       int                  salary_min,
                       int                  salary_max,
                       const PathwayVector *vector)
{
  PathwayMatchJob *job = g_new0 (PathwayMatchJob, 1);

  job->skill_keys = g_ptr_array_new_with_free_func (g_free);
  job->skill_names = g_ptr_array_new_with_free_func (g_free);
  collect_skills (skills, job->skill_keys, job->skill_names);

  job->remote = pathway_match_location_is_remote (location);
  job->location_key = job->remote ? NULL : pathway_match_location_key (location);
  job->salary_min = salary_min > 0 ? salary_min : PATHWAY_MATCH_UNKNOWN;
  job->salary_max = salary_max > 0 ? salary_max : PATHWAY_MATCH_UNKNOWN;

  if (vector != NULL)
    {
      double norm = 0;

      for (guint i = 0; i < vector->n_dims; i++)
        norm += (double) vector->values[i] * vector->values[i];

      if (norm > 0 && isfinite (norm))
        {
          job->vector = pathway_vector_copy (vector);
          pathway_vector_normalize (job->vector);
        }
    }

  return job;
}

void
pathway_match_job_free (PathwayMatchJob *job)
{
  if (job == NULL)
    return;

  g_ptr_array_unref (job->skill_keys);
  g_ptr_array_unref (job->skill_names);
  g_free (job->location_key);
  g_clear_pointer (&job->vector, pathway_vector_free);
  g_free (job);
}

/* ───────────────────────────── the rules ───────────────────────────── */

double
pathway_match_skills_score (guint              matched,
                            guint              required,
                            PathwayMatchBasis *basis)
{
  g_return_val_if_fail (matched <= required, 0);

  if (basis != NULL)
    *basis = required == 0 ? PATHWAY_MATCH_BASIS_UNKNOWN : PATHWAY_MATCH_BASIS_MEASURED;

  return required == 0 ? NEUTRAL : (double) matched / required;
}

/* cosine is NAN when either side has no vector. */
double
pathway_match_similarity_score (const PathwayMatchWeights *weights,
                                double                     cosine)
{
  double floor = weights->similarity_floor;

  if (isnan (cosine))
    return NEUTRAL;

  return CLAMP ((cosine - floor) / (1.0 - floor), 0.0, 1.0);
}

double
pathway_match_location_score (const PathwayMatchJob *job,
                              const char            *location_key,
                              int                    remote_ok,
                              PathwayMatchBasis     *basis)
{
  PathwayMatchBasis why = PATHWAY_MATCH_BASIS_OTHER_CITY;
  double score = 0;

  if (job->remote)
    why = PATHWAY_MATCH_BASIS_REMOTE_JOB;
  else if (remote_ok == TRUE)
    why = PATHWAY_MATCH_BASIS_REMOTE_OK;
  else if (job->location_key == NULL || location_key == NULL)
    why = PATHWAY_MATCH_BASIS_UNKNOWN;
  else if (g_str_equal (job->location_key, location_key))
    why = PATHWAY_MATCH_BASIS_SAME_CITY;

  if (why == PATHWAY_MATCH_BASIS_UNKNOWN)
    score = NEUTRAL;
  else if (why != PATHWAY_MATCH_BASIS_OTHER_CITY)
    score = 1;

  if (basis != NULL)
    *basis = why;
  return score;
}

/* The top of the job's budget: its maximum, else its minimum when that is all it gives. */
static int
budget (const PathwayMatchJob *job)
{
  return job->salary_max > 0 ? job->salary_max : job->salary_min;
}

double
pathway_match_salary_score (const PathwayMatchJob *job,
                            int                    expectation,
                            PathwayMatchBasis     *basis)
{
  int top = budget (job);
  PathwayMatchBasis why = PATHWAY_MATCH_BASIS_ABOVE_BUDGET;
  double score;

  if (top <= 0 || expectation < 0)
    {
      why = PATHWAY_MATCH_BASIS_UNKNOWN;
      score = NEUTRAL;
    }
  else if (expectation <= top)
    {
      why = PATHWAY_MATCH_BASIS_WITHIN_BUDGET;
      score = 1;
    }
  else
    score = MAX (0.0, 1.0 - (expectation - (double) top) / ((SALARY_ZERO_AT - 1.0) * top));

  if (basis != NULL)
    *basis = why;
  return score;
}

static double
cosine (const PathwayVector *a,
        const PathwayVector *b)
{
  double dot = 0, norm_a = 0, norm_b = 0;

  if (a == NULL || b == NULL || a->n_dims != b->n_dims)
    return NAN;

  for (guint i = 0; i < a->n_dims; i++)
    {
      dot += (double) a->values[i] * b->values[i];
      norm_a += (double) a->values[i] * a->values[i];
      norm_b += (double) b->values[i] * b->values[i];
    }

  if (norm_a <= 0 || norm_b <= 0)
    return NAN;

  return dot / (sqrt (norm_a) * sqrt (norm_b));
}

static guint
count_matched (const PathwayMatchJob       *job,
               const PathwayMatchCandidate *candidate,
               gboolean                    *matched)
{
  guint n = 0;

  for (guint i = 0; i < job->skill_keys->len; i++)
    {
      matched[i] = candidate->skill_keys != NULL &&
                   g_strv_contains (candidate->skill_keys, g_ptr_array_index (job->skill_keys, i));
      n += matched[i];
    }

  return n;
}

void
pathway_match_score (const PathwayMatchJob       *job,
                     const PathwayMatchCandidate *candidate,
                     const PathwayMatchWeights   *weights,
                     PathwayMatchScore           *score)
{
  g_autofree gboolean *matched = NULL;
  guint n_matched;

  g_return_if_fail (job != NULL);
  g_return_if_fail (candidate != NULL);
  g_return_if_fail (weights != NULL);
  g_return_if_fail (score != NULL);

  matched = g_new0 (gboolean, MAX (job->skill_keys->len, 1));
  n_matched = count_matched (job, candidate, matched);

  score->similarity = cosine (job->vector, candidate->vector);
  score->scores[PATHWAY_MATCH_SKILLS] = pathway_match_skills_score (n_matched, job->skill_keys->len,
                                                                    &score->basis[PATHWAY_MATCH_SKILLS]);
  score->scores[PATHWAY_MATCH_SIMILARITY] = pathway_match_similarity_score (weights, score->similarity);
  score->basis[PATHWAY_MATCH_SIMILARITY] = isnan (score->similarity) ? PATHWAY_MATCH_BASIS_UNKNOWN
                                                                     : PATHWAY_MATCH_BASIS_MEASURED;
  score->scores[PATHWAY_MATCH_LOCATION] = pathway_match_location_score (job, candidate->location_key,
                                                                        candidate->remote_ok,
                                                                        &score->basis[PATHWAY_MATCH_LOCATION]);
  score->scores[PATHWAY_MATCH_SALARY] = pathway_match_salary_score (job, candidate->salary_expectation,
                                                                    &score->basis[PATHWAY_MATCH_SALARY]);
  score->total = pathway_match_total (weights, score->scores);
}

/* ───────────────────────────── explanations ───────────────────────────── */

static double
rounded (double value)
{
  return round (value * EXPLAIN_DECIMALS) / EXPLAIN_DECIMALS;
}

/* The candidate_matches.match_reasons object for this pair:
 * {"skills_matched": [the job's names], "skills_missing": […], "similarity": 0.7312 or null,
 *  "components": {"skills": {"score", "weight", "basis"}, "similarity": …, "location": …, "salary": …},
 *  "weights": {"skills": 0.5, …}, "version": 1}. Scores are rounded to four decimals. */
JsonNode *
pathway_match_explain (const PathwayMatchJob       *job,
                       const PathwayMatchCandidate *candidate,
                       const PathwayMatchWeights   *weights)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree gboolean *matched = NULL;
  PathwayMatchScore score;

  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (candidate != NULL, NULL);
  g_return_val_if_fail (weights != NULL, NULL);

  pathway_match_score (job, candidate, weights, &score);
  matched = g_new0 (gboolean, MAX (job->skill_keys->len, 1));
  count_matched (job, candidate, matched);

  json_builder_begin_object (builder);
  for (guint pass = 0; pass < 2; pass++)
    {
      json_builder_set_member_name (builder, pass == 0 ? "skills_matched" : "skills_missing");
      json_builder_begin_array (builder);
      for (guint i = 0; i < job->skill_names->len; i++)
        if (matched[i] == (pass == 0))
          json_builder_add_string_value (builder, g_ptr_array_index (job->skill_names, i));
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "similarity");
  if (isnan (score.similarity))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, rounded (score.similarity));

  json_builder_set_member_name (builder, "components");
  json_builder_begin_object (builder);
  for (guint i = 0; i < PATHWAY_MATCH_N_COMPONENTS; i++)
    {
      json_builder_set_member_name (builder, pathway_match_component_nicks[i]);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, rounded (score.scores[i]));
      json_builder_set_member_name (builder, "weight");
      json_builder_add_double_value (builder, weights->weights[i]);
      json_builder_set_member_name (builder, "basis");
      json_builder_add_string_value (builder, pathway_match_basis_nicks[score.basis[i]]);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "weights");
  json_builder_begin_object (builder);
  for (guint i = 0; i < PATHWAY_MATCH_N_COMPONENTS; i++)
    {
      json_builder_set_member_name (builder, pathway_match_component_nicks[i]);
      json_builder_add_double_value (builder, weights->weights[i]);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, PATHWAY_MATCH_REASONS_VERSION);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
