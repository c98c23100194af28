/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "pathway-catalogue.h"
#include "pathway-core-error.h"
#include "pathway-demo-data.h"
#include "pathway-demo-words.h"
#include "pathway-duration.h"
#include "pathway-embedding.h"
#include "pathway-lessons.h"
#include "pathway-plan-builder.h"
#include "pathway-rows.h"
#include "pathway-time.h"

/* Demo data for demonstrations and benchmarks, made only of seeded random choices: the same seed
 * and counts give byte-identical databases. Every timestamp is an offset from a fixed anchor, never
 * the wall clock, so a database made today equals one made next year.
 *
 * Rows are written through the typed store functions in transactions of BATCH_ROWS rows. One
 * transaction for the whole run was measured too (20,000 students and jobs): it took the same CPU
 * time and more system time, and its write-ahead log grows to the size of the whole database
 * (1.4 GB at 100,000 students) before it can be checkpointed, doubling the disk space a run needs.
 * Memory stays flat either way. A failed run therefore leaves the batches before the failure in
 * place: `pathway-cli demo-data` removes a database file it created itself, and otherwise tells
 * the user that the file may hold part of the demo data and should be deleted. */

#define BATCH_ROWS 2000

/* Only the first students get learning plans, and only every so many jobs (evenly over the year,
 * so that there are recent pipelines and settled ones) get shortlists, so that 100,000 of each
 * stays fast and small while those views still have plenty to show. */
#define MAX_PLAN_STUDENTS  2000
#define MAX_SHORTLIST_JOBS 5000

/* How many more students than it keeps a job's matching ranks. */
#define SAMPLE_EXTRA 6

/* How many earlier students of each goal a profile may name as graph neighbours. */
#define NEIGHBOUR_RING 32

#define MINUTE ((gint64) 60)
#define HOUR   (60 * MINUTE)
#define DAY    (24 * HOUR)

/* Times are seconds from the anchor, 2026-09-01T09:00:00Z: negative is before it. Students joined
 * over the two years before it, recruiters before them, and jobs were posted over the last year. */
#define STUDENT_SPAN   (730 * DAY)
#define RECRUITER_SPAN (120 * DAY)
#define JOB_SPAN       (365 * DAY)

#define PASS_SCORE     70

/* From this dot product up, a student's profile and a job's text count as fully similar. Measured
 * on demo data with pathway_embedding_embed(): students of the job's career goal score 0 to 0.4,
 * 0.16 on average. */
#define SIMILARITY_FULL 0.3

/* Separate random streams: a student's profile depends only on the seed and the student's number,
 * so it can be made again when a later step (a shortlist, an e-mail) needs that student. */
#define STREAM_MAIN      0x4d41494e /* "MAIN" */
#define STREAM_STUDENT   0x53545544 /* "STUD" */
#define STREAM_APPLICANT 0x4150504c /* "APPL" */

/* Rough rows per unit of work, for progress. */
#define WORK_RECRUITER 5
#define WORK_STUDENT   4
#define WORK_PLAN      120
#define WORK_JOB       2
#define WORK_SHORTLIST 20

G_DEFINE_QUARK (pathway-demo-data-error-quark, pathway_demo_data_error)

/* ───────────────────────────── the catalogue ───────────────────────────── */

typedef struct {
  const PathwayCatalogueGoal   *goal;
  GPtrArray                    *months;       /* const PathwayCatalogueMonth *, in learning order */
  GPtrArray                    *skills;       /* const char *: each skill once, in the order taught */
  guint                        *skills_after; /* [m]: how many of those skills the first m months teach */
} DemoGoal;

/* The built-in catalogue, with what demo data needs at hand: each goal's skills in teaching order,
 * and every topic and skill for quiz distractors. */
typedef struct {
  PathwayCatalogue *catalogue;
  GPtrArray        *goals;   /* DemoGoal * */
  GPtrArray        *topics;  /* const char * */
  GPtrArray        *skills;  /* const char *, each once */
} DemoCatalogue;

static void
demo_goal_free (gpointer data)
{
  DemoGoal *goal = data;

  g_ptr_array_unref (goal->months);
  g_ptr_array_unref (goal->skills);
  g_free (goal->skills_after);
  g_free (goal);
}

static void
catalogue_free (DemoCatalogue *catalogue)
{
  g_clear_pointer (&catalogue->goals, g_ptr_array_unref);
  g_clear_pointer (&catalogue->topics, g_ptr_array_unref);
  g_clear_pointer (&catalogue->skills, g_ptr_array_unref);
  g_clear_pointer (&catalogue->catalogue, pathway_catalogue_unref);
  g_free (catalogue);
}

static DemoCatalogue *
catalogue_load (void)
{
  DemoCatalogue *demo = g_new0 (DemoCatalogue, 1);
  g_autoptr(GHashTable) seen_months = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen_skills = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_goals;

  /* compiled in and tested when it is built: never NULL */
  demo->catalogue = pathway_catalogue_ref (pathway_lessons_get_catalogue ());
  demo->goals = g_ptr_array_new_with_free_func (demo_goal_free);
  demo->topics = g_ptr_array_new ();
  demo->skills = g_ptr_array_new ();

  n_goals = pathway_catalogue_get_n_goals (demo->catalogue);
  for (guint i = 0; i < n_goals; i++)
    {
      DemoGoal *goal = g_new0 (DemoGoal, 1);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint n_months;

      goal->goal = pathway_catalogue_get_goal (demo->catalogue, i);
      n_months = g_strv_length (goal->goal->months);
      goal->months = g_ptr_array_new ();
      goal->skills = g_ptr_array_new ();
      goal->skills_after = g_new0 (guint, n_months + 1);
      g_ptr_array_add (demo->goals, goal);

      for (guint m = 0; m < n_months; m++)
        {
          const PathwayCatalogueMonth *month = pathway_catalogue_lookup_month (demo->catalogue, goal->goal->months[m]);

          g_ptr_array_add (goal->months, (gpointer) month);
          for (guint k = 0; month->skills[k] != NULL; k++)
            {
              if (g_hash_table_add (seen, month->skills[k]))
                g_ptr_array_add (goal->skills, month->skills[k]);
              if (g_hash_table_add (seen_skills, month->skills[k]))
                g_ptr_array_add (demo->skills, month->skills[k]);
            }
          goal->skills_after[m + 1] = goal->skills->len;

          if (g_hash_table_add (seen_months, month->key))
            for (guint k = 0; month->topics[k] != NULL; k++)
              g_ptr_array_add (demo->topics, month->topics[k]);
        }
    }

  return demo;
}

static const char *
month_topic (const PathwayCatalogueMonth *month,
             guint                        i)
{
  return month->topics[i % g_strv_length (month->topics)];
}

static const char *
month_skill (const PathwayCatalogueMonth *month,
             guint                        i)
{
  return month->skills[i % g_strv_length (month->skills)];
}

/* ───────────────────────────── small helpers ───────────────────────────── */

/* Each random draw is a statement of its own, or the only draw in its expression: C leaves the
 * order of function arguments and of operands unspecified, and MIN() and MAX() evaluate an
 * argument twice, either of which would make the data depend on the compiler. */
static int
rand_range (GRand *rand,
            int    low,
            int    high)
{
  return g_rand_int_range (rand, low, high + 1); /* both ends included */
}

static gboolean
chance (GRand  *rand,
        double  probability)
{
  return g_rand_double (rand) < probability;
}

static const char *
pick (GRand                 *rand,
      const PathwayDemoList *list)
{
  return list->items[g_rand_int_range (rand, 0, list->n_items)];
}

static guint
pick_weighted (GRand       *rand,
               const guint *weights,
               guint        n_weights)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < n_weights; i++)
    total += weights[i];

  roll = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n_weights; i++)
    {
      if (roll < weights[i])
        return i;
      roll -= weights[i];
    }

  g_assert_not_reached ();
}

/* n distinct numbers below limit, in increasing order (n <= limit). */
static guint *
pick_distinct (GRand *rand,
               guint  limit,
               guint  n)
{
  guint *chosen = g_new (guint, MAX (n, 1));

  g_assert (n <= limit);

  /* Floyd's algorithm: n draws, whatever the limit (a few students out of 100,000) */
  for (guint i = 0, j = limit - n; j < limit; i++, j++)
    {
      guint t = g_rand_int_range (rand, 0, j + 1);

      for (guint k = 0; k < i; k++)
        if (chosen[k] == t)
          {
            t = j;
            break;
          }
      chosen[i] = t;
    }

  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && chosen[j - 1] > chosen[j]; j--)
      {
        guint swap = chosen[j];

        chosen[j] = chosen[j - 1];
        chosen[j - 1] = swap;
      }
  return chosen;
}

/* json-glib 1.6 writes doubles with 17 significant digits (0.85 becomes 0.84999999999999998).
 * Multiples of a power of two print exactly, so weights and scores are rounded to those. */
static double
round_to_64ths (double value)
{
  return round (value * 64) / 64;
}

static double
round_to_quarters (double value)
{
  return round (value * 4) / 4;
}

/* Copies template, replacing each {name} with the value paired with it; the pairs are name,
 * value, …, NULL. Templates come from pathway-demo-words.c, so an unknown name is a bug there. */
static void
fill_valist (GString    *out,
             const char *template,
             va_list     pairs)
{
  const char *names[16];
  const char *values[16];
  guint n_pairs = 0;
  const char *name;
  const char *p;

  while ((name = va_arg (pairs, const char *)) != NULL)
    {
      g_assert (n_pairs < G_N_ELEMENTS (names));
      names[n_pairs] = name;
      values[n_pairs] = va_arg (pairs, const char *);
      n_pairs++;
    }

  for (p = template; *p != '\0'; p++)
    {
      const char *end;
      gboolean found = FALSE;

      if (*p != '{' || (end = strchr (p, '}')) == NULL)
        {
          g_string_append_c (out, *p);
          continue;
        }

      for (guint i = 0; i < n_pairs && !found; i++)
        if (strlen (names[i]) == (gsize) (end - p - 1) && strncmp (names[i], p + 1, end - p - 1) == 0)
          {
            g_string_append (out, values[i] != NULL ? values[i] : "");
            found = TRUE;
          }

      if (!found)
        g_warning ("Demo template “%s” has a placeholder with no value", template);
      p = end;
    }
}

static char *fill (const char *template,
                   ...) G_GNUC_NULL_TERMINATED;

static char *
fill (const char *template,
      ...)
{
  GString *out = g_string_new (NULL);
  va_list pairs;

  va_start (pairs, template);
  fill_valist (out, template, pairs);
  va_end (pairs);
  return g_string_free (out, FALSE);
}

/* "a", "a and b", "a, b and c" */
static char *
join_english (GPtrArray *items,
              guint      max_items)
{
  GString *text = g_string_new (NULL);
  guint n = MIN (items->len, max_items);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == n ? " and " : ", ");
      g_string_append (text, g_ptr_array_index (items, i));
    }
  return g_string_free (text, FALSE);
}

static char *
join_strings (GPtrArray  *items,
              const char *separator)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, g_ptr_array_index (items, i));
    }
  return g_string_free (text, FALSE);
}

