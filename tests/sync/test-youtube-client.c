/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-http.h"
#include "pathway-sync-error.h"
#include "pathway-test.h"
#include "pathway-youtube-client.h"

/* The whole fetch against a SoupServer on 127.0.0.1 that answers like the YouTube Data API, from
 * the fixtures in tests/fixtures/youtube: a 120-item playlist on three pages, 4 private and 3
 * deleted items, a video that appears twice (112 distinct available videos) and one that the
 * videos answers leave out. */

#define TEST_KEY    "AIzaSyD-PathwayTestKey_0123456789abcd"
#define PLAYLIST_ID "PLpNuBt7m3Q5xGvW0a8cKdLrTfHs2YjE9i"
#define N_ITEMS     120
#define N_DISTINCT  112
/* 1 playlists call, 3 pages, 3 videos batches: the least the API allows. */
#define MIN_REQUESTS (1 + 3 + (N_DISTINCT + 49) / 50)

static GString *log_text;
static GMutex log_lock;
static GHashTable *all_videos;   /* id → its JSON text, every video of the videos fixtures */

/* Keeps every message, debug ones included, to check that the key never appears in them. */
static GLogWriterOutput
capture_log (GLogLevelFlags   log_level,
             const GLogField *fields,
             gsize            n_fields,
             gpointer         user_data)
{
  g_mutex_lock (&log_lock);
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE"))
      {
        g_string_append_len (log_text, fields[i].value,
                             fields[i].length < 0 ? (gssize) strlen (fields[i].value) : fields[i].length);
        g_string_append_c (log_text, '\n');
      }
  g_mutex_unlock (&log_lock);

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* What to answer instead of the fixture, for the nth call to an endpoint (from 1). */
typedef struct {
  const char *endpoint;
  guint       nth;
  gboolean    repeat;       /* and every later call */
  guint       status;
  const char *body;         /* a fixture file, or “truncated”, “huge”, “deep” or “pause” */
  const char *retry_after;
} Scenario;

typedef struct {
  SoupServer      *server;
  char            *base_url;
  GHashTable      *calls;       /* endpoint → GUINT_TO_POINTER (count) */
  GHashTable      *asked;       /* video ids asked about */
  guint            requests;
  const Scenario  *scenario;
  GCancellable    *cancellable;
  guint            cancel_after_progress;
  GArray          *fractions;
  GPtrArray       *texts;
  PathwayPlaylist *playlist;
  GError          *error;
  gboolean         done;
} Fixture;

static GBytes *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "youtube", name, NULL);

  return pathway_test_read_file (path);
}

/* Read once: parsing the fixtures for every test would take most of its time under ASan. */
static GHashTable *
index_videos (void)
{
  GHashTable *videos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("videos-%u.json", i);
      g_autoptr(GBytes) bytes = read_fixture (name);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonArray *items;

      json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      items = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "items");
      for (guint j = 0; j < json_array_get_length (items); j++)
        {
          JsonNode *item = json_array_get_element (items, j);
          const char *id = json_object_get_string_member (json_node_get_object (item), "id");

          g_hash_table_insert (videos, g_strdup (id), json_to_string (item, FALSE));
        }
    }

  return videos;
}

/* A videos answer for the ids asked, as the API gives it: in order, unknown ids left out. */
static char *
videos_answer (GHashTable *asked_before,
               const char *ids)
{
  g_auto(GStrv) asked = g_strsplit (ids, ",", -1);
  g_autoptr(GString) items = g_string_new (NULL);
  guint found = 0;

  g_assert_cmpuint (g_strv_length (asked), <=, 50);
  for (guint i = 0; asked[i] != NULL; i++)
    {
      const char *video = g_hash_table_lookup (all_videos, asked[i]);

      /* Each video is asked about once, however often the playlist holds it. */
      g_assert_true (g_hash_table_add (asked_before, g_strdup (asked[i])));

      if (video != NULL)
        g_string_append_printf (items, "%s%s", found++ > 0 ? ", " : "", video);
    }

  return g_strdup_printf ("{\"kind\": \"youtube#videoListResponse\", \"etag\": \"a1NGFoIcLR0b9Qcgc6mK4uTlX0k\", "
                          "\"items\": [%s], \"pageInfo\": {\"totalResults\": %u, \"resultsPerPage\": %u}}",
                          items->str, found, found);
}

