/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pathway-core-error.h"
#include "pathway-matching.h"

#define BUDGET 100000

static PathwayVector *
vector_of (float a,
           float b,
           float c,
           float d)
{
  PathwayVector *vector = pathway_vector_new (4);

  vector->values[0] = a;
  vector->values[1] = b;
  vector->values[2] = c;
  vector->values[3] = d;
  return vector;
}

static PathwayMatchJob *
job_with_skills (const char * const *skills)
{
  return pathway_match_job_new (skills, "Berlin", PATHWAY_MATCH_UNKNOWN, PATHWAY_MATCH_UNKNOWN, NULL);
}

/* The score of a candidate who has skills, and of nothing else that is known. */
static PathwayMatchScore
score_skills (const PathwayMatchJob *job,
              const char * const    *skills)
{
  g_auto(GStrv) keys = pathway_match_skill_keys (skills);
  PathwayMatchCandidate candidate = { 1, (const char * const *) keys, NULL, PATHWAY_MATCH_UNKNOWN,
                                      PATHWAY_MATCH_UNKNOWN, NULL };
  PathwayMatchScore score;

  pathway_match_score (job, &candidate, pathway_match_weights_get_default (), &score);
  return score;
}

static void
test_weights_default (void)
{
  const PathwayMatchWeights *weights = pathway_match_weights_get_default ();
  double sum = 0;

  for (guint i = 0; i < PATHWAY_MATCH_N_COMPONENTS; i++)
    sum += weights->weights[i];

  g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-12);
  g_assert_cmpfloat (weights->weights[PATHWAY_MATCH_SKILLS], ==, 0.5);
  g_assert_cmpfloat (weights->weights[PATHWAY_MATCH_SIMILARITY], ==, 0.3);
  g_assert_true (pathway_match_weights_check (weights, NULL));
}

static void
test_weights_refused (void)
{
  PathwayMatchWeights weights = *pathway_match_weights_get_default ();
  g_autoptr(GError) error = NULL;

  weights.weights[PATHWAY_MATCH_SALARY] = 0.2;
  g_assert_false (pathway_match_weights_check (&weights, &error));
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST);
  g_assert_nonnull (strstr (error->message, "add up to 1"));
  g_clear_error (&error);

  weights = *pathway_match_weights_get_default ();
  weights.weights[PATHWAY_MATCH_SKILLS] = -0.1;
  weights.weights[PATHWAY_MATCH_SIMILARITY] = 0.9;
  g_assert_false (pathway_match_weights_check (&weights, &error));
  g_assert_nonnull (strstr (error->message, "“skills”"));
  g_clear_error (&error);

  weights = *pathway_match_weights_get_default ();
  weights.weights[PATHWAY_MATCH_LOCATION] = NAN;
  g_assert_false (pathway_match_weights_check (&weights, NULL));

  weights = *pathway_match_weights_get_default ();
  weights.similarity_floor = 1.0;
  g_assert_false (pathway_match_weights_check (&weights, NULL));
}

