/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-private.h"

#include <string.h>

/* Recruiters, and each student with the rows that make a candidate: the user, the profile
 * summary and embedding vector, the onboarding answers and the preferences recruiters see. */

/* ───────────────────────────── recruiters ───────────────────────────── */

gboolean
_pathway_demo_generate_recruiter (DemoContext  *ctx,
                                  guint         n,
                                  GHashTable   *emails,
                                  GError      **error)
{
  g_autoptr(PathwayUser) user = pathway_user_new ();
  DemoRecruiter recruiter = { 0, 0, NULL, -1, -1 };
  const PathwayDemoCompany *company;
  const char *last_name;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  char *email;

  recruiter.company = g_rand_int_range (ctx->rand, 0, pathway_demo_n_companies);
  recruiter.first_name = pick (ctx->rand, &pathway_demo_first_names);
  last_name = pick (ctx->rand, &pathway_demo_last_names);
  company = &pathway_demo_companies[recruiter.company];

  first = _pathway_demo_slug (recruiter.first_name);
  last = _pathway_demo_slug (last_name);
  email = g_strdup_printf ("%s.%s@%s.example", first, last, company->domain);
  for (guint k = 2; g_hash_table_contains (emails, email); k++)
    {
      g_free (email);
      email = g_strdup_printf ("%s.%s%u@%s.example", first, last, k, company->domain);
    }
  g_hash_table_add (emails, email);

  user->email = g_strdup (email);
  user->user_type = PATHWAY_USER_TYPE_RECRUITER;
  if (chance (ctx->rand, 0.6))
    {
      user->phone_number = _pathway_demo_make_phone (ctx->rand);
      user->phone_verified = chance (ctx->rand, 0.7);
    }
  user->created_at = at (ctx, -STUDENT_SPAN - RECRUITER_SPAN + RECRUITER_SPAN * n / MAX (1, ctx->options->recruiters) +
                              rand_range (ctx->rand, 0, 12 * HOUR));
  if (!_pathway_demo_insert (ctx, &pathway_users_table, g_steal_pointer (&user), &recruiter.id, error))
    return FALSE;

  g_array_append_val (ctx->recruiters, recruiter);
  return TRUE;
}

/* ───────────────────────────── students ───────────────────────────── */

static JsonNode *
github_profile (GRand       *rand,
                DemoProfile *profile)
{
  JsonObject *object = json_object_new ();
  g_autofree char *login = _pathway_demo_slug (profile->name);
  g_autofree char *url = NULL;

  login[MIN (strlen (login), 30)] = '\0';
  url = g_strdup_printf ("https://github.example/%s", login);
  json_object_set_string_member (object, "login", login);
  json_object_set_string_member (object, "name", profile->name);
  json_object_set_int_member (object, "public_repos", rand_range (rand, 1, 60));
  json_object_set_int_member (object, "followers", rand_range (rand, 0, 250));
  json_object_set_string_member (object, "html_url", url);
  return take_object (object);
}

