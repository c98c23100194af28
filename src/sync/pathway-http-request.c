/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-http"

#include "config.h"

#include "pathway-http-private.h"

#include <glib/gi18n.h>

#include "pathway-json.h"
#include "pathway-sync-error.h"

/* Above this, parsing could hold up the main thread for a frame or more. */
#define PARSE_IN_THREAD_ABOVE (64 * 1024)
#define READ_CHUNK            (64 * 1024)
#define STATUS_TOO_MANY_REQUESTS 429  /* libsoup 3.2 names no constant for it */

typedef struct {
  const char             *method;
  GUri                   *uri;
  char                   *where;       /* host and path, never the query: what logs and messages show */
  char                   *host;
  GHashTable             *headers;
  GBytes                 *body;        /* what is sent, or NULL */
  PathwayHttpPolicy       policy;
  PathwayHttpStatusMode   mode;
  guint                   attempt;
  SoupMessage            *message;
  GInputStream           *stream;
  GByteArray             *received;
  GSource                *wait_source;     /* both destroyed when either fires */
  GSource                *cancel_source;
} Request;

static void start_attempt (GTask *task);
static void read_next     (GTask *task);

static void
stop_waiting (Request *request)
{
  if (request->wait_source != NULL)
    g_source_destroy (request->wait_source);
  if (request->cancel_source != NULL)
    g_source_destroy (request->cancel_source);
  g_clear_pointer (&request->wait_source, g_source_unref);
  g_clear_pointer (&request->cancel_source, g_source_unref);
}

static void
request_free (Request *request)
{
  stop_waiting (request);
  g_clear_pointer (&request->uri, g_uri_unref);
  g_free (request->where);
  g_free (request->host);
  g_clear_pointer (&request->headers, g_hash_table_unref);
  g_clear_pointer (&request->body, g_bytes_unref);
  g_clear_object (&request->message);
  g_clear_object (&request->stream);
  g_clear_pointer (&request->received, g_byte_array_unref);
  g_free (request);
}

static GError *
sync_error_with_retry (PathwaySyncError  code,
                       gint64            retry_after,
                       const char       *message)
{
  GError *error = g_error_new_literal (PATHWAY_SYNC_ERROR, code, message);

  if (retry_after >= 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GDateTime) retry_at = g_date_time_add_seconds (now, (double) retry_after);

      pathway_sync_error_set_retry_at (error, retry_at);
    }

  return error;
}

/* What a failure to connect or to read means to a person; the host alone says where. */
static GError *
map_network_error (Request      *request,
                   const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return g_error_new (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_TIMEOUT,
                        _("%s did not answer in time. Check your internet connection and try again."),
                        request->host);

  if (error->domain == G_TLS_ERROR)
    return g_error_new (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                        _("The secure connection to %s failed (%s). If this network has a sign-in page, sign in first."),
                        request->host, error->message);

  if (error->domain == G_RESOLVER_ERROR ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PROXY_FAILED))
    return g_error_new (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_OFFLINE,
                        _("Pathway could not reach %s. Check your internet connection and try again."),
                        request->host);

  /* The connection broke off or the answer was not HTTP: the server's end, most likely. */
  return g_error_new (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_SERVER,
                      _("The connection to %s broke off (%s). Try again later."),
                      request->host, error->message);
}

static gboolean
on_wait_done (gpointer user_data)
{
  GTask *task = user_data;
  Request *request = g_task_get_task_data (task);

  stop_waiting (request);
  start_attempt (task);
  return G_SOURCE_REMOVE;
}

static gboolean
on_wait_cancelled (GCancellable *cancellable,
                   gpointer      user_data)
{
  GTask *task = user_data;
  Request *request = g_task_get_task_data (task);

  stop_waiting (request);
  g_task_return_error_if_cancelled (task);
  return G_SOURCE_REMOVE;
}

/* Waits on the main context, never by sleeping, and stops waiting as soon as it is cancelled. */
static void
retry_later (GTask  *task,
             gint64  retry_after)
{
  Request *request = g_task_get_task_data (task);
  GMainContext *context = g_task_get_context (task);
  guint delay = _pathway_http_retry_delay (&request->policy, request->attempt, retry_after);

  g_debug ("%s: attempt %u failed; trying again in %u ms", request->where, request->attempt, delay);

  g_clear_object (&request->stream);
  g_clear_pointer (&request->received, g_byte_array_unref);
  g_clear_object (&request->message);

  request->wait_source = g_timeout_source_new (delay);
  g_source_set_callback (request->wait_source, on_wait_done, g_object_ref (task), g_object_unref);
  g_source_attach (request->wait_source, context);

  if (g_task_get_cancellable (task) != NULL)
    {
      request->cancel_source = g_cancellable_source_new (g_task_get_cancellable (task));
      g_source_set_callback (request->cancel_source, G_SOURCE_FUNC (on_wait_cancelled),
                             g_object_ref (task), g_object_unref);
      g_source_attach (request->cancel_source, context);
    }
}

