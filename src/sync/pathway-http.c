/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-http"

#include "config.h"

#include "pathway-http.h"

#include <string.h>

#include "pathway-http-private.h"

/* Set by tests; GET and POST wait through it alike. */
static PathwayHttpDelayFunc delay_func;
static gpointer delay_data;

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

guint
_pathway_http_retry_delay (const PathwayHttpPolicy *policy,
                           guint                    attempt,
                           gint64                   retry_after)
{
  guint ceiling = backoff_ceiling (policy, attempt);
  gint64 retry_after_ms = retry_after >= 0 ? retry_after * 1000 : -1;

  return (delay_func != NULL ? delay_func : default_delay) (attempt, ceiling, retry_after_ms, delay_data);
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

  g_return_if_fail (uri != NULL);
  g_return_if_fail (policy != NULL);
  g_return_if_fail (policy->max_attempts >= 1);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_http_get_json_async);
  _pathway_http_request_start (task, SOUP_METHOD_GET, uri, headers, NULL, policy, PATHWAY_HTTP_STATUS_AS_ERROR);
}

/* The response for a 2xx or 4xx status (429 aside); an error otherwise. */
PathwayHttpResponse *
pathway_http_get_json_finish (GAsyncResult  *result,
                              GError       **error)
{
  return _pathway_http_request_finish (result, pathway_http_get_json_async, error);
}