/* Totals run from exactly 0 to exactly 100, and each weight moves them by its own share. */
static void
test_weights_totals (void)
{
  const PathwayMatchWeights *weights = pathway_match_weights_get_default ();
  PathwayMatchWeights skills_only = { { 1, 0, 0, 0 }, 0 };
  double ones[PATHWAY_MATCH_N_COMPONENTS] = { 1, 1, 1, 1 };
  double zeros[PATHWAY_MATCH_N_COMPONENTS] = { 0, 0, 0, 0 };
  double mixed[PATHWAY_MATCH_N_COMPONENTS] = { 0.5, 1, 0, 1 };

  g_assert_cmpfloat (pathway_match_total (weights, ones), ==, 100.0);
  g_assert_cmpfloat (pathway_match_total (weights, zeros), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (pathway_match_total (weights, mixed), 65.0, 1e-9);
  g_assert_cmpfloat (pathway_match_total (&skills_only, mixed), ==, 50.0);
  g_assert_true (pathway_match_weights_check (&skills_only, NULL));
}

static void
test_skills_aliases (void)
{
  const char * const job_skills[] = { "JavaScript", "Postgres", "C++", "Node.js", "Kubernetes", NULL };
  const char * const same[] = { "js", "PostgreSQL", "c++", "NodeJS", "k8s", NULL };
  const char * const near[] = { "Java", "SQL", "C", "C#", "Node", NULL };
  g_autoptr(PathwayMatchJob) job = job_with_skills (job_skills);
  PathwayMatchScore score;

  g_assert_cmpuint (job->skill_keys->len, ==, 5);
  score = score_skills (job, same);
  g_assert_cmpfloat (score.scores[PATHWAY_MATCH_SKILLS], ==, 1.0);
  g_assert_cmpint (score.basis[PATHWAY_MATCH_SKILLS], ==, PATHWAY_MATCH_BASIS_MEASURED);

  /* Java is not JavaScript, C and C# are not C++; “Node” is an alias of Node.js. */
  score = score_skills (job, near);
  g_assert_cmpfloat (score.scores[PATHWAY_MATCH_SKILLS], ==, 0.2);
}

static void
test_skills_punctuation_and_case (void)
{
  const char * const job_skills[] = { " REACT.JS ", "Machine-Learning", "scikit_learn", "CI/CD", NULL };
  const char * const candidate[] = { "react", "machine learning", "SKLEARN", NULL };
  g_autoptr(PathwayMatchJob) job = job_with_skills (job_skills);
  PathwayMatchScore score = score_skills (job, candidate);

  g_assert_cmpfloat (score.scores[PATHWAY_MATCH_SKILLS], ==, 0.75);
  /* The job's own spelling is kept for explanations, trimmed. */
  g_assert_cmpstr (g_ptr_array_index (job->skill_names, 0), ==, "REACT.JS");
}

/* Two spellings of one skill are one requirement; blank names are none; no skills is neutral. */
static void
test_skills_duplicates_and_none (void)
{
  const char * const twice[] = { "JS", "JavaScript", "  ", "Go", NULL };
  const char * const go[] = { "golang", NULL };
  g_autoptr(PathwayMatchJob) job = job_with_skills (twice);
  g_autoptr(PathwayMatchJob) none = job_with_skills (NULL);
  g_auto(GStrv) keys = pathway_match_skill_keys (twice);
  PathwayMatchScore score;

  g_assert_cmpuint (job->skill_keys->len, ==, 2);
  g_assert_cmpuint (g_strv_length (keys), ==, 2);
  g_assert_cmpstr (keys[0], ==, "javascript");
  g_assert_cmpfloat (score_skills (job, go).scores[PATHWAY_MATCH_SKILLS], ==, 0.5);

  score = score_skills (none, go);
  g_assert_cmpfloat (score.scores[PATHWAY_MATCH_SKILLS], ==, 0.5);
  g_assert_cmpint (score.basis[PATHWAY_MATCH_SKILLS], ==, PATHWAY_MATCH_BASIS_UNKNOWN);
  g_assert_cmpfloat (score_skills (job, NULL).scores[PATHWAY_MATCH_SKILLS], ==, 0.0);
}

static double
similarity_of (const PathwayVector *job_vector,
               const PathwayVector *candidate_vector,
               PathwayMatchBasis   *basis)
{
  g_autoptr(PathwayMatchJob) job = pathway_match_job_new (NULL, NULL, 0, 0, job_vector);
  PathwayMatchCandidate candidate = { 1, NULL, NULL, PATHWAY_MATCH_UNKNOWN, PATHWAY_MATCH_UNKNOWN,
                                      candidate_vector };
  PathwayMatchScore score;

  pathway_match_score (job, &candidate, pathway_match_weights_get_default (), &score);
  *basis = score.basis[PATHWAY_MATCH_SIMILARITY];
  return score.scores[PATHWAY_MATCH_SIMILARITY];
}

static void
test_similarity (void)
{
  const PathwayMatchWeights *weights = pathway_match_weights_get_default ();
  g_autoptr(PathwayVector) x = vector_of (2, 0, 0, 0);  /* not unit: the job's copy is scaled */
  g_autoptr(PathwayVector) y = vector_of (0, 1, 0, 0);
  g_autoptr(PathwayVector) xy = vector_of (0.6f, 0.8f, 0, 0);
  g_autoptr(PathwayVector) zero = vector_of (0, 0, 0, 0);
  g_autoptr(PathwayVector) short_vector = pathway_vector_new (3);
  PathwayMatchBasis basis;

  g_assert_cmpfloat_with_epsilon (similarity_of (x, x, &basis), 1.0, 1e-9);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_MEASURED);
  g_assert_cmpfloat (similarity_of (x, y, &basis), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (similarity_of (x, xy, &basis), (0.6 - 0.05) / 0.95, 1e-6);

  /* At the floor and below, 0; nothing to compare, neutral. */
  g_assert_cmpfloat (pathway_match_similarity_score (weights, weights->similarity_floor), ==, 0.0);
  g_assert_cmpfloat (pathway_match_similarity_score (weights, -0.4), ==, 0.0);
  g_assert_cmpfloat (pathway_match_similarity_score (weights, NAN), ==, 0.5);
  g_assert_cmpfloat (similarity_of (x, NULL, &basis), ==, 0.5);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_UNKNOWN);
  g_assert_cmpfloat (similarity_of (zero, x, &basis), ==, 0.5);
  g_assert_cmpfloat (similarity_of (x, zero, &basis), ==, 0.5);
  g_assert_cmpfloat (similarity_of (x, short_vector, &basis), ==, 0.5);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_UNKNOWN);
}

