/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <math.h>

#include "pathway-catalogue.h"
#include "pathway-demo-data.h"
#include "pathway-demo-words.h"
#include "pathway-matching.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* What the files of `pathway-cli demo-data` share: the generator's state, the people and jobs it
 * has made so far, and the seeded choices everything is made of. pathway-demo-data.c says why the
 * data is made the way it is. */

#define MINUTE ((gint64) 60)
#define HOUR   (60 * MINUTE)
#define DAY    (24 * HOUR)

/* Times are seconds from the anchor, 2026-09-01T09:00:00Z: negative is before it. Students joined
 * over the two years before it, recruiters before them, and jobs were posted over the last year. */
#define STUDENT_SPAN   (730 * DAY)
#define RECRUITER_SPAN (120 * DAY)
#define JOB_SPAN       (365 * DAY)

/* Separate random streams: a student's profile depends only on the seed and the student's number,
 * so it can be made again when a later step (a shortlist, an e-mail) needs that student. Each
 * student's preferences have a stream of their own too, so that adding them changed nothing that
 * was made before them. */
#define STREAM_MAIN        0x4d41494e /* "MAIN" */
#define STREAM_STUDENT     0x53545544 /* "STUD" */
#define STREAM_APPLICANT   0x4150504c /* "APPL" */
#define STREAM_PREFERENCES 0x50524546 /* "PREF" */

/* How many earlier students of each goal a profile may name as graph neighbours. */
#define NEIGHBOUR_RING 32

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

DemoCatalogue *_pathway_demo_catalogue_load  (void);
void           _pathway_demo_catalogue_free  (DemoCatalogue *catalogue);
guint          _pathway_demo_catalogue_find  (DemoCatalogue *catalogue,
                                              const char    *goal_id);

static inline const DemoGoal *
demo_goal (DemoCatalogue *catalogue,
           guint          i)
{
  return g_ptr_array_index (catalogue->goals, i);
}

static inline const char *
month_topic (const PathwayCatalogueMonth *month,
             guint                        i)
{
  return month->topics[i % g_strv_length (month->topics)];
}

static inline const char *
month_skill (const PathwayCatalogueMonth *month,
             guint                        i)
{
  return month->skills[i % g_strv_length (month->skills)];
}

/* ───────────────────────────── seeded choices ───────────────────────────── */

/* Each random draw is a statement of its own, or the only draw in its expression: C leaves the
 * order of function arguments and of operands unspecified, and MIN() and MAX() evaluate an
 * argument twice, either of which would make the data depend on the compiler. */
static inline int
rand_range (GRand *rand,
            int    low,
            int    high)
{
  return g_rand_int_range (rand, low, high + 1); /* both ends included */
}

static inline gboolean
chance (GRand  *rand,
        double  probability)
{
  return g_rand_double (rand) < probability;
}

static inline const char *
pick (GRand                 *rand,
      const PathwayDemoList *list)
{
  return list->items[g_rand_int_range (rand, 0, list->n_items)];
}

guint  _pathway_demo_pick_weighted  (GRand       *rand,
                                     const guint *weights,
                                     guint        n_weights);
guint *_pathway_demo_pick_distinct  (GRand       *rand,
                                     guint        limit,
                                     guint        n);
char  *_pathway_demo_random_string  (GRand       *rand,
                                     const char  *alphabet,
                                     guint        length);
char  *_pathway_demo_make_phone     (GRand       *rand);

/* json-glib 1.6 writes doubles with 17 significant digits (0.85 becomes 0.84999999999999998).
 * Multiples of a power of two print exactly, so weights and scores are rounded to those. */
static inline double
round_to_64ths (double value)
{
  return round (value * 64) / 64;
}

static inline double
round_to_quarters (double value)
{
  return round (value * 4) / 4;
}

/* ───────────────────────────── text ───────────────────────────── */

char       *_pathway_demo_fill          (const char *template,
                                         ...) G_GNUC_NULL_TERMINATED G_GNUC_WARN_UNUSED_RESULT;
char       *_pathway_demo_join_english  (GPtrArray  *items,
                                         guint       max_items);
char       *_pathway_demo_join_strings  (GPtrArray  *items,
                                         const char *separator);
GStrv       _pathway_demo_strv          (GPtrArray  *items);
char       *_pathway_demo_slug          (const char *name);
void        _pathway_demo_append_amount (GString    *text,
                                         int         amount);
const char *_pathway_demo_article       (const char *noun);
JsonNode   *_pathway_demo_strings_node  (GPtrArray  *strings);

static inline JsonNode *
take_array (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}

static inline JsonNode *
take_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
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
  GPtrArray                *queues;           /* DemoQueue *: rows waiting to be written, by table */
  GArray                   *inserts;          /* DemoInsert: the SQL for each table, columns and row count */

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
  GArray                   *current_days;     /* DemoCurrentDay, of the students with plans */
} DemoContext;

void     _pathway_demo_batches_init  (DemoContext         *ctx);
void     _pathway_demo_batches_clear (DemoContext         *ctx);
gboolean _pathway_demo_begin         (DemoContext         *ctx,
                                      GError             **error);
gboolean _pathway_demo_insert        (DemoContext         *ctx,
                                      const PathwayTable  *table,
                                      gpointer             record,
                                      gint64              *id,
                                      GError             **error);
