/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-http"

#include "config.h"

#include "pathway-http.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-json.h"
#include "pathway-sync-error.h"

/* Above this, parsing could hold up the main thread for a frame or more. */
#define PARSE_IN_THREAD_ABOVE (64 * 1024)
#define READ_CHUNK            (64 * 1024)
#define STATUS_TOO_MANY_REQUESTS 429  /* libsoup 3.2 names no constant for it */

typedef struct {
  GUri               *uri;
  char               *where;       /* host and path, never the query: what logs and messages show */
  char               *host;
  GHashTable         *headers;
  PathwayHttpPolicy   policy;
  guint               attempt;
  SoupMessage        *message;
  GInputStream       *stream;
  GByteArray         *body;
  GSource            *wait_source;     /* both destroyed when either fires */
  GSource            *cancel_source;
} Request;

static PathwayHttpDelayFunc delay_func;
static gpointer delay_data;

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
  g_clear_object (&request->message);
  g_clear_object (&request->stream);
  g_clear_pointer (&request->body, g_byte_array_unref);
  g_free (request);
}

void
pathway_http_response_free (PathwayHttpResponse *response)
{
  if (response == NULL)
    return;

  g_clear_pointer (&response->headers, soup_message_headers_unref);
  g_clear_pointer (&response->json, json_node_unref);
  g_free (response);
}

/* One session, so that connections and their TLS sessions are reused across every client. */
SoupSession *
pathway_http_get_session (void)
{
  static SoupSession *session;

  if (g_once_init_enter (&session))
    g_once_init_leave (&session, soup_session_new_with_options ("user-agent", "Pathway/" PACKAGE_VERSION,
                                                                "timeout", 30, NULL));

  return session;
}

/* Replaces the random waits between attempts; NULL restores them. For tests. */
void
pathway_http_set_delay_func (PathwayHttpDelayFunc func,
                             gpointer             user_data)
{
  delay_func = func;
  delay_data = user_data;
}

/* Full jitter: uniform from zero to the ceiling spreads out clients that failed together. */
static guint
default_delay (guint    attempt,
               guint    ceiling_ms,
               gint64   retry_after_ms,
               gpointer user_data)
{
  if (retry_after_ms >= 0)
    return (guint) MIN (retry_after_ms, G_MAXUINT);

  return (guint) g_random_int_range (0, (gint32) MIN (ceiling_ms, G_MAXINT32 - 1) + 1);
}

static guint
backoff_ceiling (const PathwayHttpPolicy *policy,
                 guint                    attempt)
{
  guint64 ceiling = policy->base_delay_ms;

  for (guint i = 1; i < attempt && ceiling < policy->max_delay_ms; i++)
    ceiling *= 2;

  return (guint) MIN (ceiling, policy->max_delay_ms);
}

/* Retry-After in seconds from now: a number of seconds or an HTTP date; -1 when absent or unreadable. */
gint64
pathway_http_parse_retry_after (const char *value,
                                GDateTime  *now)
{
  g_autoptr(GDateTime) date = NULL;
  guint64 seconds;

  g_return_val_if_fail (now != NULL, -1);

  if (value == NULL)
    return -1;

  value += strspn (value, " \t");
  if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT32, &seconds, NULL))
    return (gint64) seconds;

  date = soup_date_time_new_from_http_string (value);
  if (date == NULL)
    return -1;

  return MAX (0, g_date_time_difference (date, now) / G_TIME_SPAN_SECOND);
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
  guint ceiling = backoff_ceiling (&request->policy, request->attempt);
  gint64 retry_after_ms = retry_after >= 0 ? retry_after * 1000 : -1;
  guint delay;

  delay = (delay_func != NULL ? delay_func : default_delay) (request->attempt, ceiling, retry_after_ms, delay_data);
  g_debug ("%s: attempt %u failed; trying again in %u ms", request->where, request->attempt, delay);

  g_clear_object (&request->stream);
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
  g_autoptr(GBytes) bytes = g_byte_array_free_to_bytes (g_steal_pointer (&request->body));
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
      g_clear_object (&request->stream);
      parse_body (task);
      return;
    }

  /* Stop as soon as the cap is passed rather than after reading however much is sent. */
  if (size > request->policy.max_size - request->body->len)
    {
      return_too_large (task);
      return;
    }

  g_byte_array_append (request->body, g_bytes_get_data (chunk, NULL), size);
  read_next (task);
}

