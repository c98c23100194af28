/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-embeddings"

#include "config.h"

#include "pathway-embeddings-parse.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-embedding.h"
#include "pathway-sync-error.h"
#include "pathway-vector.h"

/* A service's own words go into messages, cut to this many characters. */
#define MAX_QUOTED 200

static void
set_unreadable (GError     **error,
                const char  *host,
                const char  *problem)
{
  g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
               _("%s sent embeddings Pathway cannot read (%s). Try again later."), host, problem);
}

/* One vector of the answer, checked and scaled to unit length. */
static PathwayVector *
read_vector (JsonNode    *node,
             const char  *model,
             const char  *host,
             GError     **error)
{
  g_autoptr(PathwayVector) vector = pathway_vector_new_from_json (node);

  if (vector == NULL)
    {
      set_unreadable (error, host, _("an embedding is not a list of numbers"));
      return NULL;
    }

  if (vector->n_dims != PATHWAY_EMBEDDING_DIMS)
    {
      g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                   _("The model “%s” makes vectors of %u dimensions, and Pathway compares vectors of %u. "
                     "Choose a model that makes %u, such as nomic-embed-text, in Preferences."),
                   model, vector->n_dims, PATHWAY_EMBEDDING_DIMS, PATHWAY_EMBEDDING_DIMS);
      return NULL;
    }

  pathway_vector_normalize (vector);
  return g_steal_pointer (&vector);
}

/* {"data": [{"index": i, "embedding": […]}, …]}: in any order, matched by index. */
static gboolean
parse_openai (JsonObject   *root,
              GPtrArray    *vectors,
              const char   *model,
              const char   *host,
              GError      **error)
{
  JsonNode *data = json_object_get_member (root, "data");
  JsonArray *items;

  if (data == NULL || !JSON_NODE_HOLDS_ARRAY (data))
    {
      set_unreadable (error, host, _("no “data” list"));
      return FALSE;
    }

  items = json_node_get_array (data);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *item = json_array_get_element (items, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (item) ? json_node_get_object (item) : NULL;
      JsonNode *index = object != NULL ? json_object_get_member (object, "index") : NULL;
      gint64 at;

      if (index == NULL || json_node_get_value_type (index) != G_TYPE_INT64)
        {
          set_unreadable (error, host, _("an embedding without its index"));
          return FALSE;
        }

      at = json_node_get_int (index);
      if (at < 0 || at >= vectors->len || g_ptr_array_index (vectors, at) != NULL)
        {
          set_unreadable (error, host, _("an index out of place"));
          return FALSE;
        }

      vectors->pdata[at] = read_vector (json_object_get_member (object, "embedding"), model, host, error);
      if (vectors->pdata[at] == NULL)
        return FALSE;
    }

  return TRUE;
}

/* {"embeddings": [[…], …]}, in input order. */
static gboolean
parse_ollama (JsonObject   *root,
              GPtrArray    *vectors,
              const char   *model,
              const char   *host,
              GError      **error)
{
  JsonNode *embeddings = json_object_get_member (root, "embeddings");
  JsonArray *items;

  if (embeddings == NULL || !JSON_NODE_HOLDS_ARRAY (embeddings))
    {
      set_unreadable (error, host, _("no “embeddings” list"));
      return FALSE;
    }

  items = json_node_get_array (embeddings);
  for (guint i = 0; i < json_array_get_length (items) && i < vectors->len; i++)
    {
      vectors->pdata[i] = read_vector (json_array_get_element (items, i), model, host, error);
      if (vectors->pdata[i] == NULL)
        return FALSE;
    }

  if (json_array_get_length (items) > vectors->len)
    {
      set_unreadable (error, host, _("more embeddings than texts"));
      return FALSE;
    }

  return TRUE;
}

