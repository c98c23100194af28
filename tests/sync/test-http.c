/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-http.h"
#include "pathway-sync-error.h"

/* pathway-http against a SoupServer on 127.0.0.1, and the sync errors' clock arithmetic. */

typedef struct {
  SoupServer          *server;
  char                *base_url;
  GHashTable          *hits;          /* path → GUINT_TO_POINTER (count) */
  guint                failures;      /* how many requests to /flaky fail before one succeeds */
  const char          *retry_after;   /* sent with 429 and 503 when set */
  GArray              *ceilings;      /* what the delay function was given, per retry */
  GArray              *retry_afters;
  guint                delay_ms;
  GCancellable        *cancellable;
  gboolean             cancel_in_delay;
  PathwayHttpResponse *response;
  GError              *error;
  gboolean             done;
} Fixture;

static void
cancel_once (gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static guint
record_delay (guint    attempt,
              guint    ceiling_ms,
              gint64   retry_after_ms,
              gpointer user_data)
{
  Fixture *fixture = user_data;

  g_array_append_val (fixture->ceilings, ceiling_ms);
  g_array_append_val (fixture->retry_afters, retry_after_ms);
  if (fixture->cancel_in_delay)
    g_idle_add_once (cancel_once, fixture->cancellable);
  return fixture->delay_ms;
}

static guint
hits (Fixture    *fixture,
      const char *path)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (fixture->hits, path));
}

static void
respond (SoupServerMessage *message,
         guint              status,
         const char        *body,
         gsize              length)
{
  soup_server_message_set_status (message, status, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, body, length);
}

static char *
nested (guint depth)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A valid document of about size bytes. */
static char *
padded (gsize size)
{
  g_autoptr(GString) text = g_string_new ("{\"items\": [");

  while (text->len < size)
    g_string_append (text, "\"abcdefghijklmnopqrstuvwxyz0123456789\", ");
  g_string_append (text, "\"end\"]}");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
handle (SoupServer        *server,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Fixture *fixture = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);
  guint count = hits (fixture, path) + 1;

  g_hash_table_replace (fixture->hits, g_strdup (path), GUINT_TO_POINTER (count));
  if (fixture->retry_after != NULL)
    soup_message_headers_replace (headers, "Retry-After", fixture->retry_after);

  if (g_str_equal (path, "/ok"))
    respond (message, 200, "{\"ok\": true}", strlen ("{\"ok\": true}"));
  else if (g_str_equal (path, "/flaky"))
    respond (message, count <= fixture->failures ? 503 : 200, "{\"ok\": true}", strlen ("{\"ok\": true}"));
  else if (g_str_equal (path, "/limited"))
    respond (message, 429, "{}", 2);
  else if (g_str_equal (path, "/headers"))
    {
      SoupMessageHeaders *request = soup_server_message_get_request_headers (message);
      g_autofree char *body = g_strdup_printf ("{\"agent\": \"%s\", \"test\": \"%s\", \"accept\": \"%s\"}",
                                               soup_message_headers_get_one (request, "User-Agent"),
                                               soup_message_headers_get_one (request, "X-Test"),
                                               soup_message_headers_get_one (request, "Accept"));
      respond (message, 200, body, strlen (body));
    }
  else if (g_str_equal (path, "/big"))
    {
      g_autofree char *body = padded (200 * 1024);
      respond (message, 200, body, strlen (body));
    }
  else if (g_str_equal (path, "/too-large-length"))
    {
      g_autofree char *body = padded (300 * 1024);
      respond (message, 200, body, strlen (body));
    }
  else if (g_str_equal (path, "/too-large-chunked"))
    {
      SoupMessageBody *body = soup_server_message_get_response_body (message);

      /* No Content-Length: only counting while reading finds it out. */
      soup_server_message_set_status (message, 200, NULL);
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (headers, "application/json", NULL);
      for (guint i = 0; i < 40; i++)
        {
          g_autofree char *chunk = padded (10 * 1024);
          soup_message_body_append (body, SOUP_MEMORY_COPY, chunk, strlen (chunk));
        }
      soup_message_body_complete (body);
    }
  else if (g_str_equal (path, "/deep") || g_str_equal (path, "/deep-large"))
    {
      g_autofree char *body = nested (g_str_equal (path, "/deep") ? 1000 : 100000);
      respond (message, 200, body, strlen (body));
    }
  else if (g_str_equal (path, "/truncated"))
    respond (message, 200, "{\"items\": [{\"id\": \"abc", strlen ("{\"items\": [{\"id\": \"abc"));
  else if (g_str_equal (path, "/html-404"))
    {
      soup_server_message_set_status (message, 404, NULL);
      soup_server_message_set_response (message, "text/html", SOUP_MEMORY_STATIC, "<h1>Not Found</h1>", 18);
    }
  else if (g_str_equal (path, "/json-403"))
    respond (message, 403, "{\"error\": {\"code\": 403}}", strlen ("{\"error\": {\"code\": 403}}"));
  else if (g_str_equal (path, "/never"))
    {
      /* Holds the answer back; the client's cancellation ends the wait. */
      soup_server_message_pause (message);
      g_cancellable_cancel (fixture->cancellable);
    }
  else
    soup_server_message_set_status (message, 500, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, handle, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fixture->server);
  fixture->base_url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));

  fixture->hits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fixture->ceilings = g_array_new (FALSE, FALSE, sizeof (guint));
  fixture->retry_afters = g_array_new (FALSE, FALSE, sizeof (gint64));
  fixture->cancellable = g_cancellable_new ();
  pathway_http_set_delay_func (record_delay, fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pathway_http_set_delay_func (NULL, NULL);
  g_clear_pointer (&fixture->response, pathway_http_response_free);
  g_clear_error (&fixture->error);
  g_clear_object (&fixture->cancellable);
  g_array_unref (fixture->ceilings);
  g_array_unref (fixture->retry_afters);
  g_hash_table_unref (fixture->hits);
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  g_free (fixture->base_url);
}