static void
read_next (GTask *task)
{
  Request *request = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (request->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task), on_read, g_object_ref (task));
}

/* 5xx and 429 are worth another try, unless the server asks for a longer wait than is worth it. */
static void
retry_or_fail_status (GTask *task,
                      guint  status)
{
  Request *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (request->message);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *message = NULL;
  gint64 retry_after;

  retry_after = pathway_http_parse_retry_after (soup_message_headers_get_one (headers, "Retry-After"), now);
  if (retry_after <= (gint64) request->policy.max_retry_after && request->attempt < request->policy.max_attempts)
    {
      retry_later (task, retry_after);
      return;
    }

  if (status == STATUS_TOO_MANY_REQUESTS)
    message = g_strdup_printf (_("%s is receiving too many requests from Pathway. Wait a few minutes and try again."),
                               request->host);
  else
    message = g_strdup_printf (_("%s is not working right now (error %u). Try again later."), request->host, status);

  g_task_return_error (task, sync_error_with_retry (status == STATUS_TOO_MANY_REQUESTS ? PATHWAY_SYNC_ERROR_RATE_LIMITED
                                                                                    : PATHWAY_SYNC_ERROR_SERVER,
                                                    retry_after, message));
}

static void
on_sent (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  SoupMessageHeaders *headers;
  guint status;

  request->stream = soup_session_send_finish (SOUP_SESSION (source_object), result, &error);
  if (request->stream == NULL)
    {
      fail_or_retry_network (task, error);
      return;
    }

  status = soup_message_get_status (request->message);
  headers = soup_message_get_response_headers (request->message);
  g_debug ("%s: status %u", request->where, status);

  if (status >= 500 || status == STATUS_TOO_MANY_REQUESTS)
    {
      retry_or_fail_status (task, status);
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status) && !SOUP_STATUS_IS_CLIENT_ERROR (status))
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                               _("%s gave an answer Pathway did not expect (status %u). Try again later."),
                               request->host, status);
      return;
    }

  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_content_length (headers) > (goffset) request->policy.max_size)
    {
      return_too_large (task);
      return;
    }

  request->body = g_byte_array_new ();
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
  g_clear_pointer (&request->body, g_byte_array_unref);
  g_clear_object (&request->message);
  request->message = soup_message_new_from_uri (SOUP_METHOD_GET, request->uri);

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

  g_debug ("GET %s, attempt %u", request->where, request->attempt);
  soup_session_send_async (pathway_http_get_session (), request->message, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (task), on_sent, g_object_ref (task));
}

/* GETs uri and parses its JSON body. headers maps names to values; policy is copied. */
void
pathway_http_get_json_async (const char              *uri,
                             GHashTable              *headers,
                             const PathwayHttpPolicy *policy,
                             GCancellable            *cancellable,
                             GAsyncReadyCallback      callback,
                             gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUri) parsed = NULL;
  Request *request;
  const char *scheme;

  g_return_if_fail (uri != NULL);
  g_return_if_fail (policy != NULL);
  g_return_if_fail (policy->max_attempts >= 1);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_http_get_json_async);

  request = g_new0 (Request, 1);
  request->policy = *policy;
  request->headers = headers != NULL ? g_hash_table_ref (headers) : NULL;
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

/* The response for a 2xx or 4xx status (429 aside); an error otherwise. */
PathwayHttpResponse *
pathway_http_get_json_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_http_get_json_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
