/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-match-runner"

#include "config.h"

#include "pathway-match-runner.h"

#include <glib/gi18n.h>

#include "pathway-embeddings-client.h"
#include "pathway-matches.h"

typedef struct {
  PathwayDb *db;
  gint64     job_id;
  guint      top_k;
  char      *embedder;   /* the service's name, once it has embedded the job */
  char      *notice;     /* why the service was not used; NULL when it was, or when there is none */
} RunData;

static void
run_data_free (RunData *data)
{
  g_clear_object (&data->db);
  g_free (data->embedder);
  g_free (data->notice);
  g_free (data);
}

/* The matches name the embedder that ranked them: not the service when the stored candidates'
 * vectors were not made by it (pathway-match-embedding.h). */
static void
check_service_used (RunData   *data,
                    GPtrArray *matches)
{
  PathwayCandidateMatch *first;
  const char *embedder = NULL;

  if (data->embedder == NULL || matches->len == 0)
    return;

  first = g_ptr_array_index (matches, 0);
  if (first->match_reasons != NULL && JSON_NODE_HOLDS_OBJECT (first->match_reasons))
    embedder = json_object_get_string_member_with_default (json_node_get_object (first->match_reasons),
                                                           "embedder", NULL);
  if (g_strcmp0 (embedder, data->embedder) != 0)
    data->notice = g_strdup (_("The candidates’ profiles were not embedded by the embeddings service, so "
                               "Pathway’s own embedding ranked them. To use the service, choose Embed under "
                               "Candidates’ Profiles in Preferences, or run “pathway-cli candidates embed”."));
}

static gboolean
is_cancelled (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
         g_error_matches (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CANCELLED);
}

static void
ranked (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *matches = pathway_matches_run_finish (result, &error);

  if (matches == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  check_service_used (g_task_get_task_data (task), matches);
  g_task_return_pointer (task, matches, (GDestroyNotify) g_ptr_array_unref);
}

/* Ranks with embedding, or with the local embedding when it is NULL. */
static void
rank (GTask                       *task,
      const PathwayMatchEmbedding *embedding)
{
  RunData *data = g_task_get_task_data (task);

  pathway_matches_run_with_embedding_async (data->db, data->job_id, data->top_k, embedding,
                                            g_task_get_cancellable (task), ranked, g_object_ref (task));
}

/* What went wrong with the service becomes the notice, and the local embedding ranks; cancelling
 * ends the run instead. */
static void
fall_back (GTask  *task,
           GError *error)
{
  RunData *data = g_task_get_task_data (task);

  if (is_cancelled (error))
    {
      g_task_return_error (task, g_error_copy (error));
      return;
    }

  data->notice = g_strdup_printf (_("The embeddings service could not be used, so candidates were ranked "
                                    "with Pathway’s own embedding: %s"), error->message);
  rank (task, NULL);
}

static void
job_embedded (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RunData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayMatchEmbedding) embedding = NULL;

  embedding = pathway_embeddings_client_embed_job_finish (PATHWAY_EMBEDDINGS_CLIENT (object), result, &error);
  if (embedding == NULL)
    {
      fall_back (task, error);
      return;
    }

  data->embedder = g_strdup (embedding->embedder);
  rank (task, embedding);
}

static void
client_made (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RunData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayEmbeddingsClient) client = NULL;

  client = pathway_embeddings_client_new_from_settings_finish (result, &error);
  if (client == NULL)
    {
      /* No error: the address was cleared meanwhile, and there is no service to ask. */
      if (error == NULL)
        rank (task, NULL);
      else
        fall_back (task, error);
      return;
    }

  pathway_embeddings_client_embed_job_async (client, data->db, data->job_id, g_task_get_cancellable (task),
                                             job_embedded, g_object_ref (task));
}

void
pathway_match_runner_run_async (PathwayDb           *db,
                                gint64               job_id,
                                guint                top_k,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;
  RunData *data;

  g_return_if_fail (PATHWAY_IS_DB (db));
  g_return_if_fail (top_k > 0);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_match_runner_run_async);
  data = g_new0 (RunData, 1);
  data->db = g_object_ref (db);
  data->job_id = job_id;
  data->top_k = top_k;
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);

  url = pathway_embeddings_dup_url ();
  if (*url == '\0')
    rank (task, NULL);
  else
    pathway_embeddings_client_new_from_settings_async (cancellable, client_made, g_object_ref (task));
}

/* The ranked matches (PathwayCandidateMatch); notice, if given, gets why the service was not used. */
GPtrArray *
pathway_match_runner_run_finish (GAsyncResult  *result,
                                 char         **notice,
                                 GError       **error)
{
  GTask *task = G_TASK (result);
  RunData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (task) == pathway_match_runner_run_async, NULL);

  data = g_task_get_task_data (task);
  if (notice != NULL)
    *notice = g_strdup (data->notice);
  return g_task_propagate_pointer (task, error);
}