static double
location_of (const char        *job_location,
             const char        *candidate_location,
             int                remote_ok,
             PathwayMatchBasis *basis)
{
  g_autoptr(PathwayMatchJob) job = pathway_match_job_new (NULL, job_location, 0, 0, NULL);
  g_autofree char *key = pathway_match_location_key (candidate_location);

  return pathway_match_location_score (job, key, remote_ok, basis);
}

static void
test_location (void)
{
  PathwayMatchBasis basis;

  g_assert_cmpfloat (location_of ("Remote", "Lima", FALSE, &basis), ==, 1.0);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_REMOTE_JOB);
  g_assert_cmpfloat (location_of ("Remote (EU)", NULL, PATHWAY_MATCH_UNKNOWN, &basis), ==, 1.0);
  g_assert_cmpfloat (location_of ("Berlin or remote", "Lima", FALSE, &basis), ==, 1.0);
  /* A word that only contains “remote” is not it. */
  g_assert_cmpfloat (location_of ("Remoteville", "Lima", FALSE, &basis), ==, 0.0);

  g_assert_cmpfloat (location_of ("Lima", "Berlin", TRUE, &basis), ==, 1.0);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_REMOTE_OK);

  g_assert_cmpfloat (location_of ("Zürich, Switzerland", "  ZURICH ", FALSE, &basis), ==, 1.0);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_SAME_CITY);
  g_assert_cmpfloat (location_of ("São Paulo", "sao-paulo, BR", PATHWAY_MATCH_UNKNOWN, &basis), ==, 1.0);

  g_assert_cmpfloat (location_of ("Berlin", "Munich", FALSE, &basis), ==, 0.0);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_OTHER_CITY);
  g_assert_cmpfloat (location_of ("Berlin", "Munich", PATHWAY_MATCH_UNKNOWN, &basis), ==, 0.0);

  g_assert_cmpfloat (location_of ("Berlin", NULL, FALSE, &basis), ==, 0.5);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_UNKNOWN);
  g_assert_cmpfloat (location_of ("  ", "Berlin", FALSE, &basis), ==, 0.5);
  g_assert_cmpfloat (location_of (NULL, "Berlin", FALSE, &basis), ==, 0.5);
}

static void
test_location_keys (void)
{
  g_autofree char *sao = pathway_match_location_key ("  São   Paulo , BR");
  g_autofree char *st = pathway_match_location_key ("St. Louis");
  g_autofree char *strasse = pathway_match_location_key ("GROẞSTADT");
  g_autofree char *blank = pathway_match_location_key (" ,Paris");
  g_autofree char *punct = pathway_match_location_key ("—");

  g_assert_cmpstr (sao, ==, "sao paulo");
  g_assert_cmpstr (st, ==, "st louis");
  g_assert_cmpstr (strasse, ==, "grossstadt");
  g_assert_null (blank);
  g_assert_null (punct);
  g_assert_null (pathway_match_location_key (NULL));
  g_assert_false (pathway_match_location_is_remote (NULL));
  g_assert_true (pathway_match_location_is_remote ("REMOTE"));
}

static double
salary_of (int                min,
           int                max,
           int                expectation,
           PathwayMatchBasis *basis)
{
  g_autoptr(PathwayMatchJob) job = pathway_match_job_new (NULL, NULL, min, max, NULL);

  return pathway_match_salary_score (job, expectation, basis);
}

