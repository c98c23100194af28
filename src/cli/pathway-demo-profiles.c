/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-private.h"

#include "pathway-embedding.h"

/* Who the invented people are: a student's or an applicant's name, grade, goals, skills and
 * summary, made again identically whenever a step needs them, from the seed, a stream and the
 * person's number alone. */

/* Of the five grades: high school, undergraduate, graduate, working professional, self-taught. */
static const guint grade_weights[] = { 12, 34, 14, 24, 16 };
/* How many months of their first goal a student of each grade has covered before joining. */
static const guint grade_reach[] = { 4, 12, 18, 14, 8 };

void
_pathway_demo_profile_clear (DemoProfile *profile)
{
  g_clear_pointer (&profile->name, g_free);
  g_clear_pointer (&profile->who, g_free);
  g_clear_pointer (&profile->email, g_free);
  g_clear_pointer (&profile->skills, g_ptr_array_unref);
  g_clear_pointer (&profile->interests, g_ptr_array_unref);
  g_clear_pointer (&profile->summary, g_free);
  g_clear_pointer (&profile->phone, g_free);
  g_clear_pointer (&profile->vector, pathway_vector_free);
}

/* Student n joined at a time that grows with n, so that "created before" is a prefix of the
 * students and a step like a shortlist can find who existed at its time. */
gint64
_pathway_demo_student_created (DemoContext *ctx,
                               guint        n)
{
  guint students = ctx->options->students;
  gint64 span = STUDENT_SPAN - DAY;
  gint64 step = MAX (1, span / students);
  guint32 n_le = GUINT32_TO_LE (n); /* the same bytes on every machine */
  guint32 jitter = (guint32) (pathway_embedding_hash ((const char *) &n_le, sizeof n_le) ^ ctx->options->seed);

  return -STUDENT_SPAN + span * n / students + jitter % step;
}

/* The number of students who joined before the time given. */
guint
_pathway_demo_students_before (DemoContext *ctx,
                               gint64       time)
{
  guint low = 0;
  guint high = ctx->student_ids->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (_pathway_demo_student_created (ctx, middle) < time)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

static char *
make_email (GRand       *rand,
            const char  *first_name,
            const char  *last_name,
            guint        number,
            const char  *domain)
{
  g_autofree char *first = _pathway_demo_slug (first_name);
  g_autofree char *last = _pathway_demo_slug (last_name);

  /* The number is different for every student, so every address is too. */
  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      return g_strdup_printf ("%s.%s%u@%s", first, last, number, domain);
    case 1:
      return g_strdup_printf ("%s%s%u@%s", first, last, number, domain);
    case 2:
      return g_strdup_printf ("%c.%s%u@%s", first[0], last, number, domain);
    default:
      return g_strdup_printf ("%s_%s%u@%s", first, last, number, domain);
    }
}

/* 2 to 8 skills from the months a student of this grade has typically covered, in teaching order,
 * and perhaps one from the second goal. */
static GPtrArray *
choose_skills (DemoContext       *ctx,
               GRand             *rand,
               const DemoProfile *profile)
{
  const DemoGoal *goal = demo_goal (ctx->catalogue, profile->goal);
  GPtrArray *skills = g_ptr_array_new ();
  g_autofree guint *chosen = NULL;
  guint reach, pool, n_skills;

  reach = MIN (grade_reach[profile->grade], goal->months->len);
  pool = goal->skills_after[reach];
  n_skills = rand_range (rand, 2, 8);
  n_skills = MIN (n_skills, pool);
  chosen = _pathway_demo_pick_distinct (rand, pool, n_skills);
  for (guint i = 0; i < n_skills; i++)
    g_ptr_array_add (skills, g_ptr_array_index (goal->skills, chosen[i]));

  if (profile->second_goal >= 0 && chance (rand, 0.5))
    {
      const DemoGoal *second = demo_goal (ctx->catalogue, profile->second_goal);
      const char *skill = g_ptr_array_index (second->skills, g_rand_int_range (rand, 0, MIN (second->skills->len, 12)));

      if (!g_ptr_array_find_with_equal_func (skills, skill, g_str_equal, NULL))
        g_ptr_array_add (skills, (gpointer) skill);
    }

  return skills;
}

static GPtrArray *
choose_interests (GRand *rand)
{
  GPtrArray *interests = g_ptr_array_new ();
  guint n_interests = rand_range (rand, 2, 4);
  g_autofree guint *chosen = _pathway_demo_pick_distinct (rand, pathway_demo_interests.n_items, n_interests);

  for (guint i = 0; i < n_interests; i++)
    g_ptr_array_add (interests, (gpointer) pathway_demo_interests.items[chosen[i]]);
  return interests;
}

