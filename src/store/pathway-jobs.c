/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-jobs"

#include "config.h"

#include "pathway-jobs.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-json.h"
#include "pathway-rows.h"
#include "pathway-text-lists.h"

#define LOCATION_MAX 100

PathwayJobDraft *
pathway_job_draft_new (void)
{
  PathwayJobDraft *draft = g_new0 (PathwayJobDraft, 1);

  draft->salary_min = PATHWAY_UNSET;
  draft->salary_max = PATHWAY_UNSET;
  draft->status = PATHWAY_JOB_ACTIVE;
  return draft;
}

void
pathway_job_draft_free (PathwayJobDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->title);
  g_free (draft->description);
  g_strfreev (draft->requirements);
  g_strfreev (draft->skills);
  g_free (draft->location);
  g_free (draft->company);
  g_free (draft);
}

/* "$70,000": the amount with a separator every three digits. */
static char *
format_money (int amount)
{
  g_autofree char *digits = g_strdup_printf ("%d", amount);
  GString *text = g_string_new ("$");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }

  return g_string_free (text, FALSE);
}

/* jobs.salary_range, always derived from the posting's numbers so the two never disagree:
 * "$70,000 – $90,000", "$70,000+", "≤ $90,000", or NULL when neither is given. */
char *
pathway_jobs_format_salary (int salary_min,
                            int salary_max)
{
  g_autofree char *min = salary_min != PATHWAY_UNSET ? format_money (salary_min) : NULL;
  g_autofree char *max = salary_max != PATHWAY_UNSET ? format_money (salary_max) : NULL;

  if (min != NULL && max != NULL)
    return salary_min == salary_max ? g_steal_pointer (&min) : g_strdup_printf ("%s – %s", min, max);
  if (min != NULL)
    return g_strdup_printf ("%s+", min);
  if (max != NULL)
    return g_strdup_printf ("≤ %s", max);
  return NULL;
}

/* message says which salary is wrong. */
static gboolean
check_salary (int          salary,
              const char  *message,
              GError     **error)
{
  if (salary == PATHWAY_UNSET || salary >= 0)
    return TRUE;

  pathway_store_set_invalid (error, "%s", message);
  return FALSE;
}

static gboolean
check_draft (const PathwayJobDraft  *draft,
             GError                **error)
{
  g_autofree char *title = g_strstrip (g_strdup (draft->title != NULL ? draft->title : ""));
  glong length;

  if (!g_utf8_validate (title, -1, NULL) ||
      (draft->description != NULL && !g_utf8_validate (draft->description, -1, NULL)) ||
      (draft->location != NULL && !g_utf8_validate (draft->location, -1, NULL)))
    {
      pathway_store_set_invalid (error, _("The job holds text that is not valid UTF-8."));
      return FALSE;
    }

  length = g_utf8_strlen (title, -1);
  if (length == 0)
    {
      pathway_store_set_invalid (error, _("A job needs a title."));
      return FALSE;
    }
  if (length > PATHWAY_JOB_TITLE_MAX)
    {
      pathway_store_set_invalid (error, _("The job’s title is %ld characters long; it can have up to %d."),
                                 length, PATHWAY_JOB_TITLE_MAX);
      return FALSE;
    }

  if (draft->description == NULL || pathway_json_is_blank (draft->description))
    {
      pathway_store_set_invalid (error, _("A job needs a description: what the work is and who would do it well."));
      return FALSE;
    }

  if (draft->location != NULL && g_utf8_strlen (draft->location, -1) > LOCATION_MAX)
    {
      pathway_store_set_invalid (error, _("The job’s location can have up to %d characters."), LOCATION_MAX);
      return FALSE;
    }

  if (!check_salary (draft->salary_min, _("The minimum salary cannot be negative."), error) ||
      !check_salary (draft->salary_max, _("The maximum salary cannot be negative."), error))
    return FALSE;

  if (draft->salary_min != PATHWAY_UNSET && draft->salary_max != PATHWAY_UNSET &&
      draft->salary_max < draft->salary_min)
    {
      g_autofree char *min = format_money (draft->salary_min);
      g_autofree char *max = format_money (draft->salary_max);

      pathway_store_set_invalid (error, _("The maximum salary (%s) is below the minimum (%s)."), max, min);
      return FALSE;
    }

  return TRUE;
}

static void
fill_job (PathwayJob            *job,
          const PathwayJobDraft *draft)
{
  g_autofree char *location = pathway_text_dup_stripped (draft->location);

  if (draft->recruiter_id != 0)
    job->recruiter_id = draft->recruiter_id;

  g_free (job->title);
  job->title = g_strstrip (g_strdup (draft->title));
  g_free (job->description);
  job->description = g_strdup (draft->description);
  g_clear_pointer (&job->requirements, json_node_unref);
  job->requirements = pathway_text_list_to_json ((const char * const *) draft->requirements);
  g_free (job->location);
  job->location = location != NULL ? g_steal_pointer (&location) : g_strdup ("Remote");
  g_free (job->salary_range);
  job->salary_range = pathway_jobs_format_salary (draft->salary_min, draft->salary_max);
  job->status = draft->status;
}