static void
on_done (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *fixture = user_data;

  fixture->response = pathway_http_get_json_finish (result, &fixture->error);
  fixture->done = TRUE;
}

static void
get_with (Fixture                 *fixture,
          const char              *path,
          const PathwayHttpPolicy *policy,
          GHashTable              *headers)
{
  g_autofree char *uri = g_strconcat (fixture->base_url, path, "?key=secret-key-123", NULL);

  g_clear_pointer (&fixture->response, pathway_http_response_free);
  g_clear_error (&fixture->error);
  fixture->done = FALSE;
  pathway_http_get_json_async (uri, headers, policy, fixture->cancellable, on_done, fixture);
  while (!fixture->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
get (Fixture    *fixture,
     const char *path)
{
  const PathwayHttpPolicy policy = PATHWAY_HTTP_POLICY_DEFAULT;

  get_with (fixture, path, &policy, NULL);
}

static void
test_ok (Fixture       *fixture,
         gconstpointer  data)
{
  g_autoptr(GHashTable) headers = g_hash_table_new (g_str_hash, g_str_equal);
  const PathwayHttpPolicy policy = PATHWAY_HTTP_POLICY_DEFAULT;
  JsonObject *object;

  g_hash_table_insert (headers, "X-Test", "yes");
  get_with (fixture, "/headers", &policy, headers);
  g_assert_no_error (fixture->error);
  g_assert_cmpuint (fixture->response->status, ==, 200);
  g_assert_cmpuint (fixture->response->attempts, ==, 1);
  object = json_node_get_object (fixture->response->json);
  g_assert_cmpstr (json_object_get_string_member (object, "agent"), ==, "Pathway/" PACKAGE_VERSION);
  g_assert_cmpstr (json_object_get_string_member (object, "test"), ==, "yes");
  g_assert_cmpstr (json_object_get_string_member (object, "accept"), ==, "application/json");
  g_assert_cmpstr (soup_message_headers_get_content_type (fixture->response->headers, NULL), ==, "application/json");

  /* Larger than what is parsed on the main thread. */
  get (fixture, "/big");
  g_assert_no_error (fixture->error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (fixture->response->json),
                                                                        "items")), >, 5000);
}

