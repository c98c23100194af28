/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pathway-embedding.h"
#include "pathway-match-index.h"
#include "pathway-matches.h"
#include "pathway-rows.h"
#include "pathway-test.h"

/* The match index against brute force, and match runs as the recruiter sees them: what is
 * written, what is kept, when the index is loaded again. */

static const char * const skill_pool[] = {
  "Python", "SQL", "JS", "React", "Docker", "Kubernetes", "Go", "Rust", "Excel", "Tableau", "Figma", "C++",
};
static const char * const cities[] = { "Berlin", "Lisbon", "Zürich", "Lima", NULL };

typedef struct {
  PathwayDb *db;
  gint64     recruiter_id;
  gint64     job_id;
  GArray    *candidates;   /* gint64 user ids */
} Fixture;

static JsonNode *
strings_json (const char * const *strings)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    json_array_add_string_element (array, strings[i]);
  return json_node_init_array (json_node_alloc (), array);
}

/* A candidate whose vector is the local embedding of their text, or random (another model's). */
static gint64
add_candidate (Fixture            *fixture,
               const char         *summary,
               const char * const *skills,
               GRand              *random_vector)
{
  g_autoptr(PathwayUser) user = pathway_user_new ();
  g_autoptr(PathwayCandidateVector) row = pathway_candidate_vector_new ();
  g_autofree char *text = pathway_match_candidate_text (summary, skills);
  g_autoptr(GError) error = NULL;

  pathway_users_insert (fixture->db, user, &error);
  g_assert_no_error (error);

  row->user_id = user->id;
  row->summary_text = g_strdup (summary);
  row->skills_tags = strings_json (skills);
  row->vector = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
  for (guint i = 0; random_vector != NULL && i < row->vector->n_dims; i++)
    row->vector->values[i] = (float) g_rand_double_range (random_vector, -1, 1);
  pathway_candidate_vectors_insert (fixture->db, row, &error);
  g_assert_no_error (error);

  g_array_append_val (fixture->candidates, user->id);
  return user->id;
}

static void
set_preferences (Fixture    *fixture,
                 gint64      user_id,
                 const char *location,
                 int         remote_ok,
                 int         salary)
{
  g_autoptr(PathwayCandidatePreferences) preferences = pathway_candidate_preferences_new ();

  preferences->user_id = user_id;
  preferences->location = g_strdup (location);
  preferences->remote_ok = remote_ok;
  preferences->salary_expectation = salary;
  g_assert_true (pathway_candidate_preferences_rows_insert (fixture->db, preferences, NULL));
}

static gint64
add_job (Fixture            *fixture,
         const char         *title,
         const char * const *skills,
         const char         *location)
{
  g_autoptr(PathwayJob) job = pathway_job_new ();
  g_autoptr(PathwayJobPosting) posting = pathway_job_posting_new ();
  g_autoptr(GError) error = NULL;

  job->recruiter_id = fixture->recruiter_id;
  job->title = g_strdup (title);
  job->description = g_strdup ("Build and run the data pipelines of a small team.");
  job->requirements = strings_json (NULL);
  job->location = g_strdup (location);
  pathway_jobs_insert (fixture->db, job, &error);
  g_assert_no_error (error);

  posting->recruiter_id = fixture->recruiter_id;
  posting->title = g_strdup (title);
  posting->description = g_strdup (job->description);
  posting->skills = strings_json (skills);
  posting->salary_min = 50000;
  posting->salary_max = 60000;
  posting->job_id = job->id;
  pathway_job_postings_insert (fixture->db, posting, &error);
  g_assert_no_error (error);
  return job->id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char * const job_skills[] = { "Python", "SQL", "Docker", NULL };
  const char * const all[] = { "python", "sql", "docker", "Excel", NULL };
  const char * const two[] = { "Python", "PostgreSQL", "Docker", NULL };
  const char * const one[] = { "py", NULL };
  const char * const none[] = { "Figma", NULL };
  g_autoptr(PathwayUser) recruiter = pathway_user_new ();

  pathway_matches_clear_cache ();
  fixture->db = pathway_test_open_db ();
  fixture->candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  recruiter->user_type = PATHWAY_USER_TYPE_RECRUITER;
  g_assert_true (pathway_users_insert (fixture->db, recruiter, NULL));
  fixture->recruiter_id = recruiter->id;

  add_candidate (fixture, "Data engineer who ships pipelines.", all, NULL);
  add_candidate (fixture, "Backend developer, containers and data.", two, NULL);
  add_candidate (fixture, "Analyst learning to code.", one, NULL);
  add_candidate (fixture, "Product designer.", none, NULL);
  fixture->job_id = add_job (fixture, "Data Engineer", job_skills, "Remote");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pathway_matches_clear_cache ();
  g_array_unref (fixture->candidates);
  g_clear_object (&fixture->db);
}