/* 1 to 3 sentences: who and which goal; skills; interests or place. Sets profile->who too. */
static char *
write_summary (DemoContext *ctx,
               GRand       *rand,
               DemoProfile *profile)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *sentence = NULL;
  const char *field = pick (rand, &pathway_demo_fields_of_study);
  const char *university = pick (rand, &pathway_demo_universities);
  const char *career = pick (rand, &pathway_demo_former_careers);

  profile->who = _pathway_demo_fill (pathway_demo_grade_who.items[profile->grade],
                                     "field", field, "university", university, "career", career, NULL);
  sentence = _pathway_demo_fill (pick (rand, &pathway_demo_summary_goal_sentences), "who", profile->who,
                                 "goal", demo_goal (ctx->catalogue, profile->goal)->goal->title, NULL);
  g_string_append (summary, sentence);
  if (chance (rand, 0.85))
    {
      g_autofree char *skills = _pathway_demo_join_english (profile->skills, 4);

      g_clear_pointer (&sentence, g_free);
      sentence = _pathway_demo_fill (pick (rand, &pathway_demo_summary_skill_sentences), "skills", skills, NULL);
      g_string_append_printf (summary, " %s", sentence);
    }
  if (chance (rand, 0.6))
    {
      g_autofree char *interests = _pathway_demo_join_english (profile->interests, 2);

      g_clear_pointer (&sentence, g_free);
      sentence = _pathway_demo_fill (pick (rand, &pathway_demo_summary_extra_sentences),
                                     "interests", interests, "city", profile->city->name, NULL);
      g_string_append_printf (summary, " %s", sentence);
    }
  return g_string_free (g_steal_pointer (&summary), FALSE);
}

/* Everything about one invented person, made again identically from (seed, stream, n). */
void
_pathway_demo_profile_build (DemoContext *ctx,
                             guint32      stream,
                             guint        n,
                             DemoProfile *profile)
{
  const guint32 seeds[] = { ctx->options->seed, stream, n };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  guint n_goals = ctx->catalogue->goals->len;
  const char *last_name;

  profile->first_name = pick (rand, &pathway_demo_first_names);
  last_name = pick (rand, &pathway_demo_last_names);
  profile->name = g_strdup_printf ("%s %s", profile->first_name, last_name);
  profile->email = make_email (rand, profile->first_name, last_name,
                               stream == STREAM_STUDENT ? n + 1 : (guint) rand_range (rand, 1, 99),
                               stream == STREAM_STUDENT ? "mail.example" : "inbox.example");

  profile->grade = _pathway_demo_pick_weighted (rand, grade_weights, G_N_ELEMENTS (grade_weights));
  profile->goal = g_rand_int_range (rand, 0, n_goals);
  profile->second_goal = -1;
  if (n_goals > 1 && chance (rand, 0.3))
    profile->second_goal = (profile->goal + rand_range (rand, 1, n_goals - 1)) % n_goals;

  profile->skills = choose_skills (ctx, rand, profile);
  profile->interests = choose_interests (rand);
  profile->time_commitment = pick (rand, &pathway_demo_time_commitments);
  profile->city = &pathway_demo_cities[g_rand_int_range (rand, 0, pathway_demo_n_cities)];
  profile->summary = write_summary (ctx, rand, profile);

  if (chance (rand, 0.25))
    {
      profile->phone = _pathway_demo_make_phone (rand);
      profile->phone_verified = chance (rand, 0.5);
    }
  profile->github = chance (rand, 0.12);

  /* About one in five was typed in by a recruiter, from an e-mail or an imported list. */
  profile->recruiter = -1;
  profile->source = PATHWAY_USER_SOURCE_PLATFORM;
  if (ctx->recruiters->len > 0 && chance (rand, 0.2))
    {
      profile->recruiter = g_rand_int_range (rand, 0, ctx->recruiters->len);
      profile->source = chance (rand, 0.5) ? PATHWAY_USER_SOURCE_EMAIL : PATHWAY_USER_SOURCE_IMPORT;
    }

  profile->created = stream == STREAM_STUDENT ? _pathway_demo_student_created (ctx, n) : 0;
}

/* The text a student is embedded from: the summary and every skill. */
PathwayVector *
_pathway_demo_profile_vector (DemoProfile *profile)
{
  if (profile->vector == NULL)
    {
      g_auto(GStrv) skills = _pathway_demo_strv (profile->skills);
      g_autofree char *text = pathway_match_candidate_text (profile->summary, (const char * const *) skills);

      profile->vector = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
    }
  return profile->vector;
}