/* Every attempt is reported, so that a client can count what it spends of a quota. */
static void
count_attempt (guint    attempt,
               gpointer user_data)
{
  GArray *attempts = user_data;

  g_array_append_val (attempts, attempt);
}

static void
test_retry_then_success (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GArray) attempts = g_array_new (FALSE, FALSE, sizeof (guint));
  PathwayHttpPolicy policy = PATHWAY_HTTP_POLICY_DEFAULT;

  policy.attempt_func = count_attempt;
  policy.attempt_data = attempts;
  fixture->failures = 2;
  get_with (fixture, "/flaky", &policy, NULL);
  g_assert_no_error (fixture->error);
  g_assert_cmpuint (fixture->response->status, ==, 200);
  g_assert_cmpuint (fixture->response->attempts, ==, 3);
  g_assert_cmpuint (hits (fixture, "/flaky"), ==, 3);
  g_assert_cmpuint (attempts->len, ==, 3);
  g_assert_cmpuint (g_array_index (attempts, guint, 2), ==, 3);

  /* Exponential ceilings for full jitter; no Retry-After was sent. */
  g_assert_cmpuint (fixture->ceilings->len, ==, 2);
  g_assert_cmpuint (g_array_index (fixture->ceilings, guint, 0), ==, 1000);
  g_assert_cmpuint (g_array_index (fixture->ceilings, guint, 1), ==, 2000);
  g_assert_cmpint (g_array_index (fixture->retry_afters, gint64, 0), ==, -1);
}

static void
test_server_gives_up (Fixture       *fixture,
                      gconstpointer  data)
{
  PathwayHttpPolicy policy = PATHWAY_HTTP_POLICY_DEFAULT;

  policy.max_attempts = 6;
  policy.max_delay_ms = 5000;
  fixture->failures = G_MAXUINT;
  get_with (fixture, "/flaky", &policy, NULL);
  g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_SERVER);
  g_assert_cmpstr (fixture->error->message, ==, "127.0.0.1 is not working right now (error 503). Try again later.");
  g_assert_null (fixture->response);
  g_assert_cmpuint (hits (fixture, "/flaky"), ==, 6);

  /* 1 s, 2 s, 4 s, then capped. */
  g_assert_cmpuint (fixture->ceilings->len, ==, 5);
  g_assert_cmpuint (g_array_index (fixture->ceilings, guint, 2), ==, 4000);
  g_assert_cmpuint (g_array_index (fixture->ceilings, guint, 3), ==, 5000);
  g_assert_cmpuint (g_array_index (fixture->ceilings, guint, 4), ==, 5000);
}

static void
test_retry_after (Fixture       *fixture,
                  gconstpointer  data)
{
  GDateTime *retry_at;

  /* Seconds, honoured. */
  fixture->failures = 1;
  fixture->retry_after = "7";
  get (fixture, "/flaky");
  g_assert_no_error (fixture->error);
  g_assert_cmpint (g_array_index (fixture->retry_afters, gint64, 0), ==, 7000);

  /* Longer than is worth waiting for: the caller learns until when. */
  fixture->retry_after = "3600";
  get (fixture, "/limited");
  g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_RATE_LIMITED);
  g_assert_cmpuint (hits (fixture, "/limited"), ==, 1);
  retry_at = pathway_sync_error_get_retry_at (fixture->error);
  g_assert_nonnull (retry_at);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    GTimeSpan ahead = g_date_time_difference (retry_at, now);

    g_assert_cmpint (ahead, >, 3590 * G_TIME_SPAN_SECOND);
    g_assert_cmpint (ahead, <=, 3600 * G_TIME_SPAN_SECOND);
  }

  /* An HTTP date in the past means now; 429 runs out of attempts like a 5xx. */
  fixture->retry_after = "Wed, 21 Oct 2015 07:28:00 GMT";
  get (fixture, "/limited");
  g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_RATE_LIMITED);
  g_assert_cmpuint (hits (fixture, "/limited"), ==, 1 + 4);
  g_assert_cmpint (g_array_index (fixture->retry_afters, gint64, fixture->retry_afters->len - 1), ==, 0);
}

