/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-data.h"

#include <glib/gi18n.h>

#include "pathway-demo-private.h"
#include "pathway-rows.h"

/* Demo data for demonstrations and benchmarks, made only of seeded random choices: the same seed
 * and counts give byte-identical databases. Every timestamp is an offset from a fixed anchor, never
 * the wall clock, so a database made today equals one made next year.
 *
 * This file holds the options and the order of the work; the rest is spread over files by what
 * they make: pathway-demo-people.c (recruiters and students), -learning.c and -days.c (plans),
 * -recruiting.c (jobs and e-mail applications) and -pipeline.c (matches, shortlists and
 * interactions), on the helpers of -profiles.c, -choices.c, -text.c and -catalogue.c.
 * pathway-demo-batches.c writes the rows, and says how and why. */

/* Only the first students get learning plans, and only every so many jobs (evenly over the year,
 * so that there are recent pipelines and settled ones) get shortlists, so that 100,000 of each
 * stays fast and small while those views still have plenty to show. */
#define MAX_PLAN_STUDENTS  2000
#define MAX_SHORTLIST_JOBS 5000

/* Rough rows per unit of work, for progress. */
#define WORK_RECRUITER 5
#define WORK_STUDENT   4
#define WORK_PLAN      120
#define WORK_JOB       2
#define WORK_SHORTLIST 20

G_DEFINE_QUARK (pathway-demo-data-error-quark, pathway_demo_data_error)

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

/* TRUE when the database holds nobody yet, else FALSE with PATHWAY_DEMO_DATA_ERROR_NOT_EMPTY, or
 * with the error that stopped the count. */
gboolean
pathway_demo_data_check_empty (PathwayDb  *db,
                               GError    **error)
{
  gint64 n_users;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);

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

  return TRUE;
}

static void
context_init (DemoContext               *ctx,
              PathwayDb                 *db,
              const PathwayDemoOptions  *options,
              PathwayProgressFunc        progress,
              gpointer                   progress_data)
{
  const guint32 seeds[] = { options->seed, STREAM_MAIN };
  guint n_plans = MIN (options->students, MAX_PLAN_STUDENTS);

  ctx->db = db;
  ctx->options = options;
  ctx->progress = progress;
  ctx->progress_data = progress_data;
  ctx->catalogue = _pathway_demo_catalogue_load ();
  _pathway_demo_batches_init (ctx);

  ctx->rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  ctx->anchor = g_date_time_new_utc (2026, 9, 1, 9, 0, 0);
  ctx->recruiters = g_array_sized_new (FALSE, FALSE, sizeof (DemoRecruiter), options->recruiters);
  ctx->student_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), options->students);
  ctx->current_days = g_array_sized_new (FALSE, FALSE, sizeof (DemoCurrentDay), n_plans);
  ctx->students_by_goal = g_new0 (GArray *, ctx->catalogue->goals->len);
  ctx->rings = g_new0 (DemoRing, ctx->catalogue->goals->len);
  for (; ctx->n_goals < ctx->catalogue->goals->len; ctx->n_goals++)
    ctx->students_by_goal[ctx->n_goals] = g_array_new (FALSE, FALSE, sizeof (guint));

  ctx->shortlist_every = MAX (1, (options->jobs + MAX_SHORTLIST_JOBS - 1) / MAX_SHORTLIST_JOBS);
  ctx->work_total = (double) options->recruiters * WORK_RECRUITER + (double) options->students * WORK_STUDENT +
                    (double) n_plans * WORK_PLAN + (double) options->jobs * WORK_JOB +
                    (double) MIN (options->jobs, MAX_SHORTLIST_JOBS) * WORK_SHORTLIST;
}

static void
context_clear (DemoContext *ctx)
{
  _pathway_demo_batches_clear (ctx);
  g_clear_pointer (&ctx->catalogue, _pathway_demo_catalogue_free);
  g_clear_pointer (&ctx->rand, g_rand_free);
  g_clear_pointer (&ctx->anchor, g_date_time_unref);
  g_clear_pointer (&ctx->recruiters, g_array_unref);
  g_clear_pointer (&ctx->student_ids, g_array_unref);
  g_clear_pointer (&ctx->current_days, g_array_unref);
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

/* Recruiters, then students, plans for the first of them, jobs, and e-mail applications to each
 * recruiter: each step finds the people of the steps before it. */
static gboolean
generate_all (DemoContext  *ctx,
              GError      **error)
{
  const PathwayDemoOptions *options = ctx->options;
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_plans = MIN (options->students, MAX_PLAN_STUDENTS);

  for (guint i = 0; i < options->recruiters; i++)
    {
      if (!_pathway_demo_generate_recruiter (ctx, i, emails, error))
        return FALSE;
      ctx->work_done += WORK_RECRUITER / 2.0;
    }

  for (guint i = 0; i < options->students; i++)
    {
      if (!_pathway_demo_generate_student (ctx, i, error))
        return FALSE;
      ctx->work_done += WORK_STUDENT;
    }

  for (guint i = 0; i < n_plans; i++)
    {
      if (!_pathway_demo_generate_plan (ctx, i, error))
        return FALSE;
      ctx->work_done += WORK_PLAN;
    }

  /* the students' rows point at their plans, which have to be written first */
  if (!_pathway_demo_flush (ctx, error) || !_pathway_demo_set_current_days (ctx, error))
    return FALSE;

  for (guint i = 0; i < options->jobs; i++)
    {
      if (!_pathway_demo_generate_job (ctx, i, error))
        return FALSE;
      ctx->work_done += WORK_JOB + (i % ctx->shortlist_every == 0 ? WORK_SHORTLIST : 0);
    }

  for (guint i = 0; i < ctx->recruiters->len; i++)
    {
      DemoRecruiter *recruiter = &g_array_index (ctx->recruiters, DemoRecruiter, i);
      guint n_applications = rand_range (ctx->rand, 2, 6);

      for (guint a = 0; a < n_applications; a++)
        if (!_pathway_demo_generate_application (ctx, recruiter, error))
          return FALSE;
      ctx->work_done += WORK_RECRUITER / 2.0;
    }

  return TRUE;
}

/* Fills an empty database with demo data: recruiters, then students with their onboarding,
 * profile summary, vector and preferences; plans with months, days, quizzes and attempts for the
 * first MAX_PLAN_STUDENTS students; jobs and their postings, with matches, shortlists and the
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
  g_auto(DemoContext) ctx = { 0 };

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pathway_demo_options_check (options, error))
    return FALSE;

  context_init (&ctx, db, options, progress, progress_data);
  if (!_pathway_demo_begin (&ctx, error))
    return FALSE;

  /* inside the transaction, so nobody can add a person between the check and the first row */
  if (!pathway_demo_data_check_empty (db, error) || !generate_all (&ctx, error))
    return FALSE;

  ctx.work_done = ctx.work_total;
  return _pathway_demo_commit (&ctx, error);
}
