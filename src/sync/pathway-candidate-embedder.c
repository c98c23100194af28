/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidate-embedder"

#include "config.h"

#include "pathway-candidate-embedder.h"

#include <glib/gi18n.h>

#include "pathway-candidate-vectors.h"
#include "pathway-records.h"
#include "pathway-rows.h"

/* Set on the PathwayDb while a run uses its stage: the stage is one table per connection. */
#define RUNNING_KEY "pathway-candidate-embedder-running"

typedef struct {
  PathwayDb                        *db;
  PathwayEmbeddingsClient          *client;
  guint                             batch_size;
  PathwayCandidateEmbedderProgress  progress;
  gpointer                          progress_data;
  GArray                           *purposes;   /* PathwayEmbeddingsPurpose: batch_size documents */
  GArray                           *user_ids;   /* gint64: the batch in flight */
  GPtrArray                        *texts;      /* char *: the batch in flight, NULL-terminated */
  gint64                            after;      /* the last user id sent */
  guint                             done;
  guint                             total;
} Run;

static void
run_free (Run *run)
{
  g_clear_object (&run->db);
  g_clear_object (&run->client);
  g_array_unref (run->purposes);
  g_array_unref (run->user_ids);
  g_ptr_array_unref (run->texts);
  g_free (run);
}

/* The end of a run that has its stage, whatever the outcome: nothing staged stays behind. */
static void
fail (GTask  *task,
      GError *error)
{
  Run *run = g_task_get_task_data (task);

  pathway_candidate_vectors_stage_discard (run->db);
  g_object_set_data (G_OBJECT (run->db), RUNNING_KEY, NULL);
  g_task_return_error (task, error);
}

static void
commit (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;
  gint64 n_replaced = pathway_candidate_vectors_stage_commit (run->db, &error);

  if (n_replaced < 0)
    {
      fail (task, error);
      return;
    }

  g_object_set_data (G_OBJECT (run->db), RUNNING_KEY, NULL);
  g_task_return_int (task, n_replaced);
}

static void send_batch (GTask *task);

static void
on_embedded (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autoptr(GPtrArray) vectors = NULL;
  GError *error = NULL;

  vectors = pathway_embeddings_client_embed_finish (run->client, result, &error);
  if (vectors == NULL)
    {
      fail (task, error);
      return;
    }

  /* The client returns one vector per text, or fails. */
  g_assert (vectors->len == run->user_ids->len);
  if (!pathway_candidate_vectors_stage (run->db, (const gint64 *) (gpointer) run->user_ids->data,
                                        (const PathwayVector * const *) vectors->pdata, vectors->len, &error))
    {
      fail (task, error);
      return;
    }

  run->done += vectors->len;
  run->after = g_array_index (run->user_ids, gint64, run->user_ids->len - 1);
  /* Candidates added during the run come after the count. */
  if (run->progress != NULL)
    run->progress (run->done, MAX (run->total, run->done), run->progress_data);

  send_batch (task);
}

/* The next batch to the service; when there is none left, the commit. */
static void
send_batch (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;

  if (g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error))
    {
      fail (task, error);
      return;
    }

  g_array_set_size (run->user_ids, 0);
  g_ptr_array_set_size (run->texts, 0);
  if (!pathway_candidate_vectors_read_texts (run->db, run->after, run->batch_size, run->user_ids, run->texts,
                                             &error))
    {
      fail (task, error);
      return;
    }

  if (run->user_ids->len == 0)
    {
      commit (task);
      return;
    }

  g_ptr_array_add (run->texts, NULL);
  pathway_embeddings_client_embed_async (run->client, (const char * const *) run->texts->pdata,
                                         (const PathwayEmbeddingsPurpose *) (gpointer) run->purposes->data,
                                         g_task_get_cancellable (task), on_embedded, g_object_ref (task));
}

/* Embeds every candidate with client, batch_size texts per request, and replaces their stored
 * vectors; progress may be NULL. Finish with pathway_candidate_embedder_run_finish(). */
void
pathway_candidate_embedder_run_async (PathwayDb                        *db,
                                      PathwayEmbeddingsClient          *client,
                                      guint                             batch_size,
                                      PathwayCandidateEmbedderProgress  progress,
                                      gpointer                          progress_data,
                                      GCancellable                     *cancellable,
                                      GAsyncReadyCallback               callback,
                                      gpointer                          user_data)
{
  g_autoptr(GTask) task = NULL;
  PathwayEmbeddingsPurpose purpose = PATHWAY_EMBEDDINGS_DOCUMENT;
  GError *error = NULL;
  gint64 total;
  Run *run;

  g_return_if_fail (PATHWAY_IS_DB (db));
  g_return_if_fail (PATHWAY_IS_EMBEDDINGS_CLIENT (client));
  g_return_if_fail (batch_size > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_candidate_embedder_run_async);
  /* Once committed, the vectors are the service's: a late cancel must not say otherwise. */
  g_task_set_check_cancellable (task, FALSE);

  run = g_new0 (Run, 1);
  run->db = g_object_ref (db);
  run->client = g_object_ref (client);
  run->batch_size = batch_size;
  run->progress = progress;
  run->progress_data = progress_data;
  run->purposes = g_array_sized_new (FALSE, FALSE, sizeof (PathwayEmbeddingsPurpose), batch_size);
  for (guint i = 0; i < batch_size; i++)
    g_array_append_val (run->purposes, purpose);
  run->user_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), batch_size);
  run->texts = g_ptr_array_new_full (batch_size + 1, g_free);
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);

  if (g_object_get_data (G_OBJECT (db), RUNNING_KEY) != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The candidates are already being embedded."));
      return;
    }

  total = pathway_row_count (db, &pathway_candidate_vectors_table, NULL, 0, &error);
  if (total < 0 || !pathway_candidate_vectors_stage_begin (db, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  run->total = (guint) MIN (total, G_MAXUINT);
  g_object_set_data (G_OBJECT (db), RUNNING_KEY, GINT_TO_POINTER (TRUE));
  send_batch (task);
}

/* The number of candidates whose vectors the service made, or -1 with error set. */
gssize
pathway_candidate_embedder_run_finish (GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), -1);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_candidate_embedder_run_async, -1);

  return g_task_propagate_int (G_TASK (result), error);
}