static void
fail_or_retry_network (GTask        *task,
                       const GError *error)
{
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) mapped = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_error_copy (error));
      return;
    }

  mapped = map_network_error (request, error);
  g_debug ("%s: %s", request->where, error->message);

  if (mapped->code != PATHWAY_SYNC_ERROR_INVALID_RESPONSE && request->attempt < request->policy.max_attempts)
    retry_later (task, -1);
  else
    g_task_return_error (task, g_steal_pointer (&mapped));
}

static gboolean
is_retryable (guint status)
{
  return status >= 500 || status == STATUS_TOO_MANY_REQUESTS;
}

/* A 429 or 5xx is worth another try unless the attempts are spent or the server asks for a longer
 * wait than is worth it. retry_after: the seconds the server asked for, or -1. */
static gboolean
may_retry_status (Request *request,
                  gint64  *retry_after)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (request->message);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  *retry_after = pathway_http_parse_retry_after (soup_message_headers_get_one (headers, "Retry-After"), now);
  return *retry_after <= (gint64) request->policy.max_retry_after && request->attempt < request->policy.max_attempts;
}

/* A success must be readable JSON; an error status may have any body, or none. */
static void
finish_parse (GTask    *task,
              JsonNode *json,
              GError   *parse_error)
{
  Request *request = g_task_get_task_data (task);
  guint status = soup_message_get_status (request->message);
  PathwayHttpResponse *response;

  if (g_error_matches (parse_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, parse_error);
      return;
    }

  if (SOUP_STATUS_IS_SUCCESSFUL (status) && json == NULL)
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                               _("%s sent an answer Pathway cannot read; try again later. %s"),
                               request->host, parse_error->message);
      g_error_free (parse_error);
      return;
    }

  if (parse_error != NULL)
    g_debug ("%s: the body of status %u is not JSON: %s", request->where, status, parse_error->message);
  g_clear_error (&parse_error);

  response = g_new0 (PathwayHttpResponse, 1);
  response->status = status;
  response->headers = soup_message_headers_ref (soup_message_get_response_headers (request->message));
  response->json = json;
  response->attempts = request->attempt;
  g_task_return_pointer (task, response, (GDestroyNotify) pathway_http_response_free);
}

typedef struct {
  GBytes *bytes;
  gsize   max_size;
  guint   max_depth;
} ParseJob;

static void
parse_job_free (ParseJob *job)
{
  g_bytes_unref (job->bytes);
  g_free (job);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ParseJob *job = task_data;
  GError *error = NULL;
  JsonNode *json;

  json = pathway_json_parse_untrusted (job->bytes, job->max_size, job->max_depth, &error);
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
  Request *request = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = g_byte_array_free_to_bytes (g_steal_pointer (&request->received));
  g_autoptr(GTask) parse = NULL;
  ParseJob *job;
  GError *error = NULL;
  JsonNode *json;

  if (g_bytes_get_size (bytes) <= PARSE_IN_THREAD_ABOVE)
    {
      json = pathway_json_parse_untrusted (bytes, request->policy.max_size, request->policy.max_depth, &error);
      finish_parse (task, json, error);
      return;
    }

  job = g_new0 (ParseJob, 1);
  job->bytes = g_bytes_ref (bytes);
  job->max_size = request->policy.max_size;
  job->max_depth = request->policy.max_depth;

  parse = g_task_new (NULL, g_task_get_cancellable (task), on_parsed, g_object_ref (task));
  g_task_set_source_tag (parse, parse_body);
  g_task_set_task_data (parse, job, (GDestroyNotify) parse_job_free);
  /* A cancelled fetch returns at once; the worker finishes on its own and frees the job. */
  g_task_set_return_on_cancel (parse, TRUE);
  g_task_run_in_thread (parse, parse_thread);
}

/* The whole body is in. For a response mode, a 429 or 5xx is read before it is tried again, so
 * that the last one can be handed over with its body. */
static void
finish_body (GTask *task)
{
  Request *request = g_task_get_task_data (task);
  gint64 retry_after;

  g_clear_object (&request->stream);
  if (request->mode == PATHWAY_HTTP_STATUS_AS_RESPONSE &&
      is_retryable (soup_message_get_status (request->message)) &&
      may_retry_status (request, &retry_after))
    retry_later (task, retry_after);
  else
    parse_body (task);
}

static void
return_too_large (GTask *task)
{
  Request *request = g_task_get_task_data (task);
  g_autofree char *limit = g_format_size_full (request->policy.max_size, G_FORMAT_SIZE_IEC_UNITS);

  g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_TOO_LARGE,
                           _("The answer from %s is larger than %s, the most Pathway reads. "
                             "Check the service’s address in Preferences."),
                           request->host, limit);
}

static void
on_read (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = NULL;
  gsize size;

  chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source_object), result, &error);
  if (chunk == NULL)
    {
      fail_or_retry_network (task, error);
      return;
    }

  size = g_bytes_get_size (chunk);
  if (size == 0)
    {
      finish_body (task);
      return;
    }

  /* Stop as soon as the cap is passed rather than after reading however much is sent. */
  if (size > request->policy.max_size - request->received->len)
    {
      return_too_large (task);
      return;
    }

  g_byte_array_append (request->received, g_bytes_get_data (chunk, NULL), size);
  read_next (task);
}

