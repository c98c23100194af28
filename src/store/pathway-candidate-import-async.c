/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidate-import-async"

#include "config.h"

#include "pathway-candidate-import-async.h"

#include "pathway-candidates.h"

typedef struct {
  gint64  recruiter_id;
  GBytes *bytes;
} ImportData;

typedef struct {
  gint64   id;
  gboolean updated;
} ImportResult;

static void
import_data_free (ImportData *data)
{
  g_bytes_unref (data->bytes);
  g_free (data);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(PathwayDb) db = NULL;
  g_autofree ImportResult *result = g_new0 (ImportResult, 1);
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* Its own connection: the window keeps reading while this one writes. */
  db = pathway_db_open (pathway_db_get_path (source_object), &error);
  if (db != NULL)
    result->id = pathway_candidates_import_profile (db, data->recruiter_id, data->bytes, &result->updated, &error);
  if (db == NULL || result->id == 0)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&result), g_free);
}

/* Imports the profile in bytes for recruiter_id off the main thread; see
 * pathway_candidates_import_profile (). */
void
pathway_candidates_import_async (PathwayDb           *db,
                                 gint64               recruiter_id,
                                 GBytes              *bytes,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (PATHWAY_IS_DB (db));
  g_return_if_fail (bytes != NULL);

  data = g_new0 (ImportData, 1);
  data->recruiter_id = recruiter_id;
  data->bytes = g_bytes_ref (bytes);

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_candidates_import_async);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

/* The candidate's id, or 0 with error set; updated tells whether they were already there. */
gint64
pathway_candidates_import_finish (PathwayDb     *db,
                                  GAsyncResult  *result,
                                  gboolean      *updated,
                                  GError       **error)
{
  g_autofree ImportResult *imported = NULL;

  g_return_val_if_fail (g_task_is_valid (result, db), 0);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_candidates_import_async, 0);

  if (updated != NULL)
    *updated = FALSE;

  imported = g_task_propagate_pointer (G_TASK (result), error);
  if (imported == NULL)
    return 0;

  if (updated != NULL)
    *updated = imported->updated;
  return imported->id;
}