/* "Łukasz" -> "lukasz", "O'Brien" -> "obrien": a name as letters that fit in an e-mail address. */
static char *
slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *text = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (text, g_ascii_tolower (*p));
  if (text->len == 0)
    g_string_append (text, "demo");
  return g_string_free (text, FALSE);
}

static char *
random_string (GRand      *rand,
               const char *alphabet,
               guint       length)
{
  gsize n = strlen (alphabet);
  char *text = g_new (char, length + 1);

  for (guint i = 0; i < length; i++)
    text[i] = alphabet[g_rand_int_range (rand, 0, n)];
  text[length] = '\0';
  return text;
}

#define ID_ALPHABET "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

/* 70000 -> "70,000" */
static void
append_amount (GString *text,
               int      amount)
{
  char digits[16];
  int n = g_snprintf (digits, sizeof digits, "%d", amount);

  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }
}

static const char *
article (const char *noun)
{
  /* Titles here starting with a vowel sound: vowels, and the initialisms said "en-" and "em-". */
  if (strchr ("AEIOUaeiou", noun[0]) != NULL || g_str_has_prefix (noun, "NLP") || g_str_has_prefix (noun, "MLOps"))
    return "an";
  return "a";
}

static JsonNode *
take_array (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}

static JsonNode *
take_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

static JsonArray *
strings_to_json (GPtrArray *strings)
{
  JsonArray *array = json_array_sized_new (strings->len);

  for (guint i = 0; i < strings->len; i++)
    json_array_add_string_element (array, g_ptr_array_index (strings, i));
  return array;
}

/* ───────────────────────────── the run ───────────────────────────── */

typedef struct {
  gint64      id;
  guint       company;
  const char *first_name;
  int         job_template; /* of their first job, for e-mail subjects; -1 before it */
  int         job_level;
} DemoRecruiter;

typedef struct {
  gint64         ids[NEIGHBOUR_RING];
  PathwayVector *vectors[NEIGHBOUR_RING];
  guint          n;
  guint          next;
} DemoRing;

typedef struct {
  PathwayDb                *db;
  const PathwayDemoOptions *options;
  DemoCatalogue            *catalogue;
  GRand                    *rand;
  GDateTime                *anchor;

  PathwayTransaction       *transaction;
  guint                     batch_rows;

  PathwayProgressFunc       progress;
  gpointer                  progress_data;
  double                    work_total;
  double                    work_done;

  guint                     shortlist_every;  /* jobs n with n % shortlist_every == 0 get shortlists */
  GArray                   *recruiters;       /* DemoRecruiter */
  GArray                   *student_ids;      /* gint64, by student number */
  guint                     n_goals;
  GArray                  **students_by_goal; /* guint student numbers, ascending, per goal */
  DemoRing                 *rings;            /* per goal */
} DemoContext;

static GDateTime *
at (DemoContext *ctx,
    gint64       seconds)
{
  return g_date_time_add_seconds (ctx->anchor, (gdouble) seconds);
}

static char *
format_at (DemoContext *ctx,
           gint64       seconds,
           const char  *format)
{
  g_autoptr(GDateTime) datetime = at (ctx, seconds);

  return g_date_time_format (datetime, format);
}

static void
report_progress (DemoContext *ctx)
{
  if (ctx->progress != NULL && ctx->work_total > 0)
    ctx->progress (MIN (1.0, ctx->work_done / ctx->work_total), ctx->progress_data);
}

static gboolean
next_batch (DemoContext  *ctx,
            GError      **error)
{
  if (!pathway_transaction_commit (ctx->transaction, error))
    return FALSE;
  g_clear_pointer (&ctx->transaction, pathway_transaction_free);
  ctx->batch_rows = 0;
  report_progress (ctx);

  ctx->transaction = pathway_db_begin (ctx->db, error);
  return ctx->transaction != NULL;
}

/* Inserts record, which then holds its id; every BATCH_ROWS rows the batch is committed. */
static gboolean
insert (DemoContext         *ctx,
        const PathwayTable  *table,
        gpointer             record,
        GError             **error)
{
  if (!pathway_row_insert (ctx->db, table, record, error))
    return FALSE;

  if (++ctx->batch_rows >= BATCH_ROWS)
    return next_batch (ctx, error);
  return TRUE;
}

/* ───────────────────────────── students ───────────────────────────── */

/* Of the five grades: high school, undergraduate, graduate, working professional, self-taught. */
static const guint grade_weights[] = { 12, 34, 14, 24, 16 };
/* How many months of their first goal a student of each grade has covered before joining. */
static const guint grade_reach[] = { 4, 12, 18, 14, 8 };

typedef struct {
  const char    *first_name;
  char          *name;
  char          *who;              /* "Undergraduate in statistics at …", "Self-taught learner" */
  char          *email;
  int            grade;            /* PathwayGrade */
  guint          goal;
  int            second_goal;      /* -1 for none */
  GPtrArray     *skills;           /* const char *, catalogue spelling, in the order taught */
  GPtrArray     *interests;        /* const char * */
  const char    *time_commitment;
  const char    *city;
  char          *summary;
  char          *phone;
  gboolean       phone_verified;
  gboolean       github;
  int            recruiter;        /* who entered them, an index into recruiters; -1 for none */
  int            source;           /* PathwayUserSource */
  gint64         created;
  PathwayVector *vector;           /* made when first asked for */
} DemoProfile;

static void
profile_clear (DemoProfile *profile)
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

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoProfile, profile_clear)

/* Student n joined at a time that grows with n, so that "created before" is a prefix of the
 * students and a step like a shortlist can find who existed at its time. */