static void
test_client_errors (Fixture       *fixture,
                    gconstpointer  data)
{
  /* 4xx are the service's to explain: no retry, the body as it came, or none. */
  get (fixture, "/html-404");
  g_assert_no_error (fixture->error);
  g_assert_cmpuint (fixture->response->status, ==, 404);
  g_assert_null (fixture->response->json);
  g_assert_cmpuint (hits (fixture, "/html-404"), ==, 1);

  get (fixture, "/json-403");
  g_assert_no_error (fixture->error);
  g_assert_cmpuint (fixture->response->status, ==, 403);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (fixture->response->json));
}

static void
test_invalid_bodies (Fixture       *fixture,
                     gconstpointer  data)
{
  PathwayHttpPolicy policy = PATHWAY_HTTP_POLICY_DEFAULT;
  static const char * const deep[] = { "/deep", "/deep-large" };
  static const char * const large[] = { "/too-large-length", "/too-large-chunked" };

  get (fixture, "/truncated");
  g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE);
  g_assert_true (g_str_has_prefix (fixture->error->message, "127.0.0.1 sent an answer Pathway cannot read; try again later. The data is not valid JSON: "));

  /* Refused before json-glib sees them, on the main thread and in a worker. */
  for (guint i = 0; i < G_N_ELEMENTS (deep); i++)
    {
      get (fixture, deep[i]);
      g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE);
      g_assert_nonnull (strstr (fixture->error->message, "nested more than 32 levels deep"));
    }

  policy.max_size = 256 * 1024;
  for (guint i = 0; i < G_N_ELEMENTS (large); i++)
    {
      get_with (fixture, large[i], &policy, NULL);
      g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_TOO_LARGE);
      g_assert_cmpstr (fixture->error->message, ==, "The answer from 127.0.0.1 is larger than 256.0\u00a0KiB, the most "
                                                    "Pathway reads. Check the service’s address in Preferences.");
      g_assert_cmpuint (hits (fixture, large[i]), ==, 1);
    }
}