static gint64
candidate (Fixture *fixture,
           guint    i)
{
  return g_array_index (fixture->candidates, gint64, i);
}

static void
test_index_load (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayMatchIndex) index = NULL;
  g_autoptr(PathwayMatchIndexEntry) entry = NULL;
  g_autoptr(PathwayCandidateVector) odd = pathway_candidate_vector_new ();
  g_autoptr(PathwayUser) user = pathway_user_new ();
  double norm = 0;
  guint row;

  /* A vector of another size cannot be compared: it is left out. */
  g_assert_true (pathway_users_insert (fixture->db, user, NULL));
  odd->user_id = user->id;
  odd->vector = pathway_vector_new (10);
  odd->summary_text = g_strdup ("Odd one");
  odd->skills_tags = strings_json (NULL);
  g_assert_true (pathway_candidate_vectors_insert (fixture->db, odd, NULL));

  index = pathway_match_index_load (fixture->db, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pathway_match_index_get_size (index), ==, 4);
  g_assert_cmpuint (pathway_match_index_get_n_skipped (index), ==, 1);
  g_assert_true (pathway_match_index_is_local_space (index));
  g_assert_false (pathway_match_index_lookup (index, user->id, NULL));

  g_assert_true (pathway_match_index_lookup (index, candidate (fixture, 1), &row));
  entry = pathway_match_index_get_entry (index, row);
  g_assert_cmpint (entry->candidate.id, ==, candidate (fixture, 1));
  /* Keys, each once, in id order: the order they were first met. */
  g_assert_cmpstrv (entry->skill_keys, ((const char * const []) { "python", "docker", "postgresql", NULL }));
  for (guint i = 0; i < entry->vector.n_dims; i++)
    norm += (double) entry->vector.values[i] * entry->vector.values[i];
  g_assert_cmpfloat_with_epsilon (norm, 1.0, 1e-5);
  g_assert_null (entry->candidate.location_key);
  g_assert_cmpint (entry->candidate.salary_expectation, ==, PATHWAY_MATCH_UNKNOWN);
}