static JsonNode *
graph_neighbours (DemoContext   *ctx,
                  DemoRing      *ring,
                  PathwayVector *vector)
{
  JsonArray *array = json_array_new ();
  guint wanted = rand_range (ctx->rand, 1, 3);
  guint n = MIN (ring->n, wanted);
  g_autofree guint *chosen = _pathway_demo_pick_distinct (ctx->rand, ring->n, n);
  g_autofree double *weights = g_new (double, MAX (n, 1));
  g_autofree guint *order = g_new (guint, MAX (n, 1));

  /* The weight is the real similarity of the two profiles; strongest first. */
  for (guint i = 0; i < n; i++)
    {
      double dot = pathway_vector_dot (vector, ring->vectors[chosen[i]]);

      weights[i] = round_to_64ths (CLAMP (dot, 0.0, 1.0));
      order[i] = i;
      for (guint j = i; j > 0 && weights[order[j - 1]] < weights[order[j]]; j--)
        {
          guint swap = order[j];

          order[j] = order[j - 1];
          order[j - 1] = swap;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      JsonObject *neighbour = json_object_new ();

      json_object_set_int_member (neighbour, "user_id", ring->ids[chosen[order[i]]]);
      json_object_set_double_member (neighbour, "weight", weights[order[i]]);
      json_array_add_object_element (array, neighbour);
    }
  return take_array (array);
}

static void
ring_push (DemoRing      *ring,
           gint64         id,
           PathwayVector *vector)
{
  g_clear_pointer (&ring->vectors[ring->next], pathway_vector_free);
  ring->ids[ring->next] = id;
  ring->vectors[ring->next] = pathway_vector_copy (vector);
  ring->next = (ring->next + 1) % NEIGHBOUR_RING;
  ring->n = MIN (ring->n + 1, NEIGHBOUR_RING);
}

static gboolean
write_user (DemoContext  *ctx,
            guint         n,
            DemoProfile  *profile,
            gint64       *id,
            GError      **error)
{
  g_autoptr(PathwayUser) user = pathway_user_new ();

  user->email = g_strdup (profile->email);
  user->user_type = PATHWAY_USER_TYPE_STUDENT;
  user->phone_number = g_strdup (profile->phone);
  user->phone_verified = profile->phone_verified;
  user->created_at = at (ctx, profile->created);
  user->source = profile->source;
  if (profile->recruiter >= 0)
    user->created_by_recruiter_id = g_array_index (ctx->recruiters, DemoRecruiter, profile->recruiter).id;
  if (profile->github)
    {
      gint64 connected;

      user->github_connection_id = g_strdup_printf ("%u", 5100000 + n * 7);
      user->github_profile_data = github_profile (ctx->rand, profile);
      connected = profile->created + rand_range (ctx->rand, 1, 30) * DAY;
      user->github_connected_at = at (ctx, MIN (connected, -HOUR));
    }
  return _pathway_demo_insert (ctx, &pathway_users_table, g_steal_pointer (&user), id, error);
}

/* The profile summary and the candidate vector, summarised a little after onboarding; the same
 * vector goes to both tables. */
static gboolean
write_summary (DemoContext  *ctx,
               gint64        user_id,
               DemoProfile  *profile,
               GError      **error)
{
  g_autoptr(PathwayProfileSummary) summary = pathway_profile_summary_new ();
  g_autoptr(PathwayCandidateVector) candidate = pathway_candidate_vector_new ();
  g_autoptr(GDateTime) created = NULL;
  DemoRing *ring = &ctx->rings[profile->goal];
  gint64 summarised = profile->created + rand_range (ctx->rand, 5, 50) * MINUTE;

  created = at (ctx, MIN (summarised, -MINUTE));
  summary->user_id = user_id;
  summary->summary_text = g_strdup (profile->summary);
  summary->interests = _pathway_demo_strings_node (profile->interests);
  summary->skills_tags = _pathway_demo_strings_node (profile->skills);
  summary->vector = pathway_vector_copy (_pathway_demo_profile_vector (profile));
  if (ring->n > 0 && chance (ctx->rand, 0.35))
    summary->graph_neighbors = graph_neighbours (ctx, ring, profile->vector);
  summary->created_at = g_date_time_ref (created);
  summary->updated_at = g_date_time_ref (created);
  if (!_pathway_demo_insert (ctx, &pathway_profile_summaries_table, g_steal_pointer (&summary), NULL, error))
    return FALSE;

  candidate->user_id = user_id;
  candidate->vector = pathway_vector_copy (profile->vector);
  candidate->summary_text = g_strdup (profile->summary);
  candidate->skills_tags = _pathway_demo_strings_node (profile->skills);
  candidate->created_at = g_date_time_ref (created);
  candidate->updated_at = g_date_time_ref (created);
  return _pathway_demo_insert (ctx, &pathway_candidate_vectors_table, g_steal_pointer (&candidate), NULL, error);
}

static gboolean
write_onboarding (DemoContext  *ctx,
                  gint64        user_id,
                  DemoProfile  *profile,
                  GError      **error)
{
  g_autoptr(PathwayOnboarding) onboarding = pathway_onboarding_new ();
  JsonArray *goals = json_array_new ();

  json_array_add_string_element (goals, demo_goal (ctx->catalogue, profile->goal)->goal->title);
  if (profile->second_goal >= 0)
    json_array_add_string_element (goals, demo_goal (ctx->catalogue, profile->second_goal)->goal->title);

  onboarding->user_id = user_id;
  onboarding->name = g_strdup (profile->name);
  onboarding->grade = profile->grade;
  onboarding->career_goals = take_array (goals);
  onboarding->current_skills = _pathway_demo_strings_node (profile->skills);
  onboarding->time_commitment = g_strdup (profile->time_commitment);
  return _pathway_demo_insert (ctx, &pathway_onboarding_table, g_steal_pointer (&onboarding), NULL, error);
}

/* The levels of pathway_demo_levels a student of each grade would apply at, lowest and highest:
 * internships at school, graduate and junior roles from university, junior to mid-level roles
 * for people who have worked before. */
static const guint grade_levels[][2] = { { 0, 0 }, { 0, 2 }, { 1, 3 }, { 2, 4 }, { 1, 3 } };

/* What a student would ask for: the pay of a role of their goal at a level they could get, in
 * the place they want to work (NULL for remote), as a job there would offer it. */
static int
salary_expectation (DemoContext           *ctx,
                    GRand                 *rand,
                    const DemoProfile     *profile,
                    const PathwayDemoCity *city)
{
  const char *goal_id = demo_goal (ctx->catalogue, profile->goal)->goal->id;
  const PathwayDemoJobTemplate *roles[32];
  const PathwayDemoJobTemplate *role;
  guint n_roles = 0;
  guint level;
  double salary;
  int unit;

  for (guint i = 0; i < pathway_demo_n_jobs && n_roles < G_N_ELEMENTS (roles); i++)
    if (g_str_equal (pathway_demo_jobs[i].goal_id, goal_id))
      roles[n_roles++] = &pathway_demo_jobs[i];
  if (n_roles == 0)
    roles[n_roles++] = &pathway_demo_jobs[0]; /* a goal with no roles in the word lists */

  level = rand_range (rand, grade_levels[profile->grade][0], grade_levels[profile->grade][1]);
  role = roles[g_rand_int_range (rand, 0, n_roles)];
  salary = _pathway_demo_salary (rand, role, &pathway_demo_levels[level], city);
  unit = _pathway_demo_salary_unit (salary);
  return unit * (int) round (salary / unit);
}

/* A version 4 UUID from the student's stream. */
static char *
make_uuid (GRand *rand)
{
  guint32 a = g_rand_int (rand);
  guint32 b = g_rand_int (rand);
  guint32 c = g_rand_int (rand);
  guint32 d = g_rand_int (rand);

  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%04x%08x",
                          a, b >> 16, b & 0xfff, 0x8000 | (c & 0x3fff), c >> 16, d);
}