static GBytes *
special_body (const char *name)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (g_str_equal (name, "truncated"))
    {
      g_autoptr(GBytes) page = read_fixture ("playlist-items-1.json");
      return g_bytes_new_from_bytes (page, 0, 500);
    }

  if (g_str_equal (name, "huge"))
    {
      /* Valid JSON, over the client's 4 MiB cap. */
      g_string_append (text, "{\"items\": [");
      while (text->len < 5 * 1024 * 1024)
        g_string_append (text, "{\"kind\": \"youtube#playlistItem\", \"etag\": \"pad\"}, ");
      g_string_append (text, "{}]}");
    }
  else if (g_str_equal (name, "deep"))
    {
      for (guint i = 0; i < 10000; i++)
        g_string_append (text, "{\"items\": [");
      for (guint i = 0; i < 10000; i++)
        g_string_append (text, "]}");
    }
  else
    return read_fixture (name);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static void
answer (SoupServerMessage *message,
        guint              status,
        GBytes            *body)
{
  soup_server_message_set_status (message, status, NULL);
  soup_server_message_set_response (message, "application/json; charset=UTF-8", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (body, NULL), g_bytes_get_size (body));
}

static const char *
page_file (const char *token)
{
  if (token == NULL)
    return "playlist-items-1.json";
  if (g_str_equal (token, "EAAaBlBUOkNESQ"))
    return "playlist-items-2.json";
  if (g_str_equal (token, "EAAaBlBUOkNHUQ"))
    return "playlist-items-3.json";
  return NULL;
}

static void
handle (SoupServer        *server,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Fixture *fixture = user_data;
  const char *endpoint = strrchr (path, '/') + 1;
  const Scenario *scenario = fixture->scenario;
  g_autoptr(GBytes) body = NULL;
  guint nth;

  fixture->requests++;
  nth = GPOINTER_TO_UINT (g_hash_table_lookup (fixture->calls, endpoint)) + 1;
  g_hash_table_replace (fixture->calls, g_strdup (endpoint), GUINT_TO_POINTER (nth));

  g_assert_true (g_str_has_prefix (path, "/youtube/v3/"));
  g_assert_nonnull (query);
  g_assert_cmpstr (g_hash_table_lookup (query, "key"), ==, TEST_KEY);

  if (scenario != NULL && g_str_equal (endpoint, scenario->endpoint) &&
      (nth == scenario->nth || (scenario->repeat && nth > scenario->nth)))
    {
      if (g_str_equal (scenario->body, "pause"))
        {
          /* Answers nothing; the client is cancelled while it waits. */
          soup_server_message_pause (message);
          g_cancellable_cancel (fixture->cancellable);
          return;
        }

      if (scenario->retry_after != NULL)
        soup_message_headers_replace (soup_server_message_get_response_headers (message),
                                      "Retry-After", scenario->retry_after);
      body = special_body (scenario->body);
      answer (message, scenario->status, body);
      return;
    }

  if (g_str_equal (endpoint, "playlists"))
    {
      g_assert_cmpstr (g_hash_table_lookup (query, "part"), ==, "snippet,contentDetails");
      body = read_fixture (g_strcmp0 (g_hash_table_lookup (query, "id"), PLAYLIST_ID) == 0
                           ? "playlist.json" : "playlist-empty.json");
      answer (message, 200, body);
    }
  else if (g_str_equal (endpoint, "playlistItems"))
    {
      const char *file = page_file (g_hash_table_lookup (query, "pageToken"));

      g_assert_cmpstr (g_hash_table_lookup (query, "part"), ==, "snippet,contentDetails");
      g_assert_cmpstr (g_hash_table_lookup (query, "playlistId"), ==, PLAYLIST_ID);
      g_assert_cmpstr (g_hash_table_lookup (query, "maxResults"), ==, "50");
      body = read_fixture (file != NULL ? file : "error-invalid-page-token.json");
      answer (message, file != NULL ? 200 : 400, body);
    }
  else if (g_str_equal (endpoint, "videos"))
    {
      g_autofree char *text = videos_answer (fixture->asked, g_hash_table_lookup (query, "id"));

      g_assert_cmpstr (g_hash_table_lookup (query, "part"), ==, "contentDetails,snippet");
      body = g_bytes_new (text, strlen (text));
      answer (message, 200, body);
    }
  else
    soup_server_message_set_status (message, 404, NULL);
}