gboolean _pathway_demo_flush         (DemoContext         *ctx,
                                      GError             **error);
gboolean _pathway_demo_commit        (DemoContext         *ctx,
                                      GError             **error);

static inline GDateTime *
at (DemoContext *ctx,
    gint64       seconds)
{
  return g_date_time_add_seconds (ctx->anchor, (gdouble) seconds);
}

static inline char *
format_at (DemoContext *ctx,
           gint64       seconds,
           const char  *format)
{
  g_autoptr(GDateTime) datetime = at (ctx, seconds);

  return g_date_time_format (datetime, format);
}

gint64 _pathway_demo_step_after (DemoContext *ctx,
                                 gint64       now,
                                 gint64       typical,
                                 guint        steps_left);

/* ───────────────────────────── people ───────────────────────────── */

typedef struct {
  const char            *first_name;
  char                  *name;
  char                  *who;             /* "Undergraduate in statistics at …", "Self-taught learner" */
  char                  *email;
  int                    grade;           /* PathwayGrade */
  guint                  goal;
  int                    second_goal;     /* -1 for none */
  GPtrArray             *skills;          /* const char *, catalogue spelling, in the order taught */
  GPtrArray             *interests;       /* const char * */
  const char            *time_commitment;
  const PathwayDemoCity *city;
  char                  *summary;
  char                  *phone;
  gboolean               phone_verified;
  gboolean               github;
  int                    recruiter;       /* who entered them, an index into recruiters; -1 for none */
  int                    source;          /* PathwayUserSource */
  gint64                 created;
  PathwayVector         *vector;          /* made when first asked for */
} DemoProfile;

void           _pathway_demo_profile_build      (DemoContext *ctx,
                                                 guint32      stream,
                                                 guint        n,
                                                 DemoProfile *profile);
void           _pathway_demo_profile_clear      (DemoProfile *profile);
PathwayVector *_pathway_demo_profile_vector     (DemoProfile *profile);
PathwayCandidatePreferences *
               _pathway_demo_preferences_build  (DemoContext       *ctx,
                                                 guint              n,
                                                 const DemoProfile *profile);
gint64         _pathway_demo_student_created    (DemoContext *ctx,
                                                 guint        n);
guint          _pathway_demo_students_before    (DemoContext *ctx,
                                                 gint64       time);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoProfile, _pathway_demo_profile_clear)

gboolean _pathway_demo_generate_recruiter (DemoContext  *ctx,
                                           guint         n,
                                           GHashTable   *emails,
                                           GError      **error);
gboolean _pathway_demo_generate_student   (DemoContext  *ctx,
                                           guint         n,
                                           GError      **error);

/* ───────────────────────────── learning ───────────────────────────── */

/* Where a student with a plan has got to, for their user row. */
typedef struct {
  gint64 user_id;
  gint64 plan_id;
  int    month_index;
  int    day;
} DemoCurrentDay;

/* One lesson of a plan as the student went through it: when, how long, how it ended. */
typedef struct {
  gint64 start;
  gint64 end;
  int    time_spent;
  int    attempts;
  int    status;   /* PathwayDayStatus */
} DemoDay;

gboolean _pathway_demo_generate_plan       (DemoContext                 *ctx,
                                            guint                        n,
                                            GError                     **error);
gboolean _pathway_demo_set_current_days    (DemoContext                 *ctx,
                                            GError                     **error);
gboolean _pathway_demo_generate_day        (DemoContext                 *ctx,
                                            gint64                       user_id,
                                            gint64                       plan_id,
                                            const PathwayCatalogueMonth *month,
                                            guint                        month_index,
                                            guint                        day_number,
                                            const DemoDay               *day,
                                            GError                     **error);
gboolean _pathway_demo_generate_locked_day (DemoContext                 *ctx,
                                            gint64                       user_id,
                                            gint64                       plan_id,
                                            guint                        month_index,
                                            guint                        day_number,
                                            gint64                       opened,
                                            GError                     **error);

/* ───────────────────────────── recruiting ───────────────────────────── */

typedef struct {
  gint64                        id;
  guint                         recruiter;
  const PathwayDemoJobTemplate *template;
  const PathwayDemoLevel       *level;
  const PathwayDemoCompany     *company;
  char                         *title;
  guint                         goal;
  GPtrArray                    *skills;   /* const char * */
  PathwayMatchJob              *match;    /* what students are scored against; jobs with matches only */
  gint64                        created;
  int                           status;   /* PathwayJobStatus */
} DemoJob;

double   _pathway_demo_salary               (GRand                        *rand,
                                             const PathwayDemoJobTemplate *template,
                                             const PathwayDemoLevel       *level,
                                             const PathwayDemoCity        *city);
int      _pathway_demo_salary_unit          (double                        salary);
gboolean _pathway_demo_generate_job         (DemoContext                  *ctx,
                                             guint                         n,
                                             GError                      **error);
gboolean _pathway_demo_generate_shortlists  (DemoContext                  *ctx,
                                             DemoJob                      *job,
                                             GError                      **error);
gboolean _pathway_demo_generate_application (DemoContext                  *ctx,
                                             DemoRecruiter                *recruiter,
                                             GError                      **error);

G_END_DECLS