static void
test_index_space (Fixture       *fixture,
                  gconstpointer  data)
{
  const char * const skills[] = { "SQL", NULL };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(PathwayMatchIndex) index = NULL;
  g_autoptr(GError) error = NULL;

  /* Most vectors from another model: the sample finds the space is not the local one. */
  for (guint i = 0; i < 12; i++)
    add_candidate (fixture, "Someone embedded elsewhere.", skills, rand);

  index = pathway_match_index_load (fixture->db, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (pathway_match_index_is_local_space (index));
}

typedef struct {
  double total;
  gint64 id;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* The index's top k against scoring every candidate with pathway_match_score(). Without a job
 * vector no cosine is rounded differently, and the very ids, ties included, must agree. */
static void
assert_top_exact (PathwayMatchIndex         *index,
                  const PathwayMatchJob     *job,
                  const PathwayMatchWeights *weights,
                  guint                      k)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr(GPtrArray) top = pathway_match_index_top (index, job, weights, k);

  for (guint row = 0; row < pathway_match_index_get_size (index); row++)
    {
      g_autoptr(PathwayMatchIndexEntry) entry = pathway_match_index_get_entry (index, row);
      PathwayMatchScore score;
      Ranked ranked;

      pathway_match_score (job, &entry->candidate, weights, &score);
      ranked.total = score.total;
      ranked.id = entry->candidate.id;
      g_array_append_val (all, ranked);
    }
  g_array_sort (all, compare_ranked);

  g_assert_cmpuint (top->len, ==, MIN (k, all->len));
  for (guint i = 0; i < top->len; i++)
    {
      PathwayMatchResult *result = g_ptr_array_index (top, i);

      g_assert_cmpfloat_with_epsilon (result->total, g_array_index (all, Ranked, i).total, 1e-4);
      if (job->vector == NULL)
        g_assert_cmpint (result->candidate_id, ==, g_array_index (all, Ranked, i).id);
      if (i > 0)
        g_assert_cmpfloat (result->total, <=, ((PathwayMatchResult *) g_ptr_array_index (top, i - 1))->total);
    }
}

static void
test_index_top_exact (Fixture       *fixture,
                      gconstpointer  data)
{
  /* The default, and weights under which similarity decides and the bound prunes least. */
  const PathwayMatchWeights weights[] = {
    *pathway_match_weights_get_default (),
    { { 0.1, 0.8, 0.05, 0.05 }, 0.0 },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(PathwayMatchIndex) index = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 300; i++)
    {
      const char *skills[5] = { NULL };
      g_autofree char *summary = g_strdup_printf ("Candidate %u, who knows %s and %s.", i,
                                                  skill_pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (skill_pool))],
                                                  skill_pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (skill_pool))]);
      gint64 id;

      for (guint j = 0; j < 4; j++)
        skills[j] = skill_pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (skill_pool))];
      id = add_candidate (fixture, summary, skills, NULL);
      if (i % 3 != 0)
        set_preferences (fixture, id, cities[g_rand_int_range (rand, 0, 4)], g_rand_int_range (rand, 0, 2),
                         g_rand_int_range (rand, 30000, 100000));
    }

  index = pathway_match_index_load (fixture->db, NULL, &error);
  g_assert_no_error (error);

  for (guint j = 0; j < 6; j++)
    {
      const char *skills[4] = { skill_pool[j], skill_pool[j + 3], skill_pool[11 - j], NULL };
      g_autofree char *text = g_strdup_printf ("A job for someone who knows %s and %s.", skills[0], skills[1]);
      g_autoptr(PathwayVector) vector = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
      g_autoptr(PathwayMatchJob) job = pathway_match_job_new (skills, cities[j % 4], 40000, 70000, vector);
      g_autoptr(PathwayMatchJob) blind = pathway_match_job_new (skills, "Remote", 0, 0, NULL);

      for (guint w = 0; w < G_N_ELEMENTS (weights); w++)
        {
          assert_top_exact (index, job, &weights[w], 1);
          assert_top_exact (index, job, &weights[w], 10);
          assert_top_exact (index, job, &weights[w], 304);
          assert_top_exact (index, job, &weights[w], 1000);
          assert_top_exact (index, blind, &weights[w], 25);
        }
    }
}

/* A bound that is exactly the total: the candidate whose vector is the job's, read only because
 * its bound still beats the k-th best. Any slack in the pruning loses it. */
