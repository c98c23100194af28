/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-http"

#include "config.h"

#include "pathway-http-post.h"

#include <glib/gi18n.h>

#include "pathway-json.h"
#include "pathway-sync-error.h"

/* Above this, parsing could hold up the main thread for a frame or more. */
#define PARSE_IN_THREAD_ABOVE    (64 * 1024)
#define READ_CHUNK               (64 * 1024)
#define STATUS_TOO_MANY_REQUESTS 429  /* libsoup 3.2 names no constant for it */

typedef struct {
  GUri              *uri;
  char              *where;          /* host and path, never the query */
  GHashTable        *headers;
  GBytes            *body;
  PathwayHttpPolicy  policy;
  guint              attempt;
  SoupMessage       *message;
  GInputStream      *stream;
  GByteArray        *data;
  GSource           *wait_source;    /* both destroyed when either fires */
  GSource           *cancel_source;
} Post;

static void start_attempt (GTask *task);
static void read_next     (GTask *task);

static void
stop_waiting (Post *post)
{
  if (post->wait_source != NULL)
    g_source_destroy (post->wait_source);
  if (post->cancel_source != NULL)
    g_source_destroy (post->cancel_source);
  g_clear_pointer (&post->wait_source, g_source_unref);
  g_clear_pointer (&post->cancel_source, g_source_unref);
}

static void
post_free (Post *post)
{
  stop_waiting (post);
  g_clear_pointer (&post->uri, g_uri_unref);
  g_free (post->where);
  g_clear_pointer (&post->headers, g_hash_table_unref);
  g_clear_pointer (&post->body, g_bytes_unref);
  g_clear_object (&post->message);
  g_clear_object (&post->stream);
  g_clear_pointer (&post->data, g_byte_array_unref);
  g_free (post);
}

static gboolean
on_wait_done (gpointer user_data)
{
  GTask *task = user_data;

  stop_waiting (g_task_get_task_data (task));
  start_attempt (task);
  return G_SOURCE_REMOVE;
}

static gboolean
on_wait_cancelled (GCancellable *cancellable,
                   gpointer      user_data)
{
  GTask *task = user_data;

  stop_waiting (g_task_get_task_data (task));
  g_task_return_error_if_cancelled (task);
  return G_SOURCE_REMOVE;
}

/* retry_after in seconds, or -1: then full jitter, uniform from 0 to the attempt's ceiling. */
static void
retry_later (GTask  *task,
             gint64  retry_after)
{
  Post *post = g_task_get_task_data (task);
  guint64 ceiling = (guint64) post->policy.base_delay_ms << MIN (post->attempt - 1, 16);
  guint delay;

  ceiling = MIN (ceiling, post->policy.max_delay_ms);
  delay = retry_after >= 0 ? (guint) MIN (retry_after * 1000, G_MAXUINT)
                           : (guint) g_random_int_range (0, (gint32) MIN (ceiling, G_MAXINT32 - 1) + 1);
  g_debug ("%s: attempt %u failed; trying again in %u ms", post->where, post->attempt, delay);

  g_clear_object (&post->stream);
  g_clear_pointer (&post->data, g_byte_array_unref);
  post->wait_source = g_timeout_source_new (delay);
  g_source_set_callback (post->wait_source, on_wait_done, g_object_ref (task), g_object_unref);
  g_source_attach (post->wait_source, g_task_get_context (task));

  if (g_task_get_cancellable (task) != NULL)
    {
      post->cancel_source = g_cancellable_source_new (g_task_get_cancellable (task));
      g_source_set_callback (post->cancel_source, G_SOURCE_FUNC (on_wait_cancelled), g_object_ref (task),
                             g_object_unref);
      g_source_attach (post->cancel_source, g_task_get_context (task));
    }
}

static GError *
map_network_error (Post         *post,
                   const GError *error)
{
  const char *host = g_uri_get_host (post->uri);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return g_error_new (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_TIMEOUT,
                        _("%s did not answer in time. Check your internet connection and try again."), host);

  if (error->domain == G_TLS_ERROR)
    return g_error_new (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                        _("The secure connection to %s failed (%s). If this network has a sign-in page, sign in first."),
                        host, error->message);

  if (error->domain == G_RESOLVER_ERROR ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PROXY_FAILED))
    return g_error_new (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_OFFLINE,
                        _("Pathway could not reach %s. Check your internet connection and try again."), host);

  return g_error_new (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_SERVER,
                      _("The connection to %s broke off (%s). Try again later."), host, error->message);
}