static void
test_salary (void)
{
  PathwayMatchBasis basis;

  g_assert_cmpfloat (salary_of (80000, BUDGET, 0, &basis), ==, 1.0);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_WITHIN_BUDGET);
  g_assert_cmpfloat (salary_of (80000, BUDGET, BUDGET, &basis), ==, 1.0);
  g_assert_cmpfloat (salary_of (80000, BUDGET, BUDGET + 1, &basis), <, 1.0);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_ABOVE_BUDGET);
  g_assert_cmpfloat (salary_of (80000, BUDGET, 125000, &basis), ==, 0.5);
  g_assert_cmpfloat_with_epsilon (salary_of (80000, BUDGET, 140000, &basis), 0.2, 1e-12);
  g_assert_cmpfloat (salary_of (80000, BUDGET, 150000, &basis), ==, 0.0);
  g_assert_cmpfloat (salary_of (80000, BUDGET, 400000, &basis), ==, 0.0);

  /* Only a minimum: that is the budget. Nothing, or no expectation: neutral. */
  g_assert_cmpfloat (salary_of (80000, PATHWAY_MATCH_UNKNOWN, 100000, &basis), ==, 0.5);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_ABOVE_BUDGET);
  g_assert_cmpfloat (salary_of (PATHWAY_MATCH_UNKNOWN, PATHWAY_MATCH_UNKNOWN, 100000, &basis), ==, 0.5);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_UNKNOWN);
  g_assert_cmpfloat (salary_of (0, 0, 100000, &basis), ==, 0.5);
  g_assert_cmpfloat (salary_of (80000, BUDGET, PATHWAY_MATCH_UNKNOWN, &basis), ==, 0.5);
  g_assert_cmpint (basis, ==, PATHWAY_MATCH_BASIS_UNKNOWN);
}

static void
assert_json (JsonNode   *node,
             const char *expected)
{
  g_autoptr(JsonNode) wanted = json_from_string (expected, NULL);
  g_autofree char *text = json_to_string (node, FALSE);

  g_assert_nonnull (wanted);
  if (!json_node_equal (node, wanted))
    g_error ("Got %s\nwanted %s", text, expected);
}

static void
test_explain (void)
{
  const char * const job_skills[] = { "JavaScript", "SQL", "Docker", "Go", NULL };
  const char * const skills[] = { "js", "sql", "Rust", NULL };
  g_autoptr(PathwayVector) job_vector = vector_of (1, 0, 0, 0);
  g_autoptr(PathwayVector) candidate_vector = vector_of (0.6f, 0.8f, 0, 0);
  g_autoptr(PathwayMatchJob) job = pathway_match_job_new (job_skills, "Berlin", 80000, BUDGET, job_vector);
  g_auto(GStrv) keys = pathway_match_skill_keys (skills);
  g_autofree char *place = pathway_match_location_key ("berlin, DE");
  PathwayMatchCandidate candidate = { 7, (const char * const *) keys, place, FALSE, 110000, candidate_vector };
  PathwayMatchCandidate unknown = { 8, NULL, NULL, PATHWAY_MATCH_UNKNOWN, PATHWAY_MATCH_UNKNOWN, NULL };
  g_autoptr(JsonNode) reasons = pathway_match_explain (job, &candidate, pathway_match_weights_get_default ());
  g_autoptr(JsonNode) blank = pathway_match_explain (job, &unknown, pathway_match_weights_get_default ());
  PathwayMatchScore score;

  assert_json (reasons,
               "{\"skills_matched\": [\"JavaScript\", \"SQL\"], \"skills_missing\": [\"Docker\", \"Go\"],"
               " \"similarity\": 0.6,"
               " \"components\": {"
               "   \"skills\": {\"score\": 0.5, \"weight\": 0.5, \"basis\": \"measured\"},"
               "   \"similarity\": {\"score\": 0.5789, \"weight\": 0.3, \"basis\": \"measured\"},"
               "   \"location\": {\"score\": 1.0, \"weight\": 0.1, \"basis\": \"same_city\"},"
               "   \"salary\": {\"score\": 0.8, \"weight\": 0.1, \"basis\": \"above_budget\"}},"
               " \"weights\": {\"skills\": 0.5, \"similarity\": 0.3, \"location\": 0.1, \"salary\": 0.1},"
               " \"version\": 1}");

  pathway_match_score (job, &candidate, pathway_match_weights_get_default (), &score);
  g_assert_cmpfloat_with_epsilon (score.total, 100 * (0.25 + 0.3 * 0.55 / 0.95 + 0.1 + 0.08), 1e-5);

  assert_json (blank,
               "{\"skills_matched\": [], \"skills_missing\": [\"JavaScript\", \"SQL\", \"Docker\", \"Go\"],"
               " \"similarity\": null,"
               " \"components\": {"
               "   \"skills\": {\"score\": 0.0, \"weight\": 0.5, \"basis\": \"measured\"},"
               "   \"similarity\": {\"score\": 0.5, \"weight\": 0.3, \"basis\": \"unknown\"},"
               "   \"location\": {\"score\": 0.5, \"weight\": 0.1, \"basis\": \"unknown\"},"
               "   \"salary\": {\"score\": 0.5, \"weight\": 0.1, \"basis\": \"unknown\"}},"
               " \"weights\": {\"skills\": 0.5, \"similarity\": 0.3, \"location\": 0.1, \"salary\": 0.1},"
               " \"version\": 1}");
}

