/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-embeddings"

#include "config.h"

#include "pathway-embeddings-client.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-http-post.h"
#include "pathway-secrets.h"
#include "pathway-sync-error.h"

#define URL_KEY        "embeddings-url"
#define MODEL_KEY      "embeddings-model"
#define DEFAULT_MODEL  "nomic-embed-text"

/* A request carries a job and a few probes; 8 MiB is room for about 300 vectors as JSON text,
 * and an answer is {"data": [{"embedding": […]}]}, four levels deep. */
#define MAX_BODY       (8 * 1024 * 1024)
#define MAX_DEPTH      8
#define MAX_ATTEMPTS   3

struct _PathwayEmbeddingsClient
{
  GObject               parent_instance;

  PathwayEmbeddingsApi  api;
  GUri                 *endpoint;    /* NULL when the address is not http or https */
  char                 *where;       /* host and path: all that messages and logs show */
  char                 *model;
  char                 *key;         /* wiped when freed */
  char                 *name;
};

G_DEFINE_FINAL_TYPE (PathwayEmbeddingsClient, pathway_embeddings_client, G_TYPE_OBJECT)

static void
pathway_embeddings_client_finalize (GObject *object)
{
  PathwayEmbeddingsClient *self = (PathwayEmbeddingsClient *) object;

  g_clear_pointer (&self->endpoint, g_uri_unref);
  g_free (self->where);
  g_free (self->model);
  g_clear_pointer (&self->key, secret_password_free);
  g_free (self->name);

  G_OBJECT_CLASS (pathway_embeddings_client_parent_class)->finalize (object);
}

static void
pathway_embeddings_client_class_init (PathwayEmbeddingsClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pathway_embeddings_client_finalize;
}

static void
pathway_embeddings_client_init (PathwayEmbeddingsClient *self)
{
}

/* ───────────────────────────── settings ───────────────────────────── */

static char *
read_setting (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  /* g_settings_new() aborts on a missing schema; the CLI may run where none is installed. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;

  settings = g_settings_new_full (schema, NULL, NULL);
  return g_settings_get_string (settings, key);
}

/* $PATHWAY_EMBEDDINGS_URL when set, even empty; else the setting. "" means none. */
char *
pathway_embeddings_dup_url (void)
{
  const char *env = g_getenv ("PATHWAY_EMBEDDINGS_URL");
  char *url = env != NULL ? g_strdup (env) : read_setting (URL_KEY);

  return url != NULL ? g_strstrip (url) : g_strdup ("");
}

char *
pathway_embeddings_dup_model (void)
{
  const char *env = g_getenv ("PATHWAY_EMBEDDINGS_MODEL");
  g_autofree char *model = env != NULL && *env != '\0' ? g_strdup (env) : read_setting (MODEL_KEY);

  if (model == NULL || *g_strstrip (model) == '\0')
    return g_strdup (DEFAULT_MODEL);

  return g_steal_pointer (&model);
}

/* Which API an address speaks, and where to post; see the header. */
static char *
resolve_endpoint (const char           *url,
                  PathwayEmbeddingsApi *api)
{
  g_autofree char *base = g_strdup (url);
  gsize len = strlen (base);

  while (len > 0 && base[len - 1] == '/')
    base[--len] = '\0';

  *api = PATHWAY_EMBEDDINGS_API_OLLAMA;
  if (g_str_has_suffix (base, "/api/embed"))
    return g_steal_pointer (&base);
  if (g_str_has_suffix (base, "/api"))
    return g_strconcat (base, "/embed", NULL);

  *api = PATHWAY_EMBEDDINGS_API_OPENAI;
  if (g_str_has_suffix (base, "/embeddings"))
    return g_steal_pointer (&base);
  if (g_str_has_suffix (base, "/v1"))
    return g_strconcat (base, "/embeddings", NULL);
  return g_strconcat (base, "/v1/embeddings", NULL);
}

/* key may be NULL or empty for none. */
PathwayEmbeddingsClient *
pathway_embeddings_client_new (const char *url,
                               const char *model,
                               const char *key)
{
  PathwayEmbeddingsClient *self;
  g_autofree char *endpoint = NULL;
  const char *scheme;

  g_return_val_if_fail (url != NULL, NULL);
  g_return_val_if_fail (model != NULL && *model != '\0', NULL);

  self = g_object_new (PATHWAY_TYPE_EMBEDDINGS_CLIENT, NULL);
  endpoint = resolve_endpoint (url, &self->api);
  self->endpoint = g_uri_parse (endpoint, SOUP_HTTP_URI_FLAGS, NULL);
  scheme = self->endpoint != NULL ? g_uri_get_scheme (self->endpoint) : NULL;
  if (scheme == NULL || (g_strcmp0 (scheme, "http") != 0 && g_strcmp0 (scheme, "https") != 0) ||
      g_uri_get_host (self->endpoint) == NULL || *g_uri_get_host (self->endpoint) == '\0')
    g_clear_pointer (&self->endpoint, g_uri_unref);

  self->where = self->endpoint != NULL ? g_strconcat (g_uri_get_host (self->endpoint),
                                                      g_uri_get_path (self->endpoint), NULL)
                                       : g_strdup ("");
  self->model = g_strdup (model);
  self->key = key != NULL && *key != '\0' ? g_strdup (key) : NULL;
  /* Stored in explanations as data, so in no language: “nomic-embed-text (localhost)”. */
  self->name = g_strdup_printf ("%s (%s)", model,
                                self->endpoint != NULL ? g_uri_get_host (self->endpoint) : url);
  return self;
}

PathwayEmbeddingsApi
pathway_embeddings_client_get_api (PathwayEmbeddingsClient *self)
{
  g_return_val_if_fail (PATHWAY_IS_EMBEDDINGS_CLIENT (self), PATHWAY_EMBEDDINGS_API_OPENAI);

  return self->api;
}

/* Host and path of the address posted to; "" when it is not an http or https address. */
const char *
pathway_embeddings_client_get_endpoint (PathwayEmbeddingsClient *self)
{
  g_return_val_if_fail (PATHWAY_IS_EMBEDDINGS_CLIENT (self), NULL);

  return self->where;
}

/* “model at host”, what match explanations record as the embedder. */
const char *
pathway_embeddings_client_get_name (PathwayEmbeddingsClient *self)
{
  g_return_val_if_fail (PATHWAY_IS_EMBEDDINGS_CLIENT (self), NULL);

  return self->name;
}

static void
return_client (GTask      *task,
               const char *key)
{
  g_autofree char *url = pathway_embeddings_dup_url ();
  g_autofree char *model = pathway_embeddings_dup_model ();

  g_task_return_pointer (task, pathway_embeddings_client_new (url, model, key), g_object_unref);
}

static void
on_key (GObject      *source_object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *key = pathway_secrets_lookup_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Local endpoints need no key; a service that does says so, and that message asks for one. */
  if (error != NULL)
    g_debug ("The keyring could not be read: %s", error->message);

  return_client (task, key);
  secret_password_free (key);
}

/* The client the settings describe, or NULL without an error when they name no address. */
void
pathway_embeddings_client_new_from_settings_async (GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = pathway_embeddings_dup_url ();
  const char *env_key = g_getenv ("PATHWAY_EMBEDDINGS_KEY");

  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_embeddings_client_new_from_settings_async);

  if (*url == '\0')
    g_task_return_pointer (task, NULL, NULL);
  else if (env_key != NULL)
    return_client (task, env_key);
  else
    pathway_secrets_lookup_async ("embeddings", cancellable, on_key, g_steal_pointer (&task));
}