static void
test_offline (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;

  /* A port that was free a moment ago and that nothing listens on: connections are refused. */
  g_socket_bind (socket, any_port, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  g_free (fixture->base_url);
  fixture->base_url = g_strdup_printf ("http://127.0.0.1:%u",
                                       g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  get (fixture, "/ok");
  g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_OFFLINE);
  g_assert_cmpstr (fixture->error->message, ==,
                   "Pathway could not reach 127.0.0.1. Check your internet connection and try again.");
  g_assert_cmpuint (fixture->ceilings->len, ==, 3);
}

static void
test_bad_address (Fixture       *fixture,
                  gconstpointer  data)
{
  const PathwayHttpPolicy policy = PATHWAY_HTTP_POLICY_DEFAULT;
  static const char * const addresses[] = { "ftp://example.com/a", "not an address", "http:///path" };

  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    {
      fixture->done = FALSE;
      g_clear_error (&fixture->error);
      pathway_http_get_json_async (addresses[i], NULL, &policy, NULL, on_done, fixture);
      while (!fixture->done)
        g_main_context_iteration (NULL, TRUE);
      g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND);
    }
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  /* While the request is out. */
  get (fixture, "/never");
  g_assert_error (fixture->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (fixture->response);

  /* While waiting to try again: a minute's wait ends at once. */
  g_clear_object (&fixture->cancellable);
  fixture->cancellable = g_cancellable_new ();
  fixture->failures = G_MAXUINT;
  fixture->delay_ms = 60 * 1000;
  fixture->cancel_in_delay = TRUE;
  get (fixture, "/flaky");
  g_assert_error (fixture->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (hits (fixture, "/flaky"), ==, 1);

  /* Before it starts. */
  get (fixture, "/ok");
  g_assert_error (fixture->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (hits (fixture, "/ok"), ==, 0);
}

static void
test_parse_retry_after (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 12, 0, 0);

  g_assert_cmpint (pathway_http_parse_retry_after ("120", now), ==, 120);
  g_assert_cmpint (pathway_http_parse_retry_after (" 0", now), ==, 0);
  g_assert_cmpint (pathway_http_parse_retry_after ("Sun, 22 Nov 2026 12:01:30 GMT", now), ==, 90);
  g_assert_cmpint (pathway_http_parse_retry_after ("Sun, 22 Nov 2026 11:00:00 GMT", now), ==, 0);
  g_assert_cmpint (pathway_http_parse_retry_after ("-5", now), ==, -1);
  g_assert_cmpint (pathway_http_parse_retry_after ("soon", now), ==, -1);
  g_assert_cmpint (pathway_http_parse_retry_after (NULL, now), ==, -1);
}

static void
assert_reset (int         year,
              int         month,
              int         day,
              int         hour,
              const char *expected_utc,
              const char *expected_local)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (year, month, day, hour, 0, 0);
  g_autoptr(GDateTime) reset = pathway_sync_next_pacific_midnight (now);
  g_autofree char *utc = g_date_time_format_iso8601 (reset);
  g_autofree char *local = pathway_sync_format_local_time (reset, now);

  g_assert_cmpstr (utc, ==, expected_utc);
  g_assert_cmpstr (local, ==, expected_local);
}

/* TZ is Europe/Paris for this program. */
static void
test_pacific_midnight (void)
{
  assert_reset (2026, 11, 22, 12, "2026-11-23T08:00:00Z", "09:00");   /* winter on both sides */
  assert_reset (2026, 7, 1, 6, "2026-07-01T07:00:00Z", "09:00");      /* 23:00 the day before in California */
  assert_reset (2026, 3, 8, 9, "2026-03-09T07:00:00Z", "08:00");      /* the US has moved its clocks, France not yet */
  assert_reset (2026, 11, 23, 7, "2026-11-23T08:00:00Z", "09:00");    /* an hour before the reset */
}

static void
test_retry_after_errors (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 12, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 11, 23, 8, 0, 0);
  g_autoptr(GDateTime) days_later = g_date_time_new_utc (2026, 11, 25, 8, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) copy = NULL;
  g_autofree char *far = NULL;

  g_assert_true (pathway_sync_check_retry_after ("YouTube", NULL, now, &error));
  g_assert_true (pathway_sync_check_retry_after ("YouTube", now, later, &error));
  g_assert_no_error (error);

  g_assert_false (pathway_sync_check_retry_after ("YouTube", later, now, &error));
  g_assert_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_RATE_LIMITED);
  g_assert_cmpstr (error->message, ==, "YouTube asked Pathway to wait until 09:00; try again then.");

  /* The retry time survives a copy, as through GTask. */
  copy = g_error_copy (error);
  g_assert_true (g_date_time_equal (pathway_sync_error_get_retry_at (copy), later));

  far = pathway_sync_format_local_time (days_later, now);
  g_assert_cmpstr (far, ==, "25 November, 09:00");
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "Europe/Paris", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Only 127.0.0.1, and no system proxy settings to look up (their schemas are not installed here). */
  soup_session_set_proxy_resolver (pathway_http_get_session (), NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sync/http/ok", test_ok);
  ADD ("/sync/http/retry-then-success", test_retry_then_success);
  ADD ("/sync/http/server-gives-up", test_server_gives_up);
  ADD ("/sync/http/retry-after", test_retry_after);
  ADD ("/sync/http/client-errors", test_client_errors);
  ADD ("/sync/http/invalid-bodies", test_invalid_bodies);
  ADD ("/sync/http/offline", test_offline);
  ADD ("/sync/http/bad-address", test_bad_address);
  ADD ("/sync/http/cancel", test_cancel);
#undef ADD
  g_test_add_func ("/sync/http/parse-retry-after", test_parse_retry_after);
  g_test_add_func ("/sync/error/pacific-midnight", test_pacific_midnight);
  g_test_add_func ("/sync/error/retry-after", test_retry_after_errors);

  return g_test_run ();
}