static void
read_next (GTask *task)
{
  Request *request = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (request->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task), on_read, g_object_ref (task));
}

static void
fail_status (GTask  *task,
             guint   status,
             gint64  retry_after)
{
  Request *request = g_task_get_task_data (task);
  g_autofree char *message = NULL;

  if (status == STATUS_TOO_MANY_REQUESTS)
    message = g_strdup_printf (_("%s is receiving too many requests from Pathway. Wait a few minutes and try again."),
                               request->host);
  else
    message = g_strdup_printf (_("%s is not working right now (error %u). Try again later."), request->host, status);

  g_task_return_error (task, sync_error_with_retry (status == STATUS_TOO_MANY_REQUESTS ? PATHWAY_SYNC_ERROR_RATE_LIMITED
                                                                                    : PATHWAY_SYNC_ERROR_SERVER,
                                                    retry_after, message));
}

/* In the error mode only 2xx and 4xx answers are read; anything else is retried or fails here.
 * Returns whether to read the body. */
static gboolean
accept_status (GTask *task,
               guint  status)
{
  Request *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (request->message);
  gint64 retry_after;

  if (is_retryable (status))
    {
      if (may_retry_status (request, &retry_after))
        retry_later (task, retry_after);
      else
        fail_status (task, status, retry_after);
      return FALSE;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status) && !SOUP_STATUS_IS_CLIENT_ERROR (status))
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                               _("%s gave an answer Pathway did not expect (status %u). Try again later."),
                               request->host, status);
      return FALSE;
    }

  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_content_length (headers) > (goffset) request->policy.max_size)
    {
      return_too_large (task);
      return FALSE;
    }

  return TRUE;
}

static void
on_sent (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  guint status;

  request->stream = soup_session_send_finish (SOUP_SESSION (source_object), result, &error);
  if (request->stream == NULL)
    {
      fail_or_retry_network (task, error);
      return;
    }

  status = soup_message_get_status (request->message);
  g_debug ("%s: status %u", request->where, status);

  if (request->mode == PATHWAY_HTTP_STATUS_AS_ERROR && !accept_status (task, status))
    return;

  request->received = g_byte_array_new ();
  read_next (task);
}

static void
start_attempt (GTask *task)
{
  Request *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  if (g_task_return_error_if_cancelled (task))
    return;

  request->attempt++;
  if (request->policy.attempt_func != NULL)
    request->policy.attempt_func (request->attempt, request->policy.attempt_data);

  g_clear_object (&request->stream);
  g_clear_pointer (&request->received, g_byte_array_unref);
  g_clear_object (&request->message);
  request->message = soup_message_new_from_uri (request->method, request->uri);
  if (request->body != NULL)
    soup_message_set_request_body_from_bytes (request->message, "application/json", request->body);

  headers = soup_message_get_request_headers (request->message);
  soup_message_headers_replace (headers, "Accept", "application/json");
  if (request->headers != NULL)
    {
      GHashTableIter iter;
      gpointer name, value;

      g_hash_table_iter_init (&iter, request->headers);
      while (g_hash_table_iter_next (&iter, &name, &value))
        soup_message_headers_replace (headers, name, value);
    }

  g_debug ("%s %s, attempt %u", request->method, request->where, request->attempt);
  soup_session_send_async (pathway_http_get_session (), request->message, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (task), on_sent, g_object_ref (task));
}

/* headers maps names to values (such as Authorization, which is never logged); policy and body
 * are kept for every attempt. */
void
_pathway_http_request_start (GTask                   *task,
                             const char              *method,
                             const char              *uri,
                             GHashTable              *headers,
                             GBytes                  *body,
                             const PathwayHttpPolicy *policy,
                             PathwayHttpStatusMode    mode)
{
  g_autoptr(GUri) parsed = NULL;
  Request *request;
  const char *scheme;

  request = g_new0 (Request, 1);
  request->method = method;
  request->policy = *policy;
  request->mode = mode;
  request->headers = headers != NULL ? g_hash_table_ref (headers) : NULL;
  request->body = body != NULL ? g_bytes_ref (body) : NULL;
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  parsed = g_uri_parse (uri, SOUP_HTTP_URI_FLAGS, NULL);
  scheme = parsed != NULL ? g_uri_get_scheme (parsed) : NULL;
  if (scheme == NULL || (g_strcmp0 (scheme, "http") != 0 && g_strcmp0 (scheme, "https") != 0) ||
      g_uri_get_host (parsed) == NULL || *g_uri_get_host (parsed) == '\0')
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND,
                               _("The service’s address is not an http or https address. Check it in Preferences."));
      return;
    }

  request->uri = g_steal_pointer (&parsed);
  request->host = g_strdup (g_uri_get_host (request->uri));
  request->where = g_strconcat (request->host, g_uri_get_path (request->uri), NULL);
  start_attempt (task);
}

PathwayHttpResponse *
_pathway_http_request_finish (GAsyncResult  *result,
                              gpointer       source_tag,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