PathwayEmbeddingsClient *
pathway_embeddings_client_new_from_settings_finish (GAsyncResult  *result,
                                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_embeddings_client_new_from_settings_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}


/* ───────────────────────────── embedding ───────────────────────────── */

/* What the nomic-embed models were trained to see before a text; nothing for other models. */
static const char *
prefix_for (PathwayEmbeddingsClient  *self,
            PathwayEmbeddingsPurpose  purpose)
{
  if (strstr (self->model, "nomic-embed") == NULL)
    return "";

  return purpose == PATHWAY_EMBEDDINGS_QUERY ? "search_query: " : "search_document: ";
}

static GBytes *
request_body (PathwayEmbeddingsClient        *self,
              const char * const             *texts,
              const PathwayEmbeddingsPurpose *purposes)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  char *text;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "model");
  json_builder_add_string_value (builder, self->model);
  json_builder_set_member_name (builder, "input");
  json_builder_begin_array (builder);
  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autofree char *input = g_strconcat (prefix_for (self, purposes != NULL ? purposes[i] : PATHWAY_EMBEDDINGS_DOCUMENT),
                                            texts[i], NULL);

      json_builder_add_string_value (builder, input);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  text = json_to_string (root, FALSE);
  return g_bytes_new_take (text, strlen (text));
}