static gint64
student_created (DemoContext *ctx,
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
static guint
students_before (DemoContext *ctx,
                 gint64       time)
{
  guint low = 0;
  guint high = ctx->student_ids->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (student_created (ctx, middle) < time)
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
  g_autofree char *first = slug (first_name);
  g_autofree char *last = slug (last_name);

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

static char *
make_phone (GRand *rand)
{
  static const char * const areas[] = { "212", "415", "512", "206", "312", "404", "617", "303" };

  /* Numbers set aside for fiction: 555-0100 to 555-0199 in North America, 07700 900xxx in the UK. */
  if (chance (rand, 0.6))
    {
      const char *area = areas[g_rand_int_range (rand, 0, G_N_ELEMENTS (areas))];

      return g_strdup_printf ("+1 %s 555 01%02d", area, g_rand_int_range (rand, 0, 100));
    }
  return g_strdup_printf ("+44 7700 900%03d", g_rand_int_range (rand, 0, 1000));
}

/* Everything about one invented person, made again identically from (seed, stream, n). */
static void
profile_build (DemoContext *ctx,
               guint32      stream,
               guint        n,
               DemoProfile *profile)
{
  const guint32 seeds[] = { ctx->options->seed, stream, n };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  DemoCatalogue *catalogue = ctx->catalogue;
  const DemoGoal *goal;
  const char *last_name, *field, *university, *career;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *sentence = NULL;
  g_autofree guint *chosen = NULL;
  guint reach, pool, n_skills, n_interests;

  profile->first_name = pick (rand, &pathway_demo_first_names);
  last_name = pick (rand, &pathway_demo_last_names);
  profile->name = g_strdup_printf ("%s %s", profile->first_name, last_name);
  profile->email = make_email (rand, profile->first_name, last_name,
                               stream == STREAM_STUDENT ? n + 1 : (guint) rand_range (rand, 1, 99),
                               stream == STREAM_STUDENT ? "mail.example" : "inbox.example");

  profile->grade = pick_weighted (rand, grade_weights, G_N_ELEMENTS (grade_weights));
  profile->goal = g_rand_int_range (rand, 0, catalogue->goals->len);
  profile->second_goal = -1;
  if (catalogue->goals->len > 1 && chance (rand, 0.3))
    profile->second_goal = (profile->goal + rand_range (rand, 1, catalogue->goals->len - 1)) % catalogue->goals->len;
  goal = g_ptr_array_index (catalogue->goals, profile->goal);

  /* 2 to 8 skills from the months a student of this grade has typically covered, in teaching order */
  reach = MIN (grade_reach[profile->grade], goal->months->len);
  pool = goal->skills_after[reach];
  n_skills = rand_range (rand, 2, 8);
  n_skills = MIN (n_skills, pool);
  chosen = pick_distinct (rand, pool, n_skills);
  profile->skills = g_ptr_array_new ();
  for (guint i = 0; i < n_skills; i++)
    g_ptr_array_add (profile->skills, g_ptr_array_index (goal->skills, chosen[i]));
  if (profile->second_goal >= 0 && chance (rand, 0.5))
    {
      const DemoGoal *second = g_ptr_array_index (catalogue->goals, profile->second_goal);
      const char *skill = g_ptr_array_index (second->skills, g_rand_int_range (rand, 0, MIN (second->skills->len, 12)));

      if (!g_ptr_array_find_with_equal_func (profile->skills, skill, g_str_equal, NULL))
        g_ptr_array_add (profile->skills, (gpointer) skill);
    }

  n_interests = rand_range (rand, 2, 4);
  g_clear_pointer (&chosen, g_free);
  chosen = pick_distinct (rand, pathway_demo_interests.n_items, n_interests);
  profile->interests = g_ptr_array_new ();
  for (guint i = 0; i < n_interests; i++)
    g_ptr_array_add (profile->interests, (gpointer) pathway_demo_interests.items[chosen[i]]);

  profile->time_commitment = pick (rand, &pathway_demo_time_commitments);
  profile->city = pathway_demo_cities[g_rand_int_range (rand, 0, pathway_demo_n_cities)].name;

  /* 1 to 3 sentences: who and which goal; skills; interests or place */
  field = pick (rand, &pathway_demo_fields_of_study);
  university = pick (rand, &pathway_demo_universities);
  career = pick (rand, &pathway_demo_former_careers);
  profile->who = fill (pathway_demo_grade_who.items[profile->grade],
                       "field", field, "university", university, "career", career, NULL);
  sentence = fill (pick (rand, &pathway_demo_summary_goal_sentences), "who", profile->who, "goal", goal->goal->title, NULL);
  g_string_append (summary, sentence);
  if (chance (rand, 0.85))
    {
      g_autofree char *skills = join_english (profile->skills, 4);

      g_clear_pointer (&sentence, g_free);
      sentence = fill (pick (rand, &pathway_demo_summary_skill_sentences), "skills", skills, NULL);
      g_string_append_printf (summary, " %s", sentence);
    }
  if (chance (rand, 0.6))
    {
      g_autofree char *interests = join_english (profile->interests, 2);

      g_clear_pointer (&sentence, g_free);
      sentence = fill (pick (rand, &pathway_demo_summary_extra_sentences),
                       "interests", interests, "city", profile->city, NULL);
      g_string_append_printf (summary, " %s", sentence);
    }
  profile->summary = g_string_free (g_steal_pointer (&summary), FALSE);

  if (chance (rand, 0.25))
    {
      profile->phone = make_phone (rand);
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

  profile->created = stream == STREAM_STUDENT ? student_created (ctx, n) : 0;
}

/* The text a student is embedded from: the summary and every skill. */
static PathwayVector *
profile_vector (DemoProfile *profile)
{
  if (profile->vector == NULL)
    {
      g_autofree char *skills = join_strings (profile->skills, ", ");
      g_autofree char *text = g_strdup_printf ("%s Skills: %s.", profile->summary, skills);

      profile->vector = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
    }
  return profile->vector;
}

static gboolean
profile_has_skill (const DemoProfile *profile,
                   const char        *skill)
{
  for (guint i = 0; i < profile->skills->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (profile->skills, i), skill) == 0)
      return TRUE;
  return FALSE;
}

static JsonNode *
github_profile (GRand       *rand,
                DemoProfile *profile)
{
  JsonObject *object = json_object_new ();
  g_autofree char *login = slug (profile->name);
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
  g_autofree guint *chosen = pick_distinct (ctx->rand, ring->n, n);
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
generate_student (DemoContext  *ctx,
                  guint         n,
                  GError      **error)
{
  g_auto(DemoProfile) profile = { 0 };
  g_autoptr(PathwayUser) user = pathway_user_new ();
  g_autoptr(PathwayOnboarding) onboarding = pathway_onboarding_new ();
  g_autoptr(PathwayProfileSummary) summary = pathway_profile_summary_new ();
  g_autoptr(PathwayCandidateVector) candidate = pathway_candidate_vector_new ();
  JsonArray *goals;
  DemoRing *ring;
  gint64 summarised, connected;
  guint goal;

  profile_build (ctx, STREAM_STUDENT, n, &profile);
  goal = profile.goal;

  user->email = g_strdup (profile.email);
  user->user_type = PATHWAY_USER_TYPE_STUDENT;
  user->phone_number = g_strdup (profile.phone);
  user->phone_verified = profile.phone_verified;
  user->created_at = at (ctx, profile.created);
  user->source = profile.source;
  if (profile.recruiter >= 0)
    user->created_by_recruiter_id = g_array_index (ctx->recruiters, DemoRecruiter, profile.recruiter).id;
  if (profile.github)
    {
      user->github_connection_id = g_strdup_printf ("%u", 5100000 + n * 7);
      user->github_profile_data = github_profile (ctx->rand, &profile);
      connected = profile.created + rand_range (ctx->rand, 1, 30) * DAY;
      user->github_connected_at = at (ctx, MIN (connected, -HOUR));
    }
  if (!insert (ctx, &pathway_users_table, user, error))
    return FALSE;

  onboarding->user_id = user->id;
  onboarding->name = g_strdup (profile.name);
  onboarding->grade = profile.grade;
  goals = json_array_new ();
  json_array_add_string_element (goals, ((DemoGoal *) g_ptr_array_index (ctx->catalogue->goals, goal))->goal->title);
  if (profile.second_goal >= 0)
    json_array_add_string_element (goals,
                                   ((DemoGoal *) g_ptr_array_index (ctx->catalogue->goals, profile.second_goal))->goal->title);
  onboarding->career_goals = take_array (goals);
  onboarding->current_skills = take_array (strings_to_json (profile.skills));
  onboarding->time_commitment = g_strdup (profile.time_commitment);
  if (!insert (ctx, &pathway_onboarding_table, onboarding, error))
    return FALSE;

  /* Summarised a little after onboarding; the same vector goes to both tables. */
  summarised = profile.created + rand_range (ctx->rand, 5, 50) * MINUTE;
  summarised = MIN (summarised, -MINUTE);
  ring = &ctx->rings[goal];
  summary->user_id = user->id;
  summary->summary_text = g_strdup (profile.summary);
  summary->interests = take_array (strings_to_json (profile.interests));
  summary->skills_tags = take_array (strings_to_json (profile.skills));
  summary->vector = pathway_vector_copy (profile_vector (&profile));
  if (ring->n > 0 && chance (ctx->rand, 0.35))
    summary->graph_neighbors = graph_neighbours (ctx, ring, profile.vector);
  summary->created_at = at (ctx, summarised);
  summary->updated_at = g_date_time_ref (summary->created_at);
  if (!insert (ctx, &pathway_profile_summaries_table, summary, error))
    return FALSE;

  candidate->user_id = user->id;
  candidate->vector = pathway_vector_copy (profile.vector);
  candidate->summary_text = g_strdup (profile.summary);
  candidate->skills_tags = take_array (strings_to_json (profile.skills));
  candidate->created_at = g_date_time_ref (summary->created_at);
  candidate->updated_at = g_date_time_ref (summary->created_at);
  if (!insert (ctx, &pathway_candidate_vectors_table, candidate, error))
    return FALSE;

  ring_push (ring, user->id, profile.vector);
  g_array_append_val (ctx->student_ids, user->id);
  g_array_append_val (ctx->students_by_goal[goal], n);
  return TRUE;
}

/* ───────────────────────────── recruiters ───────────────────────────── */

static gboolean
generate_recruiter (DemoContext  *ctx,
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

  first = slug (recruiter.first_name);
  last = slug (last_name);
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
      user->phone_number = make_phone (ctx->rand);
      user->phone_verified = chance (ctx->rand, 0.7);
    }
  user->created_at = at (ctx, -STUDENT_SPAN - RECRUITER_SPAN + RECRUITER_SPAN * n / MAX (1, ctx->options->recruiters) +
                              rand_range (ctx->rand, 0, 12 * HOUR));
  if (!insert (ctx, &pathway_users_table, user, error))
    return FALSE;

  recruiter.id = user->id;
  g_array_append_val (ctx->recruiters, recruiter);
  return TRUE;
}

/* ───────────────────────────── learning plans ───────────────────────────── */

static int
score_of (int correct,
          int n_questions)
{
  return (200 * correct + n_questions) / (2 * n_questions); /* rounded half up */
}

static int
fewest_to_pass (int n_questions)
{
  int correct = 0;

  while (score_of (correct, n_questions) < PASS_SCORE)
    correct++;
  return correct;
}

/* A topic or skill from the whole catalogue that this month does not teach, and that is not yet
 * among the options. */
static const char *
pick_foreign (DemoContext        *ctx,
              GPtrArray          *pool,
              const char * const *own,
              const char        **taken,
              guint               n_taken)
{
  for (;;)
    {
      const char *candidate = g_ptr_array_index (pool, g_rand_int_range (ctx->rand, 0, pool->len));
      gboolean clash = g_strv_contains (own, candidate);

      for (guint i = 0; i < n_taken && !clash; i++)
        clash = g_str_equal (taken[i], candidate);
      if (!clash)
        return candidate;
    }
}

/* 5 or 6 questions on the month, in three shapes the catalogue itself can answer honestly. */
static JsonNode *
build_questions (DemoContext                 *ctx,
                 const PathwayCatalogueMonth *month,
                 guint                        day,
                 int                         *correct,
                 guint                       *n_questions)
{
  JsonArray *questions = json_array_new ();
  guint first_shape = g_rand_int_range (ctx->rand, 0, 3);

  *n_questions = rand_range (ctx->rand, 5, 6);
  for (guint q = 0; q < *n_questions; q++)
    {
      JsonObject *question = json_object_new ();
      JsonArray *options = json_array_new ();
      const char *choices[4];
      g_autofree char *text = NULL;
      g_autofree char *explanation = NULL;
      const char *answer;
      guint shape = (first_shape + q) % 3;
      int position = g_rand_int_range (ctx->rand, 0, 4);

      if (shape == 0)
        {
          answer = month_topic (month, day + q);
          for (guint i = 0; i < 3; i++)
            choices[i] = pick_foreign (ctx, ctx->catalogue->topics, (const char * const *) month->topics, choices, i);
          text = g_strdup_printf ("Which of these topics is part of “%s”?", month->title);
          explanation = g_strdup_printf ("“%s” is one of this month’s topics.", answer);
        }
      else if (shape == 1)
        {
          answer = month_skill (month, day + q);
          for (guint i = 0; i < 3; i++)
            choices[i] = pick_foreign (ctx, ctx->catalogue->skills, (const char * const *) month->skills, choices, i);
          text = g_strdup_printf ("Which skill does “%s” build?", month->title);
          explanation = g_strdup_printf ("This month practises %s.", answer);
        }
      else
        {
          guint offset = g_rand_int_range (ctx->rand, 0, g_strv_length (month->topics));

          answer = pick_foreign (ctx, ctx->catalogue->topics, (const char * const *) month->topics, NULL, 0);
          for (guint i = 0; i < 3; i++)
            choices[i] = month_topic (month, offset + i);
          text = g_strdup_printf ("Which of these is not a topic of “%s”?", month->title);
          explanation = g_strdup_printf ("“%s” belongs to another month.", answer);
        }

      /* the answer goes in at position; the three others keep their order around it */
      for (int i = 0, c = 0; i < 4; i++)
        json_array_add_string_element (options, i == position ? answer : choices[c++]);

      json_object_set_string_member (question, "question", text);
      json_object_set_array_member (question, "options", options);
      json_object_set_int_member (question, "correct_index", position);
      json_object_set_string_member (question, "explanation", explanation);
      json_array_add_object_element (questions, question);
      correct[q] = position;
    }

  return take_array (questions);
}

/* One lesson of a plan as the student went through it: when, how long, how it ended. */
typedef struct {
  gint64 start;
  gint64 end;
  int    time_spent;
  int    attempts;
  int    status;   /* PathwayDayStatus */
} DemoDay;

static gboolean
generate_attempts (DemoContext    *ctx,
                   gint64          user_id,
                   gint64          plan_id,
                   guint           month_index,
                   guint           day_number,
                   gint64          quiz_id,
                   JsonNode       *questions,
                   const int      *correct,
                   guint           n_questions,
                   const DemoDay  *day,
                   int            *last_score,
                   int            *best_score,
                   GError        **error)
{
  int to_pass = fewest_to_pass (n_questions);

  *last_score = PATHWAY_UNSET;
  *best_score = PATHWAY_UNSET;
  for (int a = 0; a < day->attempts; a++)
    {
      g_autoptr(PathwayQuizSubmission) submission = pathway_quiz_submission_new ();
      gboolean passes = day->status == PATHWAY_DAY_COMPLETED && a + 1 == day->attempts;
      int n_right = passes ? rand_range (ctx->rand, to_pass, n_questions)
                           : rand_range (ctx->rand, MAX (1, to_pass - 3), to_pass - 1);
      g_autofree guint *right = pick_distinct (ctx->rand, n_questions, n_right);
      JsonArray *answers = json_array_new ();
      JsonArray *results = json_array_new ();
      guint r = 0;

      for (guint q = 0; q < n_questions; q++)
        {
          JsonObject *result = json_object_new ();
          JsonObject *question = json_array_get_object_element (json_node_get_array (questions), q);
          gboolean is_right = r < (guint) n_right && right[r] == q;
          int answer = correct[q];

          if (is_right)
            r++;
          else
            answer = (correct[q] + rand_range (ctx->rand, 1, 3)) % 4;

          json_array_add_int_element (answers, answer);
          json_object_set_int_member (result, "question_index", q);
          json_object_set_int_member (result, "user_answer", answer);
          json_object_set_int_member (result, "correct_answer", correct[q]);
          json_object_set_boolean_member (result, "is_correct", is_right);
          json_object_set_string_member (result, "explanation",
                                         json_object_get_string_member (question, "explanation"));
          json_array_add_object_element (results, result);
        }

      submission->user_id = user_id;
      submission->plan_id = plan_id;
      submission->month_index = month_index;
      submission->day = day_number;
      submission->quiz_id = quiz_id;
      submission->answers = take_array (answers);
      submission->question_results = take_array (results);
      submission->score = score_of (n_right, n_questions);
      submission->passed = submission->score >= PASS_SCORE;
      submission->attempt_number = a + 1;
      submission->time_taken = n_questions * rand_range (ctx->rand, 15, 75);
      /* attempts spread over the study session; the last one ends it */
      submission->created_at = at (ctx, day->start + (day->end - day->start) * (a + 1) / day->attempts);

      *last_score = submission->score;
      *best_score = *best_score == PATHWAY_UNSET ? submission->score : MAX (*best_score, submission->score);
      if (!insert (ctx, &pathway_quiz_submissions_table, submission, error))
        return FALSE;
    }

  return TRUE;
}

/* A lesson the student started: its quiz, the attempts at it and its day_progress row. */
static gboolean
generate_day (DemoContext                 *ctx,
              gint64                       user_id,
              gint64                       plan_id,
              const PathwayCatalogueMonth *month,
              guint                        month_index,
              guint                        day_number,
              const DemoDay               *day,
              GError                     **error)
{
  g_autoptr(PathwayDayProgress) progress = pathway_day_progress_new ();
  g_autoptr(PathwayQuiz) quiz = pathway_quiz_new ();
  int correct[6];
  guint n_questions;
  int last_score, best_score;

  quiz->user_id = user_id;
  quiz->plan_id = plan_id;
  quiz->month_index = month_index;
  quiz->day = day_number;
  quiz->title = g_strdup_printf ("Day %u: %s", day_number, month_topic (month, day_number - 1));
  quiz->questions = build_questions (ctx, month, day_number - 1, correct, &n_questions);
  quiz->required_score = PASS_SCORE;
  quiz->created_at = at (ctx, day->start);
  if (!insert (ctx, &pathway_quizzes_table, quiz, error) ||
      !generate_attempts (ctx, user_id, plan_id, month_index, day_number, quiz->id, quiz->questions,
                          correct, n_questions, day, &last_score, &best_score, error))
    return FALSE;

  progress->user_id = user_id;
  progress->plan_id = plan_id;
  progress->month_index = month_index;
  progress->day_number = day_number;
  progress->status = day->status;
  progress->started_at = at (ctx, day->start);
  if (day->status == PATHWAY_DAY_COMPLETED)
    progress->completed_at = at (ctx, day->end);
  progress->quiz_score = last_score;
  progress->quiz_attempts = day->attempts;
  progress->best_score = best_score;
  progress->content_viewed = day->status != PATHWAY_DAY_ACTIVE || chance (ctx->rand, 0.5);
  progress->time_spent = day->time_spent;
  progress->can_proceed = day->status == PATHWAY_DAY_COMPLETED;
  progress->created_at = at (ctx, day->start);
  progress->updated_at = at (ctx, day->end);
  return insert (ctx, &pathway_day_progress_table, progress, error);
}

/* A later day of the month under way: the app makes a month's rows when the month opens. */
static gboolean
generate_locked_day (DemoContext  *ctx,
                     gint64        user_id,
                     gint64        plan_id,
                     guint         month_index,
                     guint         day_number,
                     gint64        opened,
                     GError      **error)
{
  g_autoptr(PathwayDayProgress) progress = pathway_day_progress_new ();

  progress->user_id = user_id;
  progress->plan_id = plan_id;
  progress->month_index = month_index;
  progress->day_number = day_number;
  progress->status = PATHWAY_DAY_LOCKED;
  progress->created_at = at (ctx, opened);
  progress->updated_at = at (ctx, opened);
  return insert (ctx, &pathway_day_progress_table, progress, error);
}

/* The seconds studied on each calendar date, as the app counts them for streaks and the heatmap. */
static gboolean
generate_study_days (DemoContext    *ctx,
                     gint64          user_id,
                     const DemoDay  *days,
                     guint           n_days,
                     GError        **error)
{
  for (guint t = 0; t < n_days;)
    {
      g_autoptr(PathwayStudyDay) study_day = pathway_study_day_new ();
      g_autofree char *date = format_at (ctx, days[t].start, "%Y-%m-%d");
      int seconds = 0;

      /* lessons are in time order, so a date's lessons are next to each other */
      for (; t < n_days; t++)
        {
          g_autofree char *other = format_at (ctx, days[t].start, "%Y-%m-%d");

          if (!g_str_equal (other, date))
            break;
          seconds += days[t].time_spent;
        }

      study_day->user_id = user_id;
      study_day->study_date = g_steal_pointer (&date);
      study_day->seconds = seconds;
      if (!insert (ctx, &pathway_study_days_table, study_day, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
generate_video_schedule (DemoContext                 *ctx,
                         gint64                       user_id,
                         const PathwayCatalogueMonth *month,
                         int                          minutes,
                         gint64                       plan_start,
                         GError                     **error)
{
  g_autoptr(PathwayYoutubeSchedule) schedule = pathway_youtube_schedule_new ();
  JsonArray *days = json_array_new ();
  g_autofree char *n_days_text = NULL;
  g_autofree char *id = random_string (ctx->rand, ID_ALPHABET, 32);
  gint64 created = -rand_range (ctx->rand, 1, 30) * DAY;
  int daily = 5 * (int) round (minutes * (0.5 + 0.5 * g_rand_double (ctx->rand)) / 5);
  int n_days = rand_range (ctx->rand, 7, 21);
  int hour, quarter;

  created = MAX (created, plan_start + HOUR);
  daily = CLAMP (daily, 15, 180);
  schedule->user_id = user_id;
  schedule->playlist_id = g_strconcat ("PL", id, NULL);
  schedule->playlist_url = g_strdup_printf ("https://www.youtube.com/playlist?list=%s", schedule->playlist_id);
  n_days_text = g_strdup_printf ("%d", n_days);
  schedule->playlist_title = fill (pick (ctx->rand, &pathway_demo_playlist_titles),
                                   "month", month->title, "topic", month_topic (month, 0),
                                   "skill", month_skill (month, 0), "days", n_days_text, NULL);
  schedule->daily_minutes = daily;

  for (int d = 0; d < n_days; d++)
    {
      JsonObject *entry = json_object_new ();
      JsonArray *videos = json_array_new ();
      g_autofree char *date = format_at (ctx, created + d * DAY, "%Y-%m-%d");
      int total = 0;

      /* videos of 4 to 25 minutes until the day's time is about used */
      for (int v = 0; v < 6 && (v == 0 || total < daily * 60 * 4 / 5); v++)
        {
          JsonObject *video;
          g_autofree char *video_id = random_string (ctx->rand, ID_ALPHABET, 11);
          g_autofree char *title = fill (pick (ctx->rand, &pathway_demo_video_titles),
                                         "topic", month_topic (month, d + v), "skill", month_skill (month, d), NULL);
          g_autofree char *thumbnail = g_strdup_printf ("https://i.ytimg.example/vi/%s/mqdefault.jpg", video_id);
          int whole_minutes = rand_range (ctx->rand, 4, 24);
          int seconds = whole_minutes * 60 + rand_range (ctx->rand, 0, 59);
          g_autofree char *duration = pathway_duration_format (seconds);

          if (v > 0 && total + seconds > daily * 60 + 5 * 60)
            break;
          total += seconds;
          video = json_object_new ();
          json_object_set_string_member (video, "videoId", video_id);
          json_object_set_string_member (video, "title", title);
          json_object_set_string_member (video, "thumbnail", thumbnail);
          json_object_set_string_member (video, "duration", duration);
          json_array_add_object_element (videos, video);
        }

      json_object_set_int_member (entry, "day", d + 1);
      json_object_set_string_member (entry, "date", date);
      json_object_set_array_member (entry, "videos", videos);
      json_array_add_object_element (days, entry);
    }

  schedule->schedule = take_array (days);
  hour = rand_range (ctx->rand, 6, 21);
  quarter = rand_range (ctx->rand, 0, 3);
  schedule->start_time = g_strdup_printf ("%02d:%02d", hour, 15 * quarter);
  schedule->duration_minutes = daily;
  schedule->created = at (ctx, created);
  return insert (ctx, &pathway_youtube_schedules_table, schedule, error);
}

/* A month of a plan as pathway_plan_build() made it. */
typedef struct {
  JsonObject                  *json;
  const PathwayCatalogueMonth *month;
  guint                        total_days;
  guint                        first;      /* the plan's number of its first lesson, from 0 */
} DemoPlanMonth;

static gboolean
generate_plan (DemoContext  *ctx,
               guint         n,
               GError      **error)
{
  g_auto(DemoProfile) profile = { 0 };
  g_autoptr(PathwayLearningPlan) plan = pathway_learning_plan_new ();
  g_autoptr(PathwayUser) user = NULL;
  g_autoptr(JsonNode) plan_json = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree DemoPlanMonth *months = NULL;
  g_autofree DemoDay *days = NULL;
  g_autofree const char **skills = NULL;
  const char *goal_ids[3] = { NULL, NULL, NULL };
  PathwayPlanRequest request;
  JsonArray *months_json;
  gint64 user_id = g_array_index (ctx->student_ids, gint64, n);
  gint64 start, age, study_offset, duration;
  guint n_months, n_lessons, per_day, done, current, current_day;
  int minutes, years;
  double pace;

  profile_build (ctx, STREAM_STUDENT, n, &profile);
  goal_ids[0] = ((DemoGoal *) g_ptr_array_index (ctx->catalogue->goals, profile.goal))->goal->id;
  if (profile.second_goal >= 0)
    goal_ids[1] = ((DemoGoal *) g_ptr_array_index (ctx->catalogue->goals, profile.second_goal))->goal->id;
  skills = g_new0 (const char *, profile.skills->len + 1);
  for (guint i = 0; i < profile.skills->len; i++)
    skills[i] = g_ptr_array_index (profile.skills, i);
  minutes = pathway_duration_parse (profile.time_commitment, &duration) ? (int) (duration / MINUTE) : 60;
  minutes = CLAMP (minutes, PATHWAY_PLAN_MIN_DAILY_MINUTES, PATHWAY_PLAN_MAX_DAILY_MINUTES);
  years = rand_range (ctx->rand, PATHWAY_PLAN_MIN_YEARS, PATHWAY_PLAN_MAX_YEARS);

  /* the plan the app itself would make from these onboarding answers */
  request.goal_ids = goal_ids;
  request.current_skills = skills;
  request.daily_minutes = minutes;
  request.total_years = years;
  plan_json = pathway_plan_build (ctx->catalogue->catalogue, &request, &local_error);
  if (plan_json == NULL && g_error_matches (local_error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_NOTHING_TO_LEARN))
    return TRUE; /* they know it all already: no plan, as in the app */
  if (plan_json == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  months_json = json_object_get_array_member (json_node_get_object (plan_json), "months");
  n_months = json_array_get_length (months_json);
  per_day = json_object_get_int_member_with_default (json_node_get_object (plan_json), "lessons_per_day", 1);
  per_day = CLAMP (per_day, 1, 3);
  months = g_new0 (DemoPlanMonth, MAX (n_months, 1));
  n_lessons = 0;
  for (guint m = 0; m < n_months; m++)
    {
      months[m].json = json_array_get_object_element (months_json, m);
      months[m].month = pathway_catalogue_lookup_month (ctx->catalogue->catalogue,
                                                        json_object_get_string_member (months[m].json, "key"));
      months[m].total_days = json_object_get_int_member_with_default (months[m].json, "total_days", 30);
      months[m].first = n_lessons;
      n_lessons += months[m].total_days;
    }
  g_return_val_if_fail (n_months > 0 && n_lessons > 0, FALSE);

  /* Most current plans were started in the last few months (a student may have had older ones).
   * Each study day takes 1.1 to 2.3 calendar days, so progress follows from the plan's age. */
  age = 2 * DAY + (gint64) (pow (g_rand_double (ctx->rand), 3) * 180 * DAY);
  start = MAX (profile.created + HOUR, -age);
  pace = 1.1 + 1.2 * g_rand_double (ctx->rand);
  study_offset = rand_range (ctx->rand, 0, 12) * HOUR;
  done = (guint) ((double) -start / DAY / pace) * per_day;
  done = MIN (done, n_lessons - 1);
  for (current = 0; current + 1 < n_months && months[current + 1].first <= done; current++)
    ;
  current_day = done - months[current].first;

  /* Every lesson up to today, worked out first, so that months can say when they started and
   * ended. With more than an hour a day, a study day holds two or three lessons. */
  days = g_new0 (DemoDay, done + 1);
  for (guint t = 0; t <= done; t++)
    {
      DemoDay *day = &days[t];
      gboolean today = t == done;
      int lesson = minutes * 60 / per_day;

      day->status = !today ? PATHWAY_DAY_COMPLETED : chance (ctx->rand, 0.35) ? PATHWAY_DAY_FAILED : PATHWAY_DAY_ACTIVE;
      if (day->status == PATHWAY_DAY_COMPLETED)
        {
          guint roll = g_rand_int_range (ctx->rand, 0, 100);

          day->attempts = roll < 70 ? 1 : roll < 92 ? 2 : 3;
        }
      else
        day->attempts = day->status == PATHWAY_DAY_FAILED ? rand_range (ctx->rand, 1, 2) : 0;

      day->time_spent = (int) (lesson * (today && day->attempts == 0 ? 0.2 + 0.5 * g_rand_double (ctx->rand)
                                                                      : 0.6 + 0.7 * g_rand_double (ctx->rand)));
      day->start = start + (gint64) ((t / per_day) * pace * DAY) + study_offset + (t % per_day) * (lesson + 10 * MINUTE);
      day->start += rand_range (ctx->rand, 0, 30) * MINUTE;
      day->start = MIN (day->start, -(day->time_spent + 5 * MINUTE));
      if (t > 0)
        day->start = MAX (day->start, days[t - 1].end + MINUTE);
      day->end = day->start + day->time_spent;
    }

  for (guint m = 0; m < n_months; m++)
    json_object_set_string_member (months[m].json, "status",
                                   pathway_path_status_nicks[m < current ? PATHWAY_PATH_COMPLETED
                                                             : m == current ? PATHWAY_PATH_ACTIVE
                                                             : PATHWAY_PATH_LOCKED]);

  plan->user_id = user_id;
  /* as the app names plans: after the goal, or the schema's default for several */
  if (goal_ids[1] == NULL)
    plan->title = g_strdup_printf ("%s Plan", ((DemoGoal *) g_ptr_array_index (ctx->catalogue->goals, profile.goal))->goal->title);
  plan->total_years = years;
  plan->plan = g_steal_pointer (&plan_json);
  plan->created_at = at (ctx, start);
  plan->updated_at = at (ctx, days[done].end);
  if (!insert (ctx, &pathway_learning_plans_table, plan, error))
    return FALSE;

  for (guint m = 0; m < n_months; m++)
    {
      g_autoptr(PathwayLearningPath) path = pathway_learning_path_new ();
      const DemoPlanMonth *month = &months[m];

      path->plan_id = plan->id;
      path->user_id = user_id;
      path->global_month_index = m + 1;
      path->year_number = m / 12 + 1;
      path->month_of_year = m % 12 + 1;
      path->title = g_strdup (month->month->title);
      path->total_days = month->total_days;
      path->created_at = at (ctx, start);
      if (m < current)
        {
          path->status = PATHWAY_PATH_COMPLETED;
          path->current_day = month->total_days;
          path->days_completed = month->total_days;
          path->started_at = at (ctx, days[month->first].start);
          path->completed_at = at (ctx, days[month->first + month->total_days - 1].end);
          path->last_activity_at = g_date_time_ref (path->completed_at);
          path->updated_at = g_date_time_ref (path->completed_at);
        }
      else if (m == current)
        {
          path->status = PATHWAY_PATH_ACTIVE;
          path->current_day = current_day + 1;
          path->days_completed = current_day;
          path->started_at = at (ctx, days[month->first].start);
          path->last_activity_at = at (ctx, days[done].end);
          path->updated_at = g_date_time_ref (path->last_activity_at);
        }
      else
        {
          path->status = PATHWAY_PATH_LOCKED;
          path->current_day = 1;
          path->days_completed = 0;
          path->updated_at = at (ctx, start);
        }

      if (!insert (ctx, &pathway_learning_paths_table, path, error))
        return FALSE;
    }

  for (guint t = 0, m = 0; t <= done; t++)
    {
      while (t >= months[m].first + months[m].total_days)
        m++;
      if (!generate_day (ctx, user_id, plan->id, months[m].month, m + 1, t - months[m].first + 1, &days[t], error))
        return FALSE;
    }
  for (guint d = current_day + 2; d <= months[current].total_days; d++)
    if (!generate_locked_day (ctx, user_id, plan->id, current + 1, d, days[months[current].first].start, error))
      return FALSE;

  if (!generate_study_days (ctx, user_id, days, done + 1, error))
    return FALSE;

  if (chance (ctx->rand, 1.0 / 3) &&
      !generate_video_schedule (ctx, user_id, months[current].month, minutes, start, error))
    return FALSE;

  user = pathway_users_get (ctx->db, user_id, error);
  if (user == NULL)
    return FALSE;
  user->current_plan_id = plan->id;
  user->current_month_index = current + 1;
  user->current_day = current_day + 1;
  return pathway_users_update (ctx->db, user, error);
}

/* ───────────────────────────── jobs ───────────────────────────── */

typedef struct {
  gint64                        id;
  guint                         recruiter;
  const PathwayDemoJobTemplate *template;
  const PathwayDemoLevel       *level;
  const PathwayDemoCompany     *company;
  char                         *title;
  guint                         goal;
  GPtrArray                    *skills;   /* const char * */
  PathwayVector                *vector;
  gint64                        created;
  int                           status;   /* PathwayJobStatus */
} DemoJob;

static void
job_clear (DemoJob *job)
{
  g_clear_pointer (&job->title, g_free);
  g_clear_pointer (&job->skills, g_ptr_array_unref);
  g_clear_pointer (&job->vector, pathway_vector_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoJob, job_clear)

static guint
goal_by_id (DemoContext *ctx,
            const char  *id)
{
  for (guint i = 0; i < ctx->catalogue->goals->len; i++)
    if (g_str_equal (((DemoGoal *) g_ptr_array_index (ctx->catalogue->goals, i))->goal->id, id))
      return i;
  return 0; /* a goal renamed in the catalogue: its jobs fall back to the first goal's students */
}

static char *
job_description (DemoContext *ctx,
                 DemoJob     *job,
                 const char  *where)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree guint *duties = NULL;
  g_autofree char *opener = NULL;
  g_autofree char *year = g_strdup_printf ("%d", rand_range (ctx->rand, 2009, 2024));
  guint n_duties = 0;

  while (job->template->duties[n_duties] != NULL)
    n_duties++;
  duties = pick_distinct (ctx->rand, n_duties, MIN (3, n_duties));

  opener = fill (pick (ctx->rand, &pathway_demo_job_openers), "company", job->company->name,
                 "business", job->company->business, "year", year, NULL);
  g_string_append (text, opener);
  g_string_append_printf (text, " We are looking for %s %s to join our %s team %s. You will %s, %s and %s.",
                          article (job->title), job->title, job->template->team, where,
                          job->template->duties[duties[0]], job->template->duties[duties[1]],
                          job->template->duties[duties[2]]);
  g_string_append_printf (text, " %s", pick (ctx->rand, &pathway_demo_job_closers));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static JsonNode *
job_requirements (DemoContext *ctx,
                  DemoJob     *job)
{
  JsonArray *requirements = json_array_new ();
  gboolean entry = job->level->years == 0;
  guint n = rand_range (ctx->rand, 3, 6);
  /* fewer skill sentences than skills, so that each names a different one first */
  guint n_skill = MIN (MIN (n - 1 - entry, job->skills->len / 2 + 1), job->skills->len - 1);
  guint n_general = n - entry - n_skill;
  g_autofree guint *templates = pick_distinct (ctx->rand, pathway_demo_skill_requirements.n_items, n_skill);
  g_autofree guint *general = pick_distinct (ctx->rand, pathway_demo_general_requirements.n_items, n_general);
  g_autofree char *years = g_strdup_printf ("%d", job->level->years);

  if (entry)
    {
      const char *template = pick (ctx->rand, &pathway_demo_entry_requirements);
      const char *field = pick (ctx->rand, &pathway_demo_fields_of_study);
      g_autofree char *sentence = fill (template, "field", field, "skill", g_ptr_array_index (job->skills, 0), NULL);

      json_array_add_string_element (requirements, sentence);
    }

  /* the job's skills in order, the most important first (after the one the entry sentence names) */
  for (guint i = 0; i < n_skill; i++)
    {
      const char *skill = g_ptr_array_index (job->skills, i + entry);
      const char *skill2 = g_ptr_array_index (job->skills, (i + entry + n_skill) % job->skills->len);
      const char *template = pathway_demo_skill_requirements.items[templates[i]];
      g_autofree char *sentence = NULL;

      /* "N+ years" makes no sense for interns and graduates */
      if (entry && strstr (template, "{years}") != NULL)
        template = "Hands-on experience with {skill} from a course or your own project";
      sentence = fill (template, "skill", skill, "skill2", skill2, "years", years, NULL);
      json_array_add_string_element (requirements, sentence);
    }

  for (guint i = 0; i < n_general; i++)
    json_array_add_string_element (requirements, pathway_demo_general_requirements.items[general[i]]);

  return take_array (requirements);
}

/* The match between a job and a candidate, explained: skills the job asks for that they have and
 * lack, the similarity of the two embeddings, and the points each part gives (they add up to the
 * score): up to 60 for skills, 30 for similarity and 10 for having the job's career goal. */
static double
match_candidate (DemoJob      *job,
                 DemoProfile  *profile,
                 guint         goal,
                 JsonNode    **reasons)
{
  JsonObject *object = json_object_new ();
  JsonObject *components = json_object_new ();
  JsonArray *matched = json_array_new ();
  JsonArray *missing = json_array_new ();
  guint n_matched = 0;
  double similarity, skills_points, similarity_points, goal_points;

  for (guint i = 0; i < job->skills->len; i++)
    {
      const char *skill = g_ptr_array_index (job->skills, i);

      if (profile_has_skill (profile, skill))
        {
          json_array_add_string_element (matched, skill);
          n_matched++;
        }
      else
        json_array_add_string_element (missing, skill);
    }

  similarity = pathway_vector_dot (job->vector, profile_vector (profile));
  similarity = round_to_64ths (CLAMP (similarity, 0.0, 1.0));
  skills_points = round_to_quarters (60.0 * n_matched / MAX (1, job->skills->len));
  similarity_points = round_to_quarters (30.0 * MIN (1.0, similarity / SIMILARITY_FULL));
  goal_points = profile->goal == goal ? 10 : profile->second_goal == (int) goal ? 5 : 0;

  json_object_set_double_member (components, "skills", skills_points);
  json_object_set_double_member (components, "similarity", similarity_points);
  json_object_set_double_member (components, "career_goal", goal_points);
  json_object_set_array_member (object, "skills_matched", matched);
  json_object_set_array_member (object, "skills_missing", missing);
  json_object_set_double_member (object, "similarity", similarity);
  json_object_set_object_member (object, "components", components);
  *reasons = take_object (object);

  return skills_points + similarity_points + goal_points;
}

typedef struct {
  guint     student;   /* number */
  double    score;
  JsonNode *reasons;
} DemoCandidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const DemoCandidate *ca = a;
  const DemoCandidate *cb = b;

  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  return ca->student < cb->student ? -1 : ca->student > cb->student;
}

/* A gap of about typical, but leaving room for the steps still to come before the anchor. */
static gint64
step_after (DemoContext *ctx,
            gint64       now,
            gint64       typical,
            guint        steps_left)
{
  gint64 room = (-MINUTE - now) / ((gint64) steps_left + 1);
  gint64 gap = typical / 2 + (gint64) (g_rand_double (ctx->rand) * typical);
  gint64 next = now + CLAMP (gap, 1, MAX (1, room));

  /* never after the anchor: the latest a step can be is a second before it */
  return MAX (now, MIN (next, -1));
}

/* updated is when the interaction last changed, or 0 when that was its creation. */
static gboolean
add_interaction (DemoContext  *ctx,
                 DemoJob      *job,
                 gint64        candidate_id,
                 int           type,
                 int           status,
                 gint64        created,
                 gint64        updated,
                 JsonObject   *details,
                 const char   *notes,
                 GError      **error)
{
  g_autoptr(PathwayInteraction) interaction = pathway_interaction_new ();

  json_object_set_int_member (details, "job_id", job->id);
  interaction->recruiter_id = g_array_index (ctx->recruiters, DemoRecruiter, job->recruiter).id;
  interaction->candidate_id = candidate_id;
  interaction->interaction_type = type;
  interaction->details = take_object (details);
  interaction->notes = g_strdup (notes);
  interaction->status = status;
  interaction->created_at = at (ctx, created);
  interaction->updated_at = at (ctx, updated != 0 ? MAX (created, updated) : created);
  return insert (ctx, &pathway_interactions_table, interaction, error);
}

static JsonObject *
subject_details (DemoContext           *ctx,
                 const PathwayDemoList *subjects,
                 DemoJob               *job)
{
  JsonObject *details = json_object_new ();
  g_autofree char *subject = fill (pick (ctx->rand, subjects), "title", job->title,
                                   "company", job->company->name, NULL);

  json_object_set_string_member (details, "email_subject", subject);
  return details;
}

static JsonObject *
status_details (int from,
                int to)
{
  JsonObject *details = json_object_new ();

  json_object_set_string_member (details, "from", pathway_shortlist_status_nicks[from]);
  json_object_set_string_member (details, "to", pathway_shortlist_status_nicks[to]);
  return details;
}

/* A full hour in the working day (13:00 to 17:00 UTC, morning in the Americas and afternoon in
 * Europe) of the day of time. */
static gint64
working_hour (DemoContext *ctx,
              gint64       time)
{
  gint64 rest = time % DAY;
  gint64 midnight = time - (rest < 0 ? rest + DAY : rest) + 15 * HOUR; /* the anchor is at 09:00 */

  return midnight + rand_range (ctx->rand, 13, 17) * HOUR;
}

/* The steps a shortlist went through, as interactions, from the match that suggested the student:
 * an application (when it came by e-mail), a look at the profile, the shortlisting, a note, an
 * invitation and interview, and an offer or a rejection; each status change as well. */
static gboolean
generate_pipeline (DemoContext       *ctx,
                   DemoJob           *job,
                   PathwayShortlist  *shortlist,
                   gint64             matched,
                   gint64             shortlisted,
                   GError           **error)
{
  static const guint rejected_after[] = { 50, 20, 30 }; /* shortlisted, invited, interviewed */
  gint64 candidate = shortlist->student_id;
  int status = shortlist->status;
  int reached = status;
  gint64 now = shortlisted;
  guint steps;

  if (status == PATHWAY_SHORTLIST_REJECTED)
    reached = pick_weighted (ctx->rand, rejected_after, G_N_ELEMENTS (rejected_after));
  steps = reached == PATHWAY_SHORTLIST_HIRED ? 7 : 2 * reached + 2;

  if (shortlist->source == PATHWAY_SHORTLIST_SOURCE_EMAIL &&
      !add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_APPLICATION_RECEIVED,
                        PATHWAY_INTERACTION_STATUS_COMPLETED, matched, 0, json_object_new (), NULL, error))
    return FALSE;

  if (!add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_PROFILE_VIEWED, PATHWAY_INTERACTION_STATUS_COMPLETED,
                        matched + (shortlisted - matched) / 2, 0, json_object_new (), NULL, error) ||
      !add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_SHORTLISTED, PATHWAY_INTERACTION_STATUS_COMPLETED,
                        shortlisted, 0, json_object_new (), NULL, error))
    return FALSE;

  if (shortlist->notes != NULL)
    {
      now = step_after (ctx, now, 6 * HOUR, steps);
      if (!add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_NOTE_ADDED, PATHWAY_INTERACTION_STATUS_COMPLETED,
                            now, 0, json_object_new (), shortlist->notes, error))
        return FALSE;
    }

  if (reached >= PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED)
    {
      JsonObject *details;
      g_autofree char *code = random_string (ctx->rand, "abcdefghijkmnopqrstuvwxyz", 10);
      g_autofree char *link = g_strdup_printf ("https://meet.example/%.3s-%.4s-%.3s", code, code + 3, code + 7);
      g_autofree char *time_text = NULL;
      gboolean interviewed = reached >= PATHWAY_SHORTLIST_INTERVIEWED;
      const char *notes = NULL;
      gint64 invited, interview, finished;
      int interview_status;

      now = step_after (ctx, now, 3 * DAY, steps);
      if (!add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_EMAIL_SENT, PATHWAY_INTERACTION_STATUS_COMPLETED,
                            now, 0, subject_details (ctx, &pathway_demo_invitation_subjects, job), NULL, error) ||
          !add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_STATUS_CHANGED,
                            PATHWAY_INTERACTION_STATUS_COMPLETED, now, 0,
                            status_details (PATHWAY_SHORTLIST_SHORTLISTED, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED),
                            NULL, error))
        return FALSE;

      /* An interview that happened lies before the anchor, on the hour when there is room; one
       * still to come may lie after it. */
      invited = now;
      if (interviewed)
        {
          gint64 planned = step_after (ctx, invited, 5 * DAY, steps);
          gint64 in_hours = working_hour (ctx, planned);

          interview = in_hours > invited && in_hours < -2 * HOUR ? in_hours : planned;
          finished = step_after (ctx, interview, HOUR, steps);
          interview_status = PATHWAY_INTERACTION_STATUS_COMPLETED;
        }
      else
        {
          gint64 days = rand_range (ctx->rand, 2, 10);

          interview = working_hour (ctx, invited + days * DAY);
          finished = invited;
          interview_status = status == PATHWAY_SHORTLIST_REJECTED ? PATHWAY_INTERACTION_STATUS_CANCELLED
                                                                  : PATHWAY_INTERACTION_STATUS_ACTIVE;
        }

      time_text = format_at (ctx, interview, "%Y-%m-%dT%H:%M:%SZ");
      details = json_object_new ();
      json_object_set_string_member (details, "scheduled_time", time_text);
      json_object_set_string_member (details, "meeting_link", link);
      if (chance (ctx->rand, 0.2))
        notes = pick (ctx->rand, &pathway_demo_interaction_notes);
      if (!add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_INTERVIEW_SCHEDULED, interview_status,
                            invited, finished, details, notes, error))
        return FALSE;

      if (interviewed)
        {
          now = finished;
          notes = chance (ctx->rand, 0.3) ? pick (ctx->rand, &pathway_demo_interaction_notes) : NULL;
          if (!add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_INTERVIEW_COMPLETED,
                                PATHWAY_INTERACTION_STATUS_COMPLETED, now, 0, json_object_new (), notes, error) ||
              !add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_STATUS_CHANGED,
                                PATHWAY_INTERACTION_STATUS_COMPLETED, now, 0,
                                status_details (PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED, PATHWAY_SHORTLIST_INTERVIEWED),
                                NULL, error))
            return FALSE;
        }
    }

  if (status == PATHWAY_SHORTLIST_HIRED)
    {
      now = step_after (ctx, now, 4 * DAY, 2);
      if (!add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_OFFER_SENT, PATHWAY_INTERACTION_STATUS_COMPLETED,
                            now, 0, subject_details (ctx, &pathway_demo_offer_subjects, job), NULL, error))
        return FALSE;
      now = step_after (ctx, now, 3 * DAY, 1);
      if (!add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_STATUS_CHANGED,
                            PATHWAY_INTERACTION_STATUS_COMPLETED, now, 0,
                            status_details (PATHWAY_SHORTLIST_INTERVIEWED, PATHWAY_SHORTLIST_HIRED), NULL, error))
        return FALSE;
    }
  else if (status == PATHWAY_SHORTLIST_REJECTED)
    {
      now = step_after (ctx, now, 2 * DAY, 1);
      if (!add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_STATUS_CHANGED,
                            PATHWAY_INTERACTION_STATUS_COMPLETED, now, 0,
                            status_details (reached, PATHWAY_SHORTLIST_REJECTED), NULL, error) ||
          !add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_EMAIL_SENT, PATHWAY_INTERACTION_STATUS_COMPLETED,
                            now, 0, subject_details (ctx, &pathway_demo_update_subjects, job), NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* Statuses of shortlists: shortlisted, invited, interviewed, hired, rejected. Recent ones are
 * mostly under way; older ones mostly decided. */
static const guint recent_shortlist_weights[] = { 36, 24, 14, 4, 22 };
static const guint older_shortlist_weights[] = { 8, 4, 10, 18, 60 };
/* Matches that were not shortlisted: new, reviewed, dismissed. */
static const int unlisted_statuses[] = { PATHWAY_MATCH_NEW, PATHWAY_MATCH_REVIEWED, PATHWAY_MATCH_DISMISSED };
static const guint unlisted_weights[] = { 45, 35, 20 };

/* Candidate matches for a job, from students of its career goal who existed then; the best are
 * shortlisted and go through the pipeline, the others stay new, reviewed or dismissed. */
static gboolean
generate_shortlists (DemoContext  *ctx,
                     DemoJob      *job,
                     GError      **error)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (DemoCandidate));
  GArray *pool = ctx->students_by_goal[job->goal];
  gint64 recruiter_id = g_array_index (ctx->recruiters, DemoRecruiter, job->recruiter).id;
  gint64 first_look = step_after (ctx, job->created, 2 * DAY, 8);
  guint existing = students_before (ctx, first_look);
  guint n_pool, n_listed, n_wanted, n_sample;
  g_autofree guint *chosen = NULL;
  gboolean ok = TRUE;

  /* the students of the job's goal who had joined by then: a prefix of the goal's list */
  n_pool = 0;
  while (n_pool < pool->len && g_array_index (pool, guint, n_pool) < existing)
    n_pool++;
  if (n_pool == 0)
    return TRUE;

  /* a sample of the pool ranked by match, as the recruiter's list would show it: the best are
   * shortlisted, the next ones stay suggestions */
  n_listed = rand_range (ctx->rand, 1, 6);
  n_wanted = n_listed + rand_range (ctx->rand, 0, 4);
  n_sample = MIN (n_wanted + SAMPLE_EXTRA, n_pool);
  n_listed = MIN (n_listed, n_sample);
  n_wanted = MIN (n_wanted, n_sample);
  chosen = pick_distinct (ctx->rand, n_pool, n_sample);
  for (guint i = 0; i < n_sample; i++)
    {
      g_auto(DemoProfile) profile = { 0 };
      DemoCandidate candidate;

      candidate.student = g_array_index (pool, guint, chosen[i]);
      profile_build (ctx, STREAM_STUDENT, candidate.student, &profile);
      candidate.score = match_candidate (job, &profile, job->goal, &candidate.reasons);
      g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < n_wanted && ok; i++)
    {
      DemoCandidate *candidate = &g_array_index (candidates, DemoCandidate, i);
      g_autoptr(PathwayCandidateMatch) match = pathway_candidate_match_new ();
      gint64 student_id = g_array_index (ctx->student_ids, gint64, candidate->student);
      gint64 matched = step_after (ctx, first_look, 12 * HOUR, 8);
      gboolean listed = i < n_listed;

      match->recruiter_id = recruiter_id;
      match->job_id = job->id;
      match->candidate_id = student_id;
      match->match_score = candidate->score;
      match->match_reasons = g_steal_pointer (&candidate->reasons);
      match->status = listed ? PATHWAY_MATCH_SHORTLISTED
                             : unlisted_statuses[pick_weighted (ctx->rand, unlisted_weights, G_N_ELEMENTS (unlisted_weights))];
      match->created_at = at (ctx, matched);
      match->updated_at = at (ctx, match->status == PATHWAY_MATCH_NEW ? matched : step_after (ctx, matched, DAY, 8));
      ok = insert (ctx, &pathway_candidate_matches_table, match, error);

      if (ok && listed)
        {
          g_autoptr(PathwayShortlist) shortlist = pathway_shortlist_new ();
          gint64 shortlisted = step_after (ctx, matched, 2 * DAY, 8);

          shortlist->recruiter_id = recruiter_id;
          shortlist->job_id = job->id;
          shortlist->student_id = student_id;
          shortlist->match_score = (int) round (candidate->score);
          if (chance (ctx->rand, 0.35))
            shortlist->notes = g_strdup (pick (ctx->rand, &pathway_demo_shortlist_notes));
          shortlist->status = pick_weighted (ctx->rand, shortlisted > -45 * DAY ? recent_shortlist_weights
                                                                                : older_shortlist_weights, 5);
          /* a filled job hired its best candidate */
          if (job->status == PATHWAY_JOB_FILLED && i == 0)
            shortlist->status = PATHWAY_SHORTLIST_HIRED;
          shortlist->created_at = at (ctx, shortlisted);
          shortlist->source = chance (ctx->rand, 0.2) ? PATHWAY_SHORTLIST_SOURCE_EMAIL : PATHWAY_SHORTLIST_SOURCE_PLATFORM;
          ok = insert (ctx, &pathway_shortlists_table, shortlist, error) &&
               generate_pipeline (ctx, job, shortlist, matched, shortlisted, error);
        }
    }

  for (guint i = 0; i < candidates->len; i++)
    g_clear_pointer (&g_array_index (candidates, DemoCandidate, i).reasons, json_node_unref);
  return ok;
}