/* PathwayVector *s, one per input in input order. */
GPtrArray *
pathway_embeddings_parse (PathwayEmbeddingsApi   api,
                          JsonNode              *json,
                          guint                  n_inputs,
                          const char            *model,
                          const char            *host,
                          GError               **error)
{
  g_autoptr(GPtrArray) vectors = g_ptr_array_new_full (n_inputs, (GDestroyNotify) pathway_vector_free);
  gboolean ok;

  g_return_val_if_fail (model != NULL && host != NULL, NULL);

  if (json == NULL || !JSON_NODE_HOLDS_OBJECT (json))
    {
      set_unreadable (error, host, _("the answer is not a JSON object"));
      return NULL;
    }

  g_ptr_array_set_size (vectors, n_inputs);
  if (api == PATHWAY_EMBEDDINGS_API_OLLAMA)
    ok = parse_ollama (json_node_get_object (json), vectors, model, host, error);
  else
    ok = parse_openai (json_node_get_object (json), vectors, model, host, error);
  if (!ok)
    return NULL;

  for (guint i = 0; i < n_inputs; i++)
    if (g_ptr_array_index (vectors, i) == NULL)
      {
        set_unreadable (error, host, _("fewer embeddings than texts"));
        return NULL;
      }

  return g_steal_pointer (&vectors);
}

/* ───────────────────────────── errors ───────────────────────────── */

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

/* OpenAI: {"error": {"message", "type", "code"}}; Ollama: {"error": "…"}. */
static void
read_error (JsonNode    *json,
            const char **message,
            const char **code)
{
  JsonObject *root = json != NULL && JSON_NODE_HOLDS_OBJECT (json) ? json_node_get_object (json) : NULL;
  JsonNode *error = root != NULL ? json_object_get_member (root, "error") : NULL;

  *message = NULL;
  *code = NULL;
  if (error != NULL && JSON_NODE_HOLDS_OBJECT (error))
    {
      *message = string_member (json_node_get_object (error), "message");
      *code = string_member (json_node_get_object (error), "code");
      if (*code == NULL)
        *code = string_member (json_node_get_object (error), "type");
    }
  else if (error != NULL)
    *message = string_member (root, "error");
  else
    *message = string_member (root, "message");
}

/* Ollama's “model "x" not found, try pulling it first”: x, or NULL. */
static char *
missing_model (const char *message)
{
  const char *start, *end;

  if (message == NULL || !g_str_has_prefix (message, "model \"") || strstr (message, "not found") == NULL)
    return NULL;

  start = message + strlen ("model \"");
  end = strchr (start, '"');
  return end != NULL && end > start ? g_strndup (start, end - start) : NULL;
}

static char *
quote (const char *message,
       guint       status)
{
  g_autofree char *valid = NULL;
  g_autofree char *start = NULL;

  if (message == NULL || *message == '\0')
    return g_strdup_printf (_("error %u"), status);

  valid = g_utf8_make_valid (message, -1);
  if (g_utf8_strlen (valid, -1) <= MAX_QUOTED)
    return g_steal_pointer (&valid);

  start = g_utf8_substring (valid, 0, MAX_QUOTED);
  return g_strconcat (start, "…", NULL);
}

/* The error for a status other than 2xx; json is the body, or NULL when it was not JSON. */
void
pathway_embeddings_parse_error (guint        status,
                                JsonNode    *json,
                                const char  *model,
                                const char  *where,
                                GError     **error)
{
  const char *message, *code;
  g_autofree char *missing = NULL;
  g_autofree char *quoted = NULL;

  g_return_if_fail (model != NULL && where != NULL);

  read_error (json, &message, &code);
  missing = missing_model (message);
  quoted = quote (message, status);

  if (missing != NULL)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND,
                 _("The model “%s” is not in Ollama yet: run “ollama pull %s”."), missing, missing);
  else if (status == 401 || g_strcmp0 (code, "invalid_api_key") == 0)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_AUTH,
                 _("%s refused the API key for embeddings. Check the key in Preferences."), where);
  else if (g_strcmp0 (code, "model_not_found") == 0)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND,
                 _("%s has no model “%s”. Check the embeddings model in Preferences."), where, model);
  else if (g_strcmp0 (code, "insufficient_quota") == 0)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_QUOTA,
                 _("The account at %s has no embeddings quota left. Check its plan and billing."), where);
  else if (status == 429)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_RATE_LIMITED,
                 _("%s is receiving too many requests from Pathway. Wait a minute and try again."), where);
  else if (status == 404)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND,
                 _("There is no embeddings service at %s. Check its address in Preferences."), where);
  else if (status == 403)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_FORBIDDEN,
                 _("%s does not let Pathway make embeddings: %s"), where, quoted);
  else if (status >= 500)
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_SERVER,
                 _("%s is not working right now (error %u). Try again later."), where, status);
  else
    g_set_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                 _("%s refused the request for embeddings: %s"), where, quoted);
}