static void
fail_or_retry_network (GTask        *task,
                       const GError *error)
{
  Post *post = g_task_get_task_data (task);
  g_autoptr(GError) mapped = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_error_copy (error));
      return;
    }

  mapped = map_network_error (post, error);
  g_debug ("%s: %s", post->where, error->message);
  if (mapped->code != PATHWAY_SYNC_ERROR_INVALID_RESPONSE && post->attempt < post->policy.max_attempts)
    retry_later (task, -1);
  else
    g_task_return_error (task, g_steal_pointer (&mapped));
}

static void
return_response (GTask    *task,
                 JsonNode *json)
{
  Post *post = g_task_get_task_data (task);
  PathwayHttpResponse *response = g_new0 (PathwayHttpResponse, 1);

  response->status = soup_message_get_status (post->message);
  response->headers = soup_message_headers_ref (soup_message_get_response_headers (post->message));
  response->json = json;
  response->attempts = post->attempt;
  g_task_return_pointer (task, response, (GDestroyNotify) pathway_http_response_free);
}

/* A success must be readable JSON; an error status may have any body, or none. */
static void
finish_parse (GTask    *task,
              JsonNode *json,
              GError   *error)
{
  Post *post = g_task_get_task_data (task);
  guint status = soup_message_get_status (post->message);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, error);
      return;
    }

  if (json == NULL && SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                               _("%s sent an answer Pathway cannot read; try again later. %s"),
                               g_uri_get_host (post->uri), error->message);
      g_error_free (error);
      return;
    }

  if (error != NULL)
    g_debug ("%s: the body of status %u is not JSON: %s", post->where, status, error->message);
  g_clear_error (&error);
  return_response (task, json);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Post *post = task_data;
  GError *error = NULL;
  JsonNode *json = pathway_json_parse_untrusted (post->body, post->policy.max_size, post->policy.max_depth, &error);

  if (json == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, json, (GDestroyNotify) json_node_unref);
}

static void
on_parsed (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  JsonNode *json = g_task_propagate_pointer (G_TASK (result), &error);

  finish_parse (task, json, error);
}

static void
parse_body (GTask *task)
{
  Post *post = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = g_byte_array_free_to_bytes (g_steal_pointer (&post->data));
  g_autoptr(GTask) parse = NULL;
  Post *job;
  GError *error = NULL;
  JsonNode *json;

  if (g_bytes_get_size (bytes) <= PARSE_IN_THREAD_ABOVE)
    {
      json = pathway_json_parse_untrusted (bytes, post->policy.max_size, post->policy.max_depth, &error);
      finish_parse (task, json, error);
      return;
    }

  job = g_new0 (Post, 1);
  job->body = g_bytes_ref (bytes);
  job->policy = post->policy;
  parse = g_task_new (NULL, g_task_get_cancellable (task), on_parsed, g_object_ref (task));
  g_task_set_source_tag (parse, parse_body);
  g_task_set_task_data (parse, job, (GDestroyNotify) post_free);
  g_task_set_return_on_cancel (parse, TRUE);
  g_task_run_in_thread (parse, parse_thread);
}

/* 429 and 5xx are read first, so that a last failure can be handed over with its body. */
static void
finish_body (GTask *task)
{
  Post *post = g_task_get_task_data (task);
  guint status = soup_message_get_status (post->message);
  g_autoptr(GDateTime) now = NULL;
  gint64 retry_after;

  if ((status == STATUS_TOO_MANY_REQUESTS || status >= 500) && post->attempt < post->policy.max_attempts)
    {
      now = g_date_time_new_now_utc ();
      retry_after = pathway_http_parse_retry_after (
        soup_message_headers_get_one (soup_message_get_response_headers (post->message), "Retry-After"), now);
      if (retry_after <= (gint64) post->policy.max_retry_after)
        {
          retry_later (task, retry_after);
          return;
        }
    }

  parse_body (task);
}