/* Most want to work where they live, a third of those remotely too; some want to move to another
 * city, and a few only want remote work. Students at school more often leave the salary open.
 * Student n's own stream: the same every time it is asked for, as matching does. */
PathwayCandidatePreferences *
_pathway_demo_preferences_build (DemoContext       *ctx,
                                 guint              n,
                                 const DemoProfile *profile)
{
  const guint32 seeds[] = { ctx->options->seed, STREAM_PREFERENCES, n };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  PathwayCandidatePreferences *preferences = pathway_candidate_preferences_new ();
  const PathwayDemoCity *city = profile->city;
  const char *goal = demo_goal (ctx->catalogue, profile->goal)->goal->title;
  guint n_skills = profile->skills->len;
  const char *skill = n_skills > 0 ? g_ptr_array_index (profile->skills, 0) : goal;
  const char *skill2 = n_skills > 1 ? g_ptr_array_index (profile->skills, 1) : skill;
  double roll = g_rand_double (rand);

  if (roll < 0.08)
    city = NULL;
  else if (roll < 0.18)
    city = &pathway_demo_cities[g_rand_int_range (rand, 0, pathway_demo_n_cities)];

  preferences->location = city != NULL ? g_strdup (city->name) : NULL;
  preferences->remote_ok = city == NULL || chance (rand, 0.33);
  if (!chance (rand, profile->grade == PATHWAY_GRADE_HIGH_SCHOOL ? 0.6 : 0.2))
    preferences->salary_expectation = salary_expectation (ctx, rand, profile, city);
  preferences->headline = _pathway_demo_fill (pick (rand, &pathway_demo_headlines),
                                              "grade", pathway_demo_grade_headlines.items[profile->grade],
                                              "goal", goal, "skill", skill, "skill2", skill2, NULL);
  if (chance (rand, 0.2))
    preferences->profile_id = make_uuid (rand);
  return preferences;
}

static gboolean
write_preferences (DemoContext  *ctx,
                   guint         n,
                   gint64        user_id,
                   DemoProfile  *profile,
                   GError      **error)
{
  PathwayCandidatePreferences *preferences = _pathway_demo_preferences_build (ctx, n, profile);

  preferences->user_id = user_id;
  return _pathway_demo_insert (ctx, &pathway_candidate_preferences_table, preferences, NULL, error);
}

gboolean
_pathway_demo_generate_student (DemoContext  *ctx,
                                guint         n,
                                GError      **error)
{
  g_auto(DemoProfile) profile = { 0 };
  gint64 user_id;

  _pathway_demo_profile_build (ctx, STREAM_STUDENT, n, &profile);

  /* The onboarding row comes after the summary and vector: each of the three rebuilds the
   * student's full-text row, which only exists from onboarding on, so only the last one writes it
   * (pathway-demo-batches.c writes tables in the order they are first used). */
  if (!write_user (ctx, n, &profile, &user_id, error) ||
      !write_summary (ctx, user_id, &profile, error) ||
      !write_onboarding (ctx, user_id, &profile, error) ||
      !write_preferences (ctx, n, user_id, &profile, error))
    return FALSE;

  ring_push (&ctx->rings[profile.goal], user_id, profile.vector);
  g_array_append_val (ctx->student_ids, user_id);
  g_array_append_val (ctx->students_by_goal[profile.goal], n);
  return TRUE;
}