static gboolean
generate_job (DemoContext  *ctx,
              guint         n,
              GError      **error)
{
  /* active, paused, closed, filled: older jobs are more often over */
  static const guint recent_weights[] = { 80, 8, 7, 5 };
  static const guint older_weights[] = { 55, 10, 20, 15 };
  g_auto(DemoJob) job = { 0 };
  g_autoptr(PathwayJob) row = pathway_job_new ();
  g_autoptr(PathwayJobPosting) posting = pathway_job_posting_new ();
  g_autofree guint *extra = NULL;
  g_autofree char *where = NULL;
  g_autofree char *skills_text = NULL;
  g_autofree char *embedded = NULL;
  DemoRecruiter *recruiter;
  const PathwayDemoCity *city = NULL;
  guint n_template_skills = 0;
  guint n_skills;

  /* the first jobs go one to each recruiter, so everyone has some */
  job.recruiter = n < ctx->recruiters->len ? n : (guint) g_rand_int_range (ctx->rand, 0, ctx->recruiters->len);
  recruiter = &g_array_index (ctx->recruiters, DemoRecruiter, job.recruiter);
  job.template = &pathway_demo_jobs[g_rand_int_range (ctx->rand, 0, pathway_demo_n_jobs)];
  job.level = &pathway_demo_levels[g_rand_int_range (ctx->rand, 0, pathway_demo_n_levels)];
  job.company = &pathway_demo_companies[recruiter->company];
  job.title = g_strconcat (job.level->prefix, job.template->title, job.level->suffix, NULL);
  job.goal = goal_by_id (ctx, job.template->goal_id);
  job.created = -JOB_SPAN + JOB_SPAN * n / ctx->options->jobs + rand_range (ctx->rand, 0, 8 * HOUR);
  job.created = MIN (job.created, -HOUR);
  job.status = pick_weighted (ctx->rand, job.created < -180 * DAY ? older_weights : recent_weights, 4);
  if (recruiter->job_template < 0)
    {
      recruiter->job_template = job.template - pathway_demo_jobs;
      recruiter->job_level = job.level - pathway_demo_levels;
    }

  /* the template's first three skills, and some of the others */
  while (job.template->skills[n_template_skills] != NULL)
    n_template_skills++;
  n_skills = rand_range (ctx->rand, 4, 8);
  n_skills = MIN (n_skills, n_template_skills);
  extra = pick_distinct (ctx->rand, n_template_skills - 3, n_skills - 3);
  job.skills = g_ptr_array_new ();
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (job.skills, (gpointer) job.template->skills[i]);
  for (guint i = 0; i < n_skills - 3; i++)
    g_ptr_array_add (job.skills, (gpointer) job.template->skills[3 + extra[i]]);

  if (!chance (ctx->rand, 0.25))
    city = &pathway_demo_cities[g_rand_int_range (ctx->rand, 0, pathway_demo_n_cities)];
  where = city != NULL ? g_strdup_printf ("in %s", city->name) : g_strdup ("working remotely");

  row->recruiter_id = recruiter->id;
  row->title = g_strdup (job.title);
  row->description = job_description (ctx, &job, where);
  row->requirements = job_requirements (ctx, &job);
  row->location = g_strdup (city != NULL ? city->name : "Remote");
  row->status = job.status;
  row->created_at = at (ctx, job.created);

  posting->salary_min = PATHWAY_UNSET;
  posting->salary_max = PATHWAY_UNSET;
  if (chance (ctx->rand, 0.85))
    {
      double middle = job.template->salary * job.level->pay * (city != NULL ? city->pay_scale : 1.0) *
                      (0.92 + 0.16 * g_rand_double (ctx->rand));
      int unit = middle < 50000 ? 1000 : 5000;
      const char *currency = city != NULL ? city->currency : "$";
      GString *range = g_string_new (NULL);

      posting->salary_min = unit * (int) round (middle * 0.88 / unit);
      posting->salary_max = MAX (posting->salary_min + unit, unit * (int) round (middle * 1.12 / unit));
      g_string_append (range, currency);
      append_amount (range, posting->salary_min);
      g_string_append_printf (range, " – %s", currency);
      append_amount (range, posting->salary_max);
      row->salary_range = g_string_free (range, FALSE);
    }

  if (!insert (ctx, &pathway_jobs_table, row, error))
    return FALSE;
  job.id = row->id;

  posting->recruiter_id = recruiter->id;
  posting->title = g_strdup (row->title);
  posting->description = g_strdup (row->description);
  posting->requirements = json_node_copy (row->requirements);
  posting->skills = take_array (strings_to_json (job.skills));
  posting->location = g_strdup (row->location);
  posting->is_active = job.status == PATHWAY_JOB_ACTIVE;
  posting->created_at = g_date_time_ref (row->created_at);
  posting->updated_at = at (ctx, job.status == PATHWAY_JOB_ACTIVE ? job.created
                                 : step_after (ctx, job.created, 30 * DAY, 1));
  posting->job_id = job.id;
  posting->source = g_strdup ("pathway");
  posting->company = g_strdup (job.company->name);
  if (!insert (ctx, &pathway_job_postings_table, posting, error))
    return FALSE;

  if (n % ctx->shortlist_every != 0 || ctx->student_ids->len == 0)
    return TRUE;

  skills_text = join_strings (job.skills, ", ");
  embedded = g_strdup_printf ("%s. %s Skills: %s.", row->title, row->description, skills_text);
  job.vector = pathway_embedding_embed (embedded, PATHWAY_EMBEDDING_DIMS);
  return generate_shortlists (ctx, &job, error);
}