static guint
no_delay (guint    attempt,
          guint    ceiling_ms,
          gint64   retry_after_ms,
          gpointer user_data)
{
  return 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;

  fixture->calls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fixture->asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fixture->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  fixture->texts = g_ptr_array_new_with_free_func (g_free);
  fixture->cancellable = g_cancellable_new ();

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, "/youtube/v3", handle, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fixture->server);
  fixture->base_url = g_strdup_printf ("http://127.0.0.1:%d/youtube/v3", g_uri_get_port (uris->data));

  g_setenv ("PATHWAY_YOUTUBE_API_URL", fixture->base_url, TRUE);
  g_setenv ("PATHWAY_YOUTUBE_API_KEY", TEST_KEY, TRUE);
  pathway_http_set_delay_func (no_delay, NULL);
  g_string_truncate (log_text, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Whatever happened, the key was never logged. */
  g_assert_null (strstr (log_text->str, TEST_KEY));
  if (fixture->error != NULL)
    g_assert_null (strstr (fixture->error->message, TEST_KEY));

  pathway_http_set_delay_func (NULL, NULL);
  g_unsetenv ("PATHWAY_YOUTUBE_API_URL");
  g_unsetenv ("PATHWAY_YOUTUBE_API_KEY");
  g_clear_pointer (&fixture->playlist, pathway_playlist_free);
  g_clear_error (&fixture->error);
  g_clear_object (&fixture->cancellable);
  g_array_unref (fixture->fractions);
  g_ptr_array_unref (fixture->texts);
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  g_hash_table_unref (fixture->calls);
  g_hash_table_unref (fixture->asked);
  g_free (fixture->base_url);
}

static void
on_progress (double      fraction,
             const char *text,
             gpointer    user_data)
{
  Fixture *fixture = user_data;

  g_array_append_val (fixture->fractions, fraction);
  g_ptr_array_add (fixture->texts, g_strdup (text));
  if (fixture->texts->len == fixture->cancel_after_progress)
    g_cancellable_cancel (fixture->cancellable);
}

static void
on_fetched (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fixture *fixture = user_data;

  fixture->playlist = pathway_youtube_fetch_playlist_finish (result, &fixture->error);
  fixture->done = TRUE;
}

static void
fetch (Fixture    *fixture,
       const char *playlist_id)
{
  pathway_youtube_fetch_playlist_async (playlist_id, on_progress, fixture, fixture->cancellable, on_fetched, fixture);
  while (!fixture->done)
    g_main_context_iteration (NULL, TRUE);
}

static guint
calls (Fixture    *fixture,
       const char *endpoint)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (fixture->calls, endpoint));
}

static guint
count_availability (PathwayPlaylist          *playlist,
                    PathwayVideoAvailability  availability)
{
  guint n = 0;

  for (guint i = 0; i < playlist->videos->len; i++)
    if (((PathwayVideo *) g_ptr_array_index (playlist->videos, i))->availability == availability)
      n++;
  return n;
}