static void
test_index_tight_bound (Fixture       *fixture,
                        gconstpointer  data)
{
  const PathwayMatchWeights weights = { { 0.5, 0.5, 0, 0 }, 0.2 };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PathwayMatchIndex) index = NULL;
  g_autoptr(PathwayMatchJob) job = NULL;
  g_autoptr(PathwayVector) vector = NULL;
  g_autoptr(GPtrArray) top = NULL;
  g_autofree char *text = pathway_match_candidate_text ("Writes compilers for fun.", NULL);
  gint64 twin, skilled;

  for (guint i = 0; i < 20; i++)
    g_ptr_array_add (names, g_strdup_printf ("Skill %u", i));
  g_ptr_array_add (names, NULL);

  twin = add_candidate (fixture, "Writes compilers for fun.", NULL, NULL);
  g_free (g_ptr_array_steal_index (names, 19));
  skilled = add_candidate (fixture, "Zq xv wk.", (const char * const *) names->pdata, NULL);
  g_ptr_array_insert (names, 19, g_strdup ("Skill 19"));

  index = pathway_match_index_load (fixture->db, NULL, NULL);
  vector = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
  job = pathway_match_job_new ((const char * const *) names->pdata, "Remote", 0, 0, vector);
  top = pathway_match_index_top (index, job, &weights, 1);

  /* 50 × (1.0 − rounding) for the twin against 50 × 19/20 + nothing for the skilled one. */
  g_assert_cmpint (((PathwayMatchResult *) g_ptr_array_index (top, 0))->candidate_id, ==, twin);
  g_assert_cmpint (twin, <, skilled);
}

static GPtrArray *
run (Fixture *fixture,
     guint    top_k)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *matches = pathway_matches_run (fixture->db, fixture->job_id, top_k, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (matches);
  return matches;
}

static PathwayCandidateMatch *
match_at (GPtrArray *matches,
          guint      i)
{
  return g_ptr_array_index (matches, i);
}

static void
test_run (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GPtrArray) matches = run (fixture, 3);
  JsonObject *reasons;
  JsonArray *matched;

  g_assert_cmpuint (matches->len, ==, 3);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM candidate_matches", 0), ==, 3);
  g_assert_cmpint (match_at (matches, 0)->candidate_id, ==, candidate (fixture, 0));
  g_assert_cmpint (match_at (matches, 1)->candidate_id, ==, candidate (fixture, 1));
  g_assert_cmpint (match_at (matches, 0)->recruiter_id, ==, fixture->recruiter_id);
  g_assert_cmpint (match_at (matches, 0)->status, ==, PATHWAY_MATCH_NEW);
  g_assert_cmpfloat (match_at (matches, 0)->match_score, >=, match_at (matches, 1)->match_score);
  g_assert_cmpfloat (match_at (matches, 1)->match_score, >=, match_at (matches, 2)->match_score);

  reasons = json_node_get_object (match_at (matches, 1)->match_reasons);
  matched = json_object_get_array_member (reasons, "skills_matched");
  g_assert_cmpuint (json_array_get_length (matched), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (matched, 0), ==, "Python");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (reasons, "skills_missing"), 0), ==,
                   "SQL");
  g_assert_cmpstr (json_object_get_string_member (reasons, "embedder"), ==, "local");
  g_assert_cmpint (json_object_get_int_member (reasons, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_object_get_object_member (reasons, "components"), "location"), "basis"), ==, "remote_job");
}

static void
set_status (Fixture    *fixture,
            gint64      candidate_id,
            const char *status)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE candidate_matches SET status = '%s' WHERE candidate_id = %"
                                          G_GINT64_FORMAT, status, candidate_id);

  g_assert_true (pathway_db_exec (fixture->db, sql, NULL));
}