/* ───────────────────────────── e-mail applications ───────────────────────────── */

static gboolean
generate_application (DemoContext    *ctx,
                      DemoRecruiter  *recruiter,
                      GError        **error)
{
  g_autoptr(PathwayEmailApplication) application = pathway_email_application_new ();
  g_auto(DemoProfile) profile = { 0 };
  const PathwayDemoCompany *company = &pathway_demo_companies[recruiter->company];
  const PathwayDemoJobTemplate *template;
  const PathwayDemoLevel *level;
  g_autofree char *title = NULL;
  g_autofree char *skills_text = NULL;
  g_autofree char *opener = NULL;
  g_autofree char *middle = NULL;
  g_autofree char *who = NULL;
  g_autofree char *skills_list = NULL;
  g_autofree char *cv_name = NULL;
  g_autoptr(GString) content = g_string_new (NULL);
  g_autoptr(GString) cv = g_string_new (NULL);
  g_autofree char *haystack = NULL;
  JsonArray *attachments = json_array_new ();
  JsonArray *keywords = json_array_new ();
  JsonObject *attachment;
  gint64 hours_ago = rand_range (ctx->rand, 1, 120 * 24);
  gint64 received = -hours_ago * HOUR + rand_range (ctx->rand, 0, 59) * MINUTE;
  guint existing = students_before (ctx, received);
  guint n_keywords = 0;
  int bonus;

  template = recruiter->job_template >= 0 ? &pathway_demo_jobs[recruiter->job_template]
                                          : &pathway_demo_jobs[g_rand_int_range (ctx->rand, 0, pathway_demo_n_jobs)];
  level = &pathway_demo_levels[recruiter->job_level >= 0 ? recruiter->job_level : 3];
  title = g_strconcat (level->prefix, template->title, level->suffix, NULL);

  /* most come from students already in Pathway, the rest from people who are not */
  if (existing > 0 && chance (ctx->rand, 0.6))
    {
      guint student = g_rand_int_range (ctx->rand, 0, existing);

      profile_build (ctx, STREAM_STUDENT, student, &profile);
      application->student_id = g_array_index (ctx->student_ids, gint64, student);
      application->processed = chance (ctx->rand, 0.85);
    }
  else
    {
      profile_build (ctx, STREAM_APPLICANT, g_rand_int (ctx->rand), &profile);
      application->processed = chance (ctx->rand, 0.4);
    }

  application->recruiter_id = recruiter->id;
  application->sender_email = g_strdup (profile.email);
  application->sender_name = g_strdup (profile.name);
  application->subject = fill (pick (ctx->rand, &pathway_demo_application_subjects), "title", title,
                               "name", profile.name, "company", company->name, "city", profile.city, NULL);

  opener = fill (pick (ctx->rand, &pathway_demo_application_openers), "first", recruiter->first_name,
                 "company", company->name, NULL);
  /* "Undergraduate in …" becomes "an undergraduate in …" */
  who = g_strdup_printf ("%s %c%s", article (profile.who), g_ascii_tolower (profile.who[0]), profile.who + 1);
  skills_list = join_english (profile.skills, 3);
  middle = fill (pick (ctx->rand, &pathway_demo_application_middles), "who", who,
                 "goal", ((DemoGoal *) g_ptr_array_index (ctx->catalogue->goals, profile.goal))->goal->title,
                 "skills", skills_list, NULL);
  g_string_append_printf (content, "%s\n\nI am writing to apply for the %s position at %s. %s %s\n\nBest regards,\n%s",
                          opener, title, company->name, middle,
                          pick (ctx->rand, &pathway_demo_application_closers), profile.name);
  application->content = g_string_free (g_steal_pointer (&content), FALSE);

  skills_text = join_strings (profile.skills, ", ");
  g_string_append_printf (cv, "%s\n%s\n\nProfile\n%s\n\nSkills\n%s", profile.name, profile.email, profile.summary,
                          skills_text);
  cv_name = slug (profile.name);
  attachment = json_object_new ();
  if (chance (ctx->rand, 0.5))
    json_object_set_string_member (attachment, "filename", "cv.pdf");
  else
    {
      g_autofree char *filename = g_strdup_printf ("%s-cv.pdf", cv_name);

      json_object_set_string_member (attachment, "filename", filename);
    }
  json_object_set_int_member (attachment, "size", rand_range (ctx->rand, 60000, 900000));
  json_object_set_string_member (attachment, "mime_type", "application/pdf");
  json_object_set_string_member (attachment, "parsed_text", cv->str);
  json_array_add_object_element (attachments, attachment);
  if (chance (ctx->rand, 0.3))
    {
      attachment = json_object_new ();
      json_object_set_string_member (attachment, "filename", "cover-letter.pdf");
      json_object_set_int_member (attachment, "size", rand_range (ctx->rand, 30000, 200000));
      json_object_set_string_member (attachment, "mime_type", "application/pdf");
      json_object_set_string_member (attachment, "parsed_text", application->content);
      json_array_add_object_element (attachments, attachment);
    }
  application->attachments = take_array (attachments);
  application->received_at = at (ctx, received);

  /* the role's skills found in the e-mail and CV, and a priority that follows from them */
  haystack = g_ascii_strdown (cv->str, -1);
  for (guint i = 0; template->skills[i] != NULL; i++)
    {
      g_autofree char *needle = g_ascii_strdown (template->skills[i], -1);

      if (strstr (haystack, needle) != NULL)
        {
          json_array_add_string_element (keywords, template->skills[i]);
          n_keywords++;
        }
    }
  application->keywords_matched = take_array (keywords);
  bonus = rand_range (ctx->rand, 0, 15);
  application->priority_score = MIN (100, 15 + 15 * (int) n_keywords + bonus + (application->student_id != 0 ? 10 : 0));
  return insert (ctx, &pathway_email_applications_table, application, error);
}