static void
on_read (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Post *post = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source_object), result, &error);
  g_autofree char *limit = NULL;

  if (chunk == NULL)
    {
      fail_or_retry_network (task, error);
      return;
    }

  if (g_bytes_get_size (chunk) == 0)
    {
      g_clear_object (&post->stream);
      finish_body (task);
      return;
    }

  /* Stop as soon as the cap is passed rather than after reading however much is sent. */
  if (g_bytes_get_size (chunk) > post->policy.max_size - post->data->len)
    {
      limit = g_format_size_full (post->policy.max_size, G_FORMAT_SIZE_IEC_UNITS);
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_TOO_LARGE,
                               _("The answer from %s is larger than %s, the most Pathway reads. "
                                 "Check the service’s address in Preferences."),
                               g_uri_get_host (post->uri), limit);
      return;
    }

  g_byte_array_append (post->data, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
  read_next (task);
}

static void
read_next (GTask *task)
{
  Post *post = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (post->stream, READ_CHUNK, G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                                   on_read, g_object_ref (task));
}

static void
on_sent (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Post *post = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  post->stream = soup_session_send_finish (SOUP_SESSION (source_object), result, &error);
  if (post->stream == NULL)
    {
      fail_or_retry_network (task, error);
      return;
    }

  g_debug ("%s: status %u", post->where, soup_message_get_status (post->message));
  post->data = g_byte_array_new ();
  read_next (task);
}

static void
start_attempt (GTask *task)
{
  Post *post = g_task_get_task_data (task);
  SoupMessageHeaders *headers;
  GHashTableIter iter;
  gpointer name, value;

  if (g_task_return_error_if_cancelled (task))
    return;

  post->attempt++;
  if (post->policy.attempt_func != NULL)
    post->policy.attempt_func (post->attempt, post->policy.attempt_data);

  g_clear_object (&post->message);
  post->message = soup_message_new_from_uri (SOUP_METHOD_POST, post->uri);
  soup_message_set_request_body_from_bytes (post->message, "application/json", post->body);
  headers = soup_message_get_request_headers (post->message);
  soup_message_headers_replace (headers, "Accept", "application/json");
  if (post->headers != NULL)
    {
      g_hash_table_iter_init (&iter, post->headers);
      while (g_hash_table_iter_next (&iter, &name, &value))
        soup_message_headers_replace (headers, name, value);
    }

  g_debug ("POST %s, attempt %u", post->where, post->attempt);
  soup_session_send_async (pathway_http_get_session (), post->message, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (task), on_sent, g_object_ref (task));
}

/* POSTs body (JSON) to uri and parses the JSON answer. headers maps names to values (such as
 * Authorization, which is never logged); policy is copied. */
void
pathway_http_post_json_async (const char              *uri,
                              GHashTable              *headers,
                              GBytes                  *body,
                              const PathwayHttpPolicy *policy,
                              GCancellable            *cancellable,
                              GAsyncReadyCallback      callback,
                              gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUri) parsed = NULL;
  Post *post;
  const char *scheme;

  g_return_if_fail (uri != NULL);
  g_return_if_fail (body != NULL);
  g_return_if_fail (policy != NULL && policy->max_attempts >= 1);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_http_post_json_async);

  post = g_new0 (Post, 1);
  post->policy = *policy;
  post->headers = headers != NULL ? g_hash_table_ref (headers) : NULL;
  post->body = g_bytes_ref (body);
  g_task_set_task_data (task, post, (GDestroyNotify) post_free);

  parsed = g_uri_parse (uri, SOUP_HTTP_URI_FLAGS, NULL);
  scheme = parsed != NULL ? g_uri_get_scheme (parsed) : NULL;
  if (scheme == NULL || (g_strcmp0 (scheme, "http") != 0 && g_strcmp0 (scheme, "https") != 0) ||
      g_uri_get_host (parsed) == NULL || *g_uri_get_host (parsed) == '\0')
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND,
                               _("The service’s address is not an http or https address. Check it in Preferences."));
      return;
    }

  post->uri = g_steal_pointer (&parsed);
  post->where = g_strconcat (g_uri_get_host (post->uri), g_uri_get_path (post->uri), NULL);
  start_attempt (task);
}

/* The response for any status but a network failure; a 429 or 5xx only once retrying is over. */
PathwayHttpResponse *
pathway_http_post_json_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_http_post_json_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