static void
on_posted (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PathwayEmbeddingsClient *self = g_task_get_source_object (task);
  guint n_inputs = GPOINTER_TO_UINT (g_task_get_task_data (task));
  g_autoptr(PathwayHttpResponse) response = NULL;
  g_autoptr(GDateTime) now = NULL;
  GError *error = NULL;
  GPtrArray *vectors;
  gint64 retry_after;

  response = pathway_http_post_json_finish (result, &error);
  if (response == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (response->status >= 400)
    {
      pathway_embeddings_parse_error (response->status, response->json, self->model, self->where, &error);
      now = g_date_time_new_now_utc ();
      retry_after = pathway_http_parse_retry_after (soup_message_headers_get_one (response->headers, "Retry-After"),
                                                    now);
      if (retry_after >= 0)
        {
          g_autoptr(GDateTime) retry_at = g_date_time_add_seconds (now, (double) retry_after);

          pathway_sync_error_set_retry_at (error, retry_at);
        }
      g_task_return_error (task, error);
      return;
    }

  vectors = pathway_embeddings_parse (self->api, response->json, n_inputs, self->model,
                                      g_uri_get_host (self->endpoint), &error);
  if (vectors == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, vectors, (GDestroyNotify) g_ptr_array_unref);
}

/* One unit vector per text, in order. purposes may be NULL: all documents. */
void
pathway_embeddings_client_embed_async (PathwayEmbeddingsClient        *self,
                                       const char * const             *texts,
                                       const PathwayEmbeddingsPurpose *purposes,
                                       GCancellable                   *cancellable,
                                       GAsyncReadyCallback             callback,
                                       gpointer                        user_data)
{
  g_autoptr(GTask) task = NULL;
  PathwayHttpPolicy policy = PATHWAY_HTTP_POLICY_DEFAULT;
  g_autoptr(GHashTable) headers = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (PATHWAY_IS_EMBEDDINGS_CLIENT (self));
  g_return_if_fail (texts != NULL && texts[0] != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_embeddings_client_embed_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (g_strv_length ((GStrv) texts)), NULL);

  if (self->endpoint == NULL)
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND,
                               _("The embeddings address is not an http or https address. Check it in Preferences."));
      return;
    }

  policy.max_size = MAX_BODY;
  policy.max_depth = MAX_DEPTH;
  policy.max_attempts = MAX_ATTEMPTS;
  /* The key is wiped when the request is done with it, as the key itself is. */
  headers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) secret_password_free);
  if (self->key != NULL)
    g_hash_table_insert (headers, "Authorization", g_strconcat ("Bearer ", self->key, NULL));

  uri = g_uri_to_string (self->endpoint);
  body = request_body (self, texts, purposes);
  pathway_http_post_json_async (uri, headers, body, &policy, cancellable, on_posted, g_steal_pointer (&task));
}

/* PathwayVector *s, one per text, unit length. */
GPtrArray *
pathway_embeddings_client_embed_finish (PathwayEmbeddingsClient  *self,
                                        GAsyncResult             *result,
                                        GError                  **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_embeddings_client_embed_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_job_embedded (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PathwayEmbeddingsClient *self = PATHWAY_EMBEDDINGS_CLIENT (source_object);
  GArray *probe_ids = g_task_get_task_data (task);
  g_autoptr(PathwayMatchEmbedding) embedding = NULL;
  g_autoptr(GPtrArray) vectors = NULL;
  GError *error = NULL;

  vectors = pathway_embeddings_client_embed_finish (self, result, &error);
  if (vectors == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  embedding = pathway_match_embedding_new ();
  g_array_append_vals (embedding->probe_ids, probe_ids->data, probe_ids->len);
  embedding->job_vector = g_ptr_array_steal_index (vectors, 0);
  embedding->embedder = g_strdup (self->name);
  for (guint i = 0; i < vectors->len; i++)
    g_ptr_array_add (embedding->probe_vectors, g_steal_pointer (&vectors->pdata[i]));

  g_task_return_pointer (task, g_steal_pointer (&embedding), (GDestroyNotify) pathway_match_embedding_free);
}

/* The job's vector and its probes in one request, ready for pathway_matches_run_with_embedding_async().
 * Reads the job and the probes' texts from db on the calling thread: a few short queries. */
void
pathway_embeddings_client_embed_job_async (PathwayEmbeddingsClient *self,
                                           PathwayDb               *db,
                                           gint64                   job_id,
                                           GCancellable            *cancellable,
                                           GAsyncReadyCallback      callback,
                                           gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(PathwayMatchEmbeddingRequest) request = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GArray) purposes = g_array_new (FALSE, FALSE, sizeof (PathwayEmbeddingsPurpose));
  PathwayEmbeddingsPurpose purpose = PATHWAY_EMBEDDINGS_QUERY;
  GError *error = NULL;

  g_return_if_fail (PATHWAY_IS_EMBEDDINGS_CLIENT (self));
  g_return_if_fail (PATHWAY_IS_DB (db));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_embeddings_client_embed_job_async);

  request = pathway_match_embedding_prepare (db, job_id, &error);
  if (request == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, g_array_ref (request->probe_ids), (GDestroyNotify) g_array_unref);

  g_ptr_array_add (texts, request->job_text);
  g_array_append_val (purposes, purpose);
  purpose = PATHWAY_EMBEDDINGS_DOCUMENT;
  for (guint i = 0; i < request->probe_texts->len; i++)
    {
      g_ptr_array_add (texts, g_ptr_array_index (request->probe_texts, i));
      g_array_append_val (purposes, purpose);
    }
  g_ptr_array_add (texts, NULL);

  pathway_embeddings_client_embed_async (self, (const char * const *) texts->pdata,
                                         (const PathwayEmbeddingsPurpose *) (gpointer) purposes->data,
                                         cancellable, on_job_embedded, g_steal_pointer (&task));
}

PathwayMatchEmbedding *
pathway_embeddings_client_embed_job_finish (PathwayEmbeddingsClient  *self,
                                            GAsyncResult             *result,
                                            GError                  **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_embeddings_client_embed_job_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