/* ───────────────────────────── the whole run ───────────────────────────── */

gboolean
pathway_demo_options_check (const PathwayDemoOptions  *options,
                            GError                   **error)
{
  g_return_val_if_fail (options != NULL, FALSE);

  if (options->students > PATHWAY_DEMO_MAX_COUNT || options->recruiters > PATHWAY_DEMO_MAX_COUNT ||
      options->jobs > PATHWAY_DEMO_MAX_COUNT)
    {
      g_set_error (error, PATHWAY_DEMO_DATA_ERROR, PATHWAY_DEMO_DATA_ERROR_INVALID,
                   _("Demo data has at most %d students, %d recruiters and %d jobs."),
                   PATHWAY_DEMO_MAX_COUNT, PATHWAY_DEMO_MAX_COUNT, PATHWAY_DEMO_MAX_COUNT);
      return FALSE;
    }

  if (options->jobs > 0 && (options->students == 0 || options->recruiters == 0))
    {
      g_set_error (error, PATHWAY_DEMO_DATA_ERROR, PATHWAY_DEMO_DATA_ERROR_INVALID,
                   _("Jobs need at least one recruiter to post them and one student to apply."));
      return FALSE;
    }

  if (options->students == 0 && options->recruiters == 0)
    {
      g_set_error (error, PATHWAY_DEMO_DATA_ERROR, PATHWAY_DEMO_DATA_ERROR_INVALID,
                   _("There is nothing to make: ask for at least one student or one recruiter."));
      return FALSE;
    }

  return TRUE;
}