static void
fill_posting (PathwayJobPosting     *posting,
              const PathwayJob      *job,
              const PathwayJobDraft *draft)
{
  posting->recruiter_id = job->recruiter_id;
  posting->job_id = job->id;
  g_free (posting->title);
  posting->title = g_strdup (job->title);
  g_free (posting->description);
  posting->description = g_strdup (job->description);
  g_clear_pointer (&posting->requirements, json_node_unref);
  posting->requirements = json_node_copy (job->requirements);
  g_clear_pointer (&posting->skills, json_node_unref);
  posting->skills = pathway_skill_list_to_json ((const char * const *) draft->skills);
  g_free (posting->location);
  posting->location = g_strdup (job->location);
  posting->salary_min = draft->salary_min;
  posting->salary_max = draft->salary_max;
  posting->is_active = job->status == PATHWAY_JOB_ACTIVE;
  if (posting->source == NULL)
    posting->source = g_strdup ("pathway");
  g_free (posting->company);
  posting->company = pathway_text_dup_stripped (draft->company);
}

/* The job's posting, or a new one when it has none yet; NULL only on an error. */
static PathwayJobPosting *
find_posting (PathwayDb  *db,
              gint64      job_id,
              gboolean   *found,
              GError    **error)
{
  const gint64 values[] = { job_id };
  g_autoptr(GError) local_error = NULL;
  PathwayJobPosting *posting;

  posting = pathway_row_find_optional (db, &pathway_job_postings_table, "job_id = ?1", values, 1, &local_error);
  *found = posting != NULL;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return posting != NULL ? posting : pathway_job_posting_new ();
}

/* Inserts the draft as a new job (id 0) or updates the job it names, and the job's posting with
 * it, in one transaction. Returns the job's id, or 0 with an error saying what to fix. */
gint64
pathway_jobs_save (PathwayDb              *db,
                   const PathwayJobDraft  *draft,
                   GError                **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayJob) job = NULL;
  g_autoptr(PathwayJobPosting) posting = NULL;
  gboolean has_posting = FALSE;

  g_return_val_if_fail (PATHWAY_IS_DB (db), 0);
  g_return_val_if_fail (draft != NULL, 0);
  g_return_val_if_fail (draft->id != 0 || draft->recruiter_id > 0, 0);
  g_return_val_if_fail (draft->status >= PATHWAY_JOB_ACTIVE && draft->status <= PATHWAY_JOB_FILLED, 0);

  if (!check_draft (draft, error))
    return 0;

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return 0;

  job = draft->id != 0 ? pathway_jobs_get (db, draft->id, error) : pathway_job_new ();
  if (job == NULL)
    return 0;

  fill_job (job, draft);
  if (!(draft->id != 0 ? pathway_jobs_update (db, job, error) : pathway_jobs_insert (db, job, error)))
    return 0;

  posting = find_posting (db, job->id, &has_posting, error);
  if (posting == NULL)
    return 0;

  fill_posting (posting, job, draft);
  if (!(has_posting ? pathway_job_postings_update (db, posting, error)
                    : pathway_job_postings_insert (db, posting, error)) ||
      !pathway_transaction_commit (transaction, error))
    return 0;

  return job->id;
}

/* The job and its posting as one draft, for editing. */
PathwayJobDraft *
pathway_jobs_load (PathwayDb  *db,
                   gint64      job_id,
                   GError    **error)
{
  g_autoptr(PathwayJob) job = NULL;
  g_autoptr(PathwayJobPosting) posting = NULL;
  g_autoptr(PathwayJobDraft) draft = NULL;
  gboolean has_posting = FALSE;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  job = pathway_jobs_get (db, job_id, error);
  if (job == NULL)
    return NULL;

  posting = find_posting (db, job_id, &has_posting, error);
  if (posting == NULL)
    return NULL;

  draft = pathway_job_draft_new ();
  draft->id = job->id;
  draft->recruiter_id = job->recruiter_id;
  draft->title = g_steal_pointer (&job->title);
  draft->description = g_steal_pointer (&job->description);
  draft->requirements = pathway_text_list_from_json (job->requirements);
  draft->skills = pathway_text_list_from_json (posting->skills);
  draft->location = g_steal_pointer (&job->location);
  draft->salary_min = posting->salary_min;
  draft->salary_max = posting->salary_max;
  draft->status = job->status;
  draft->company = g_steal_pointer (&posting->company);
  return g_steal_pointer (&draft);
}

static gboolean
update_by_id (PathwayDb   *db,
              const char  *sql,
              gint64       id,
              int          value,
              const char  *text,
              gboolean     must_change,
              GError     **error)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int (stmt, 2, value);

  if (!pathway_db_step_done (db, stmt, _("job"), error))
    return FALSE;

  if (must_change && sqlite3_changes (pathway_db_get_handle (db)) == 0)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND,
                   _("The job is no longer in the database."));
      return FALSE;
    }

  return TRUE;
}

/* Opens, pauses, closes or fills a job; its posting is active exactly while the job is. */
gboolean
pathway_jobs_set_status (PathwayDb         *db,
                         gint64             job_id,
                         PathwayJobStatus   status,
                         GError           **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (status >= PATHWAY_JOB_ACTIVE && status <= PATHWAY_JOB_FILLED, FALSE);

  transaction = pathway_db_begin (db, error);
  return transaction != NULL &&
         update_by_id (db, "UPDATE jobs SET status = ?2 WHERE id = ?1", job_id, 0,
                       pathway_job_status_nicks[status], TRUE, error) &&
         update_by_id (db, "UPDATE job_postings SET is_active = ?2 WHERE job_id = ?1", job_id,
                       status == PATHWAY_JOB_ACTIVE, NULL, FALSE, error) &&
         pathway_transaction_commit (transaction, error);
}