/* What the recruiter acted on stays, with its status, and gets today's score; the rest is replaced. */
static void
test_run_keeps_status (Fixture       *fixture,
                       gconstpointer  data)
{
  const char * const design[] = { "Figma", NULL };
  g_autoptr(GPtrArray) first = run (fixture, 2);
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(PathwayCandidateMatch) kept = NULL;
  double old_score = match_at (first, 1)->match_score;

  set_status (fixture, candidate (fixture, 1), "shortlisted");
  g_assert_true (pathway_db_exec (fixture->db, "UPDATE job_postings SET skills = '[\"Figma\"]'", NULL));
  add_candidate (fixture, "Another designer.", design, NULL);

  second = run (fixture, 2);
  g_assert_cmpuint (second->len, ==, 3);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM candidate_matches WHERE candidate_id = ?",
                                       candidate (fixture, 0)), ==, 0);
  kept = pathway_row_find (fixture->db, &pathway_candidate_matches_table, "candidate_id = ?1",
                           &g_array_index (fixture->candidates, gint64, 1), 1, NULL);
  g_assert_nonnull (kept);
  g_assert_cmpint (kept->status, ==, PATHWAY_MATCH_SHORTLISTED);
  g_assert_cmpfloat (kept->match_score, <, old_score);
  /* The two designers lead; which of them first is the similarity's call. */
  g_assert_cmpint (MIN (match_at (second, 0)->candidate_id, match_at (second, 1)->candidate_id), ==,
                   candidate (fixture, 3));
  g_assert_cmpint (MAX (match_at (second, 0)->candidate_id, match_at (second, 1)->candidate_id), ==,
                   candidate (fixture, 4));
}

/* A new candidate invalidates the kept index; the next run sees them. */
static void
test_run_reloads (Fixture       *fixture,
                  gconstpointer  data)
{
  const char * const skills[] = { "Python", "SQL", "Docker", NULL };
  g_autoptr(GPtrArray) first = run (fixture, 1);
  g_autoptr(GPtrArray) second = NULL;
  gint64 best;

  g_assert_cmpint (match_at (first, 0)->candidate_id, ==, candidate (fixture, 0));
  best = add_candidate (fixture, "Build and run the data pipelines of a small team.", skills, NULL);
  second = run (fixture, 1);
  g_assert_cmpint (match_at (second, 0)->candidate_id, ==, best);
}