/* The number of people in the database, or -1 with error set. */
gint64
pathway_demo_data_count_users (PathwayDb  *db,
                               GError    **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), -1);

  return pathway_row_count (db, &pathway_users_table, NULL, 0, error);
}

static void
context_clear (DemoContext *ctx)
{
  g_clear_pointer (&ctx->transaction, pathway_transaction_free); /* rolls back an unfinished batch */
  g_clear_pointer (&ctx->catalogue, catalogue_free);
  g_clear_pointer (&ctx->rand, g_rand_free);
  g_clear_pointer (&ctx->anchor, g_date_time_unref);
  g_clear_pointer (&ctx->recruiters, g_array_unref);
  g_clear_pointer (&ctx->student_ids, g_array_unref);
  for (guint i = 0; i < ctx->n_goals; i++)
    {
      g_array_unref (ctx->students_by_goal[i]);
      for (guint j = 0; j < NEIGHBOUR_RING; j++)
        g_clear_pointer (&ctx->rings[i].vectors[j], pathway_vector_free);
    }
  g_clear_pointer (&ctx->students_by_goal, g_free);
  g_clear_pointer (&ctx->rings, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoContext, context_clear)

/* Fills an empty database with demo data: recruiters, then students with their onboarding,
 * profile summary and vector; plans with months, days, quizzes and attempts for the first
 * MAX_PLAN_STUDENTS students; jobs and their postings, with matches, shortlists and the
 * interactions of each shortlist for up to MAX_SHORTLIST_JOBS jobs; and e-mail applications
 * to each recruiter. Fails with PATHWAY_DEMO_DATA_ERROR_NOT_EMPTY when the database already has
 * people in it, and writes nothing then. */
gboolean
pathway_demo_data_generate (PathwayDb                 *db,
                            const PathwayDemoOptions  *options,
                            PathwayProgressFunc        progress,
                            gpointer                   progress_data,
                            GError                   **error)
{
  guint32 seeds[2];
  g_auto(DemoContext) ctx = { 0 };
  g_autoptr(GHashTable) emails = NULL;
  guint n_plans;
  gint64 n_users;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pathway_demo_options_check (options, error))
    return FALSE;

  ctx.db = db;
  ctx.options = options;
  ctx.progress = progress;
  ctx.progress_data = progress_data;
  ctx.catalogue = catalogue_load ();

  ctx.transaction = pathway_db_begin (db, error);
  if (ctx.transaction == NULL)
    return FALSE;

  /* inside the transaction, so nobody can add a person between the check and the first row */
  n_users = pathway_demo_data_count_users (db, error);
  if (n_users < 0)
    return FALSE;
  if (n_users > 0)
    {
      g_set_error (error, PATHWAY_DEMO_DATA_ERROR, PATHWAY_DEMO_DATA_ERROR_NOT_EMPTY,
                   _("“%s” already holds people. Demo data goes into an empty database; "
                     "choose a new file with --database."),
                   pathway_db_get_path (db));
      return FALSE;
    }

  seeds[0] = options->seed;
  seeds[1] = STREAM_MAIN;
  ctx.rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  ctx.anchor = g_date_time_new_utc (2026, 9, 1, 9, 0, 0);
  ctx.recruiters = g_array_sized_new (FALSE, FALSE, sizeof (DemoRecruiter), options->recruiters);
  ctx.student_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), options->students);
  ctx.students_by_goal = g_new0 (GArray *, ctx.catalogue->goals->len);
  ctx.rings = g_new0 (DemoRing, ctx.catalogue->goals->len);
  for (; ctx.n_goals < ctx.catalogue->goals->len; ctx.n_goals++)
    ctx.students_by_goal[ctx.n_goals] = g_array_new (FALSE, FALSE, sizeof (guint));

  n_plans = MIN (options->students, MAX_PLAN_STUDENTS);
  ctx.shortlist_every = MAX (1, (options->jobs + MAX_SHORTLIST_JOBS - 1) / MAX_SHORTLIST_JOBS);
  ctx.work_total = (double) options->recruiters * WORK_RECRUITER + (double) options->students * WORK_STUDENT +
                   (double) n_plans * WORK_PLAN + (double) options->jobs * WORK_JOB +
                   (double) MIN (options->jobs, MAX_SHORTLIST_JOBS) * WORK_SHORTLIST;

  emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < options->recruiters; i++)
    {
      if (!generate_recruiter (&ctx, i, emails, error))
        return FALSE;
      ctx.work_done += WORK_RECRUITER / 2.0;
    }

  for (guint i = 0; i < options->students; i++)
    {
      if (!generate_student (&ctx, i, error))
        return FALSE;
      ctx.work_done += WORK_STUDENT;
    }

  for (guint i = 0; i < n_plans; i++)
    {
      if (!generate_plan (&ctx, i, error))
        return FALSE;
      ctx.work_done += WORK_PLAN;
    }

  for (guint i = 0; i < options->jobs; i++)
    {
      if (!generate_job (&ctx, i, error))
        return FALSE;
      ctx.work_done += WORK_JOB + (i % ctx.shortlist_every == 0 ? WORK_SHORTLIST : 0);
    }

  for (guint i = 0; i < ctx.recruiters->len; i++)
    {
      DemoRecruiter *recruiter = &g_array_index (ctx.recruiters, DemoRecruiter, i);
      guint n_applications = rand_range (ctx.rand, 2, 6);

      for (guint a = 0; a < n_applications; a++)
        if (!generate_application (&ctx, recruiter, error))
          return FALSE;
      ctx.work_done += WORK_RECRUITER / 2.0;
    }

  if (!pathway_transaction_commit (ctx.transaction, error))
    return FALSE;
  g_clear_pointer (&ctx.transaction, pathway_transaction_free);

  ctx.work_done = ctx.work_total;
  report_progress (&ctx);
  return TRUE;
}