static void
assert_fetched (Fixture *fixture,
                guint    requests)
{
  PathwayPlaylist *playlist = fixture->playlist;

  g_assert_no_error (fixture->error);
  g_assert_nonnull (playlist);
  g_assert_cmpstr (playlist->id, ==, PLAYLIST_ID);
  g_assert_cmpstr (playlist->title, ==, "SQL from Zero");
  g_assert_cmpstr (playlist->channel, ==, "Query Street");
  g_assert_cmpuint (playlist->item_count, ==, N_ITEMS);
  g_assert_cmpuint (playlist->videos->len, ==, N_ITEMS);
  g_assert_cmpuint (playlist->requests, ==, requests);
  g_assert_cmpuint (fixture->requests, ==, requests);

  for (guint i = 0; i < playlist->videos->len; i++)
    g_assert_cmpuint (((PathwayVideo *) g_ptr_array_index (playlist->videos, i))->position, ==, i);

  /* The videos answer left out one, marked deleted with the 3 listed so. */
  g_assert_cmpuint (count_availability (playlist, PATHWAY_VIDEO_PRIVATE), ==, 4);
  g_assert_cmpuint (count_availability (playlist, PATHWAY_VIDEO_DELETED), ==, 4);
  g_assert_cmpuint (count_availability (playlist, PATHWAY_VIDEO_LIVE), ==, 1);
  g_assert_cmpuint (count_availability (playlist, PATHWAY_VIDEO_UPCOMING), ==, 2);
  g_assert_cmpuint (pathway_playlist_count_skipped (playlist), ==, 11);
  g_assert_cmpint (((PathwayVideo *) g_ptr_array_index (playlist->videos, 1))->duration, ==, 3723);
  g_assert_cmpint (((PathwayVideo *) g_ptr_array_index (playlist->videos, 2))->duration, ==, 26 * 3600);
}

static void
test_fetch (Fixture       *fixture,
            gconstpointer  data)
{
  fetch (fixture, PLAYLIST_ID);
  assert_fetched (fixture, MIN_REQUESTS);
  g_assert_cmpuint (calls (fixture, "playlists"), ==, 1);
  g_assert_cmpuint (calls (fixture, "playlistItems"), ==, 3);
  g_assert_cmpuint (calls (fixture, "videos"), ==, 3);

  /* A report after each answer, rising to the end. */
  g_assert_cmpuint (fixture->texts->len, ==, MIN_REQUESTS);
  g_assert_cmpstr (g_ptr_array_index (fixture->texts, 0), ==, "Fetched 0 of 120 videos…");
  g_assert_cmpstr (g_ptr_array_index (fixture->texts, 2), ==, "Fetched 100 of 120 videos…");
  g_assert_cmpstr (g_ptr_array_index (fixture->texts, 4), ==, "Fetched the details of 50 of 112 videos…");
  g_assert_cmpstr (g_ptr_array_index (fixture->texts, 6), ==, "Fetched the details of 112 of 112 videos…");
  for (guint i = 1; i < fixture->fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fixture->fractions, double, i), >, g_array_index (fixture->fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fixture->fractions, double, fixture->fractions->len - 1), ==, 1.0);

  /* The requests were logged, without their query. */
  g_assert_nonnull (strstr (log_text->str, "GET 127.0.0.1/youtube/v3/playlistItems, attempt 1"));
}

static void
test_base_url_setting (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *default_url = NULL;
  g_autofree char *with_slash = NULL;

  g_unsetenv ("PATHWAY_YOUTUBE_API_URL");
  default_url = pathway_youtube_dup_base_url ();
  g_assert_cmpstr (default_url, ==, "https://www.googleapis.com/youtube/v3/");

  g_settings_set_string (settings, "youtube-api-url", fixture->base_url);
  with_slash = pathway_youtube_dup_base_url ();
  g_assert_true (g_str_has_suffix (with_slash, "/youtube/v3/"));
  fetch (fixture, PLAYLIST_ID);
  g_settings_reset (settings, "youtube-api-url");
  assert_fetched (fixture, MIN_REQUESTS);
}

static void
test_not_found (Fixture       *fixture,
                gconstpointer  data)
{
  fetch (fixture, "PLnothingHere0000000000000000000");
  g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND);
  g_assert_cmpstr (fixture->error->message, ==,
                   "There is no public playlist with this id. Private playlists can’t be read with an API key.");
  g_assert_cmpuint (fixture->requests, ==, 1);
}

static void
test_no_key (Fixture       *fixture,
             gconstpointer  data)
{
  g_setenv ("PATHWAY_YOUTUBE_API_KEY", " ", TRUE);
  fetch (fixture, PLAYLIST_ID);
  g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_AUTH);
  g_assert_cmpstr (fixture->error->message, ==,
                   "Add a YouTube Data API key in Preferences, or import a file made with yt-dlp.");
  g_assert_cmpuint (fixture->requests, ==, 0);
}