/* Edits that keep every count, sum and date as they were still make a kept index stale. */
static void
test_signature_follows_edits (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *retrained = NULL;
  g_autofree char *unchanged = NULL;

  set_preferences (fixture, candidate (fixture, 0), "Berlin", FALSE, 40000);
  before = pathway_match_index_dup_signature (fixture->db, &error);
  g_assert_no_error (error);

  /* Another city of the same length. */
  g_assert_true (pathway_db_exec (fixture->db, "UPDATE candidate_preferences SET location = 'London'", &error));
  moved = pathway_match_index_dup_signature (fixture->db, &error);
  g_assert_cmpstr (moved, !=, before);

  /* Other skills within the same second. */
  g_assert_true (pathway_db_exec (fixture->db, "UPDATE candidate_vectors SET skills_tags = '[\"Go\"]' "
                                               "WHERE id = (SELECT min(id) FROM candidate_vectors)", &error));
  retrained = pathway_match_index_dup_signature (fixture->db, &error);
  g_assert_cmpstr (retrained, !=, moved);

  /* What matching does not read leaves it be. */
  g_assert_true (pathway_db_exec (fixture->db, "UPDATE jobs SET title = 'Data Engineer II'", &error));
  unchanged = pathway_match_index_dup_signature (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (unchanged, ==, retrained);
}

static void
on_run (GObject      *source_object,
        GAsyncResult *result,
        gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GPtrArray *
run_async (Fixture       *fixture,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pathway_matches_run_async (fixture->db, fixture->job_id, 2, cancellable, on_run, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return pathway_matches_run_finish (result, error);
}

static void
test_run_async (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;

  matches = run_async (fixture, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpint (match_at (matches, 0)->candidate_id, ==, candidate (fixture, 0));

  g_cancellable_cancel (cancellable);
  none = run_async (fixture, cancellable, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) matches = run (fixture, 4);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  g_autoptr(GPtrArray) dismissed = NULL;
  g_autoptr(GError) error = NULL;

  first = pathway_matches_list (fixture->db, fixture->job_id, -1, NULL, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 3);
  rest = pathway_matches_list (fixture->db, fixture->job_id, -1, match_at (first, 2), 3, &error);
  g_assert_cmpuint (rest->len, ==, 1);
  g_assert_cmpint (match_at (rest, 0)->candidate_id, ==, match_at (matches, 3)->candidate_id);

  set_status (fixture, candidate (fixture, 2), "dismissed");
  dismissed = pathway_matches_list (fixture->db, fixture->job_id, PATHWAY_MATCH_DISMISSED, NULL, 10, &error);
  g_assert_cmpuint (dismissed->len, ==, 1);
  g_assert_cmpint (match_at (dismissed, 0)->candidate_id, ==, candidate (fixture, 2));
}

static void
test_run_unknown_job (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matches = pathway_matches_run (fixture->db, 4242, 5, NULL, NULL, &error);

  g_assert_null (matches);
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND);
}

static const char *
embedder_of (GPtrArray *matches)
{
  return json_object_get_string_member (json_node_get_object (match_at (matches, 0)->match_reasons), "embedder");
}

/* An outside vector is used only when the probes show its model made the stored vectors. */
static void
test_run_with_embedding (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PathwayMatchEmbeddingRequest) request = NULL;
  g_autoptr(PathwayMatchEmbedding) embedding = pathway_match_embedding_new ();
  g_autoptr(GPtrArray) agreed = NULL;
  g_autoptr(GPtrArray) refused = NULL;
  g_autoptr(GError) error = NULL;

  request = pathway_match_embedding_prepare (fixture->db, fixture->job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (request->probe_ids->len, ==, 3);
  g_assert_cmpint (g_array_index (request->probe_ids, gint64, 0), ==, candidate (fixture, 0));
  g_assert_nonnull (strstr (request->job_text, "Data Engineer. Build and run"));

  /* A model that happens to be the local embedding, on other words for the job. */
  embedding->embedder = g_strdup ("mirror (localhost)");
  embedding->job_vector = pathway_embedding_embed ("Product designer.", PATHWAY_EMBEDDING_DIMS);
  g_array_append_vals (embedding->probe_ids, request->probe_ids->data, request->probe_ids->len);
  for (guint i = 0; i < request->probe_texts->len; i++)
    g_ptr_array_add (embedding->probe_vectors,
                     pathway_embedding_embed (g_ptr_array_index (request->probe_texts, i), PATHWAY_EMBEDDING_DIMS));

  agreed = pathway_matches_run (fixture->db, fixture->job_id, 4, embedding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (embedder_of (agreed), ==, "mirror (localhost)");

  /* The same model for the job, another for the candidates: never compared. */
  pathway_vector_free (g_ptr_array_steal_index (embedding->probe_vectors, 1));
  g_ptr_array_insert (embedding->probe_vectors, 1, pathway_embedding_embed ("Something else", PATHWAY_EMBEDDING_DIMS));
  refused = pathway_matches_run (fixture->db, fixture->job_id, 4, embedding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (embedder_of (refused), ==, "local");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/match-index/load", test_index_load);
  ADD ("/store/match-index/space", test_index_space);
  ADD ("/store/match-index/top-exact", test_index_top_exact);
  ADD ("/store/match-index/tight-bound", test_index_tight_bound);
  ADD ("/store/matches/run", test_run);
  ADD ("/store/matches/keeps-status", test_run_keeps_status);
  ADD ("/store/matches/reloads", test_run_reloads);
  ADD ("/store/match-index/signature", test_signature_follows_edits);
  ADD ("/store/matches/async", test_run_async);
  ADD ("/store/matches/list", test_list);
  ADD ("/store/matches/unknown-job", test_run_unknown_job);
  ADD ("/store/matches/embedding", test_run_with_embedding);
#undef ADD

  return g_test_run ();
}