/* Other weights are carried into the explanation as they were used. */
static void
test_explain_weights (void)
{
  PathwayMatchWeights weights = { { 0.25, 0.25, 0.25, 0.25 }, 0.2 };
  g_autoptr(PathwayMatchJob) job = pathway_match_job_new (NULL, "Remote", 0, 0, NULL);
  PathwayMatchCandidate candidate = { 1, NULL, NULL, FALSE, 50000, NULL };
  g_autoptr(JsonNode) reasons = pathway_match_explain (job, &candidate, &weights);

  assert_json (reasons,
               "{\"skills_matched\": [], \"skills_missing\": [], \"similarity\": null,"
               " \"components\": {"
               "   \"skills\": {\"score\": 0.5, \"weight\": 0.25, \"basis\": \"unknown\"},"
               "   \"similarity\": {\"score\": 0.5, \"weight\": 0.25, \"basis\": \"unknown\"},"
               "   \"location\": {\"score\": 1.0, \"weight\": 0.25, \"basis\": \"remote_job\"},"
               "   \"salary\": {\"score\": 0.5, \"weight\": 0.25, \"basis\": \"unknown\"}},"
               " \"weights\": {\"skills\": 0.25, \"similarity\": 0.25, \"location\": 0.25, \"salary\": 0.25},"
               " \"version\": 1}");
}

static void
test_texts (void)
{
  const char * const requirements[] = { "3+ years of Python", "A degree in statistics", NULL };
  const char * const skills[] = { "Python", "", "SQL", NULL };
  g_autofree char *job = pathway_match_job_text ("Data Analyst", "Turn numbers into decisions.", requirements, skills);
  g_autofree char *bare = pathway_match_job_text ("Data Analyst", NULL, NULL, NULL);
  g_autofree char *candidate = pathway_match_candidate_text ("Curious analyst.", skills);

  g_assert_cmpstr (job, ==, "Data Analyst. Turn numbers into decisions. 3+ years of Python. A degree in statistics."
                            " Skills: Python, SQL.");
  g_assert_cmpstr (bare, ==, "Data Analyst. ");
  g_assert_cmpstr (candidate, ==, "Curious analyst. Skills: Python, SQL.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/matching/weights/default", test_weights_default);
  g_test_add_func ("/core/matching/weights/refused", test_weights_refused);
  g_test_add_func ("/core/matching/weights/totals", test_weights_totals);
  g_test_add_func ("/core/matching/skills/aliases", test_skills_aliases);
  g_test_add_func ("/core/matching/skills/punctuation-and-case", test_skills_punctuation_and_case);
  g_test_add_func ("/core/matching/skills/duplicates-and-none", test_skills_duplicates_and_none);
  g_test_add_func ("/core/matching/similarity", test_similarity);
  g_test_add_func ("/core/matching/location", test_location);
  g_test_add_func ("/core/matching/location/keys", test_location_keys);
  g_test_add_func ("/core/matching/salary", test_salary);
  g_test_add_func ("/core/matching/explain", test_explain);
  g_test_add_func ("/core/matching/explain/weights", test_explain_weights);
  g_test_add_func ("/core/matching/texts", test_texts);

  return g_test_run ();
}