static void
test_offline (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *url = g_strdup (fixture->base_url);

  /* Nothing listens on the port any more: connections are refused. */
  soup_server_disconnect (fixture->server);
  g_setenv ("PATHWAY_YOUTUBE_API_URL", url, TRUE);
  fetch (fixture, PLAYLIST_ID);
  g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_OFFLINE);
  g_assert_cmpstr (fixture->error->message, ==,
                   "Pathway is offline. Connect to the internet, or import a file made with yt-dlp.");
  g_assert_cmpuint (fixture->requests, ==, 0);
}

static void
test_cancel_between (Fixture       *fixture,
                     gconstpointer  data)
{
  /* After the first page: no request goes out after that. */
  fixture->cancel_after_progress = 2;
  fetch (fixture, PLAYLIST_ID);
  g_assert_error (fixture->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (fixture->playlist);
  g_assert_cmpuint (fixture->requests, ==, 2);
}

static const Scenario pause_second_batch = { "videos", 2, FALSE, 0, "pause", NULL };

static void
test_cancel_in_flight (Fixture       *fixture,
                       gconstpointer  data)
{
  fixture->scenario = &pause_second_batch;
  fetch (fixture, PLAYLIST_ID);
  g_assert_error (fixture->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->requests, ==, 1 + 3 + 2);
}

#define SUCCEEDS (-1)

typedef struct {
  const char *path;
  Scenario    scenario;
  int         code;          /* a PathwaySyncError, or SUCCEEDS */
  const char *message;       /* its start, when set */
  guint       requests;
  gboolean    has_retry_at;
} ErrorCase;

static void
test_error (Fixture       *fixture,
            gconstpointer  data)
{
  const ErrorCase *c = data;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();

  fixture->scenario = &c->scenario;
  fetch (fixture, PLAYLIST_ID);
  g_assert_cmpuint (fixture->requests, ==, c->requests);

  if (c->code == SUCCEEDS)
    {
      assert_fetched (fixture, c->requests);
      return;
    }

  g_assert_error (fixture->error, PATHWAY_SYNC_ERROR, c->code);
  if (c->message != NULL)
    g_assert_true (g_str_has_prefix (fixture->error->message, c->message));
  g_assert_null (fixture->playlist);

  if (c->has_retry_at)
    {
      GDateTime *retry_at = pathway_sync_error_get_retry_at (fixture->error);

      g_assert_nonnull (retry_at);
      g_assert_cmpint (g_date_time_difference (retry_at, before), >=, 0);
      if (g_str_equal (c->scenario.body, "error-rate-limit.json"))
        g_assert_cmpint (g_date_time_difference (retry_at, before), <=, 125 * G_TIME_SPAN_SECOND);
    }
  else
    g_assert_null (pathway_sync_error_get_retry_at (fixture->error));
}

#define REFUSED "The YouTube API key was refused. Check it in Preferences."

static const ErrorCase error_cases[] = {
  { "quota", { "playlists", 1, FALSE, 403, "error-quota.json", NULL }, PATHWAY_SYNC_ERROR_QUOTA,
    "YouTube’s daily quota for this key is used up. It resets at midnight Pacific time (", 1, TRUE },
  { "quota-midway", { "videos", 2, FALSE, 403, "error-quota.json", NULL }, PATHWAY_SYNC_ERROR_QUOTA, NULL, 6, TRUE },
  { "playlist-not-found", { "playlistItems", 1, FALSE, 404, "error-playlist-not-found.json", NULL },
    PATHWAY_SYNC_ERROR_NOT_FOUND, "There is no public playlist with this id.", 2, FALSE },
  { "items-not-accessible", { "playlistItems", 1, FALSE, 403, "error-items-not-accessible.json", NULL },
    PATHWAY_SYNC_ERROR_FORBIDDEN, "This playlist is private.", 2, FALSE },
  { "key-invalid", { "playlists", 1, FALSE, 400, "error-key-invalid.json", NULL }, PATHWAY_SYNC_ERROR_AUTH,
    REFUSED, 1, FALSE },
  { "key-invalid-old", { "playlists", 1, FALSE, 400, "error-key-invalid-old.json", NULL }, PATHWAY_SYNC_ERROR_AUTH,
    REFUSED, 1, FALSE },
  { "access-not-configured", { "playlists", 1, FALSE, 403, "error-access-not-configured.json", NULL },
    PATHWAY_SYNC_ERROR_AUTH, "The YouTube Data API is not enabled", 1, FALSE },
  { "key-blocked", { "playlistItems", 2, FALSE, 403, "error-key-blocked.json", NULL }, PATHWAY_SYNC_ERROR_AUTH,
    "This API key is not allowed to use the YouTube Data API.", 3, FALSE },
  { "rate-limited", { "playlistItems", 2, FALSE, 403, "error-rate-limit.json", "120" },
    PATHWAY_SYNC_ERROR_RATE_LIMITED, "YouTube is receiving too many requests", 3, TRUE },
  { "invalid-page-token", { "playlistItems", 3, FALSE, 400, "error-invalid-page-token.json", NULL },
    PATHWAY_SYNC_ERROR_INVALID_RESPONSE, "YouTube no longer accepts the page", 4, FALSE },
  { "500-then-200", { "videos", 2, FALSE, 500, "error-backend.json", NULL }, SUCCEEDS, NULL, MIN_REQUESTS + 1, FALSE },
  { "429-then-200", { "playlistItems", 2, FALSE, 429, "error-rate-limit.json", "0" }, SUCCEEDS, NULL, MIN_REQUESTS + 1, FALSE },
  { "503-repeated", { "playlists", 1, TRUE, 503, "error-unavailable.json", NULL }, PATHWAY_SYNC_ERROR_SERVER,
    "127.0.0.1 is not working right now (error 503). Try again later.", 4, FALSE },
  { "truncated", { "playlistItems", 2, FALSE, 200, "truncated", NULL }, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
    "127.0.0.1 sent an answer Pathway cannot read", 3, FALSE },
  { "too-large", { "videos", 1, FALSE, 200, "huge", NULL }, PATHWAY_SYNC_ERROR_TOO_LARGE,
    "The answer from 127.0.0.1 is larger than 4.0", 5, FALSE },
  { "too-deep", { "playlistItems", 1, FALSE, 200, "deep", NULL }, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
    "127.0.0.1 sent an answer Pathway cannot read", 2, FALSE },
  { "repeated-page-token", { "playlistItems", 2, TRUE, 200, "playlist-items-2.json", NULL },
    PATHWAY_SYNC_ERROR_INVALID_RESPONSE, "YouTube keeps sending more pages of this playlist", 4, FALSE },
  { "not-a-page", { "playlistItems", 1, FALSE, 200, "error-backend.json", NULL },
    PATHWAY_SYNC_ERROR_INVALID_RESPONSE, "YouTube sent an answer Pathway cannot read (it has no “items” list).", 2, FALSE },
};

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  log_text = g_string_new (NULL);
  g_log_set_writer_func (capture_log, NULL, NULL);
  soup_session_set_proxy_resolver (pathway_http_get_session (), NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sync/youtube/fetch/playlist", test_fetch);
  ADD ("/sync/youtube/fetch/base-url-setting", test_base_url_setting);
  ADD ("/sync/youtube/fetch/not-found", test_not_found);
  ADD ("/sync/youtube/fetch/no-key", test_no_key);
  ADD ("/sync/youtube/fetch/offline", test_offline);
  ADD ("/sync/youtube/fetch/cancel-between", test_cancel_between);
  ADD ("/sync/youtube/fetch/cancel-in-flight", test_cancel_in_flight);
#undef ADD

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/sync/youtube/fetch/", error_cases[i].path, NULL);

      g_test_add (path, Fixture, &error_cases[i], fixture_set_up, test_error, fixture_tear_down);
    }

  all_videos = index_videos ();
  status = g_test_run ();
  g_hash_table_unref (all_videos);
  return status;
}
