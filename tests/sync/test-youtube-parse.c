/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-json.h"
#include "pathway-sync-error.h"
#include "pathway-youtube-parse.h"

/* The fixtures' playlist, as tests/fixtures/youtube was generated: 120 items on three pages. */
#define N_ITEMS 120
static const guint private_positions[] = { 7, 33, 64, 101 };
static const guint deleted_positions[] = { 12, 58, 90 };
#define TRAP_POSITION      40   /* a public video titled “Private video” */
#define OMITTED_POSITION   75   /* left out of its videos answer */
#define DUPLICATE_POSITION 119  /* the same video as position 3 */

static JsonNode *
load (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "youtube", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  JsonNode *root;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  root = pathway_json_parse_untrusted (bytes, 4 * 1024 * 1024, 32, &error);
  g_assert_no_error (error);
  return root;
}

static JsonNode *
parse_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  JsonNode *root = pathway_json_parse_untrusted (bytes, 1024 * 1024, 32, &error);

  g_assert_no_error (error);
  return root;
}

static GPtrArray *
parse_all_items (void)
{
  GPtrArray *videos = g_ptr_array_new_with_free_func ((GDestroyNotify) pathway_video_free);
  static const char * const pages[] = { "playlist-items-1.json", "playlist-items-2.json", "playlist-items-3.json" };
  static const char * const tokens[] = { "EAAaBlBUOkNESQ", "EAAaBlBUOkNHUQ", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(JsonNode) root = load (pages[i]);
      g_autoptr(GError) error = NULL;
      g_autofree char *token = NULL;

      g_assert_true (pathway_youtube_parse_items_page (root, videos, &token, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (token, ==, tokens[i]);
    }

  return videos;
}

static GHashTable *
parse_all_videos (void)
{
  GHashTable *by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pathway_video_free);

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("videos-%u.json", i);
      g_autoptr(JsonNode) root = load (name);
      g_autoptr(GError) error = NULL;

      g_assert_true (pathway_youtube_parse_videos (root, by_id, &error));
      g_assert_no_error (error);
    }

  return by_id;
}

static gboolean
contains (const guint *positions,
          guint        n,
          guint        position)
{
  for (guint i = 0; i < n; i++)
    if (positions[i] == position)
      return TRUE;

  return FALSE;
}

static PathwayVideo *
video_at (GPtrArray *videos,
          guint      position)
{
  PathwayVideo *video = g_ptr_array_index (videos, position);

  g_assert_cmpuint (video->position, ==, position);
  return video;
}

static void
test_playlists (void)
{
  g_autoptr(JsonNode) root = load ("playlist.json");
  g_autoptr(PathwayPlaylist) playlist = pathway_playlist_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (pathway_youtube_parse_playlists (root, playlist, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (playlist->id, ==, "PLpNuBt7m3Q5xGvW0a8cKdLrTfHs2YjE9i");
  g_assert_cmpstr (playlist->title, ==, "SQL from Zero");
  g_assert_cmpstr (playlist->channel, ==, "Query Street");
  g_assert_cmpuint (playlist->item_count, ==, N_ITEMS);
}

static void
test_playlists_empty (void)
{
  g_autoptr(JsonNode) root = load ("playlist-empty.json");
  g_autoptr(JsonNode) not_a_list = parse_text ("{\"kind\": \"youtube#playlistListResponse\"}");
  g_autoptr(JsonNode) no_title = parse_text ("{\"items\": [{\"id\": \"PLx\", \"snippet\": {}}]}");
  g_autoptr(PathwayPlaylist) playlist = pathway_playlist_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (pathway_youtube_parse_playlists (root, playlist, &error));
  g_assert_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "There is no public playlist with this id. Private playlists can’t be read with an API key.");
  g_clear_error (&error);

  g_assert_false (pathway_youtube_parse_playlists (not_a_list, playlist, &error));
  g_assert_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE);
  g_clear_error (&error);

  g_assert_false (pathway_youtube_parse_playlists (no_title, playlist, &error));
  g_assert_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE);
  g_assert_null (playlist->title);
}

static void
test_items (void)
{
  g_autoptr(GPtrArray) videos = parse_all_items ();

  g_assert_cmpuint (videos->len, ==, N_ITEMS);
  for (guint i = 0; i < videos->len; i++)
    {
      PathwayVideo *video = video_at (videos, i);
      gboolean is_private = contains (private_positions, G_N_ELEMENTS (private_positions), i);
      gboolean is_deleted = contains (deleted_positions, G_N_ELEMENTS (deleted_positions), i);

      g_assert_cmpuint (strlen (video->id), ==, 11);
      g_assert_cmpint (video->duration, ==, PATHWAY_VIDEO_DURATION_UNKNOWN);
      if (is_private || is_deleted)
        {
          g_assert_cmpint (video->availability, ==, is_private ? PATHWAY_VIDEO_PRIVATE : PATHWAY_VIDEO_DELETED);
          g_assert_cmpstr (video->title, ==, is_private ? "Private video" : "Deleted video");
          g_assert_null (video->channel);
          g_assert_null (video->thumbnail_url);
        }
      else
        {
          g_assert_cmpint (video->availability, ==, PATHWAY_VIDEO_AVAILABLE);
          g_assert_nonnull (video->channel);
          g_assert_true (g_str_has_prefix (video->thumbnail_url, "https://i.ytimg.com/vi/"));
        }
    }

  /* The video's own channel, not the playlist owner's; the largest thumbnail. */
  g_assert_cmpstr (video_at (videos, 0)->title, ==, "Lesson 1: SELECT basics");
  g_assert_cmpstr (video_at (videos, 0)->channel, ==, "Data Basics");
  g_assert_true (g_str_has_suffix (video_at (videos, 0)->thumbnail_url, "/maxresdefault.jpg"));
  g_assert_cmpstr (video_at (videos, 4)->title, ==, "Lesson 5: GROUP BY “gotchas”");

  /* Titled “Private video” by its owner, yet public: it has an owner, thumbnails and a date. */
  g_assert_cmpstr (video_at (videos, TRAP_POSITION)->title, ==, "Private video");
  g_assert_cmpint (video_at (videos, TRAP_POSITION)->availability, ==, PATHWAY_VIDEO_AVAILABLE);

  g_assert_cmpstr (video_at (videos, DUPLICATE_POSITION)->id, ==, video_at (videos, 3)->id);
}

static void
test_items_invalid (void)
{
  g_autoptr(GPtrArray) videos = g_ptr_array_new_with_free_func ((GDestroyNotify) pathway_video_free);
  g_autoptr(JsonNode) no_items = parse_text ("{\"kind\": \"youtube#playlistItemListResponse\", \"nextPageToken\": \"x\"}");
  g_autoptr(JsonNode) no_id = parse_text ("{\"items\": [{\"snippet\": {\"title\": \"A\"}, \"contentDetails\": {}}]}");
  g_autoptr(JsonNode) empty_token = parse_text ("{\"nextPageToken\": \"\", \"items\": [{\"snippet\": {\"title\": \"A\", "
                                                "\"resourceId\": {\"videoId\": \"abcdefghijk\"}}}]}");
  g_autoptr(JsonNode) array = parse_text ("[]");
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  g_assert_false (pathway_youtube_parse_items_page (no_items, videos, &token, &error));
  g_assert_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE);
  g_assert_null (token);
  g_clear_error (&error);

  g_assert_false (pathway_youtube_parse_items_page (no_id, videos, &token, &error));
  g_assert_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE);
  g_clear_error (&error);

  g_assert_false (pathway_youtube_parse_items_page (array, videos, &token, &error));
  g_assert_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE);
  g_clear_error (&error);
  g_assert_cmpuint (videos->len, ==, 0);

  /* resourceId is enough, a missing position is the index, an empty token ends the list. */
  g_assert_true (pathway_youtube_parse_items_page (empty_token, videos, &token, &error));
  g_assert_no_error (error);
  g_assert_null (token);
  g_assert_cmpuint (videos->len, ==, 1);
  g_assert_cmpstr (video_at (videos, 0)->id, ==, "abcdefghijk");
}

static void
test_videos (void)
{
  g_autoptr(GPtrArray) items = parse_all_items ();
  g_autoptr(GHashTable) by_id = parse_all_videos ();
  struct {
    guint                    position;
    gint64                   duration;
    PathwayVideoAvailability availability;
  } cases[] = {
    { 0, 15 * 60, PATHWAY_VIDEO_AVAILABLE },                     /* PT15M */
    { 1, 3723, PATHWAY_VIDEO_AVAILABLE },                        /* PT1H2M3S */
    { 2, 26 * 3600, PATHWAY_VIDEO_AVAILABLE },                   /* P1DT2H */
    { 9, 3650, PATHWAY_VIDEO_AVAILABLE },                        /* PT1H50S */
    { 5, PATHWAY_VIDEO_DURATION_UNKNOWN, PATHWAY_VIDEO_LIVE },     /* P0D, live */
    { 6, PATHWAY_VIDEO_DURATION_UNKNOWN, PATHWAY_VIDEO_UPCOMING }, /* P0D, upcoming */
    { 8, PATHWAY_VIDEO_DURATION_UNKNOWN, PATHWAY_VIDEO_UPCOMING }, /* a premiere: no duration */
  };

  /* 112 distinct available videos, one of which the answers leave out. */
  g_assert_cmpuint (g_hash_table_size (by_id), ==, 111);
  g_assert_null (g_hash_table_lookup (by_id, video_at (items, OMITTED_POSITION)->id));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PathwayVideo *video = g_hash_table_lookup (by_id, video_at (items, cases[i].position)->id);

      g_assert_nonnull (video);
      g_assert_cmpint (video->duration, ==, cases[i].duration);
      g_assert_cmpint (video->availability, ==, cases[i].availability);
      g_assert_true (g_str_has_suffix (video->thumbnail_url, "/maxresdefault.jpg"));
    }
}

static void
test_videos_invalid (void)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pathway_video_free);
  g_autoptr(JsonNode) no_id = parse_text ("{\"items\": [{\"snippet\": {}}]}");
  g_autoptr(JsonNode) odd = parse_text ("{\"items\": [{\"id\": \"abcdefghijk\", \"contentDetails\": {\"duration\": \"P1Y\"},"
                                        " \"snippet\": {\"thumbnails\": {\"high\": {\"url\": \"http://example.com/a.jpg\"}}}}]}");
  g_autoptr(GError) error = NULL;
  PathwayVideo *video;

  g_assert_false (pathway_youtube_parse_videos (no_id, by_id, &error));
  g_assert_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE);
  g_clear_error (&error);

  /* A length in years has no fixed number of seconds; a thumbnail over http is not used. */
  g_assert_true (pathway_youtube_parse_videos (odd, by_id, &error));
  g_assert_no_error (error);
  video = g_hash_table_lookup (by_id, "abcdefghijk");
  g_assert_cmpint (video->duration, ==, PATHWAY_VIDEO_DURATION_UNKNOWN);
  g_assert_null (video->thumbnail_url);
}

static void
test_merge (void)
{
  g_autoptr(PathwayPlaylist) playlist = pathway_playlist_new ();
  g_autoptr(GHashTable) by_id = parse_all_videos ();
  guint counts[PATHWAY_VIDEO_UPCOMING + 1] = { 0 };

  g_ptr_array_extend_and_steal (playlist->videos, parse_all_items ());
  g_assert_cmpuint (pathway_youtube_merge_videos (playlist->videos, by_id), ==, 1);

  for (guint i = 0; i < playlist->videos->len; i++)
    counts[((PathwayVideo *) g_ptr_array_index (playlist->videos, i))->availability]++;

  g_assert_cmpuint (counts[PATHWAY_VIDEO_PRIVATE], ==, 4);
  g_assert_cmpuint (counts[PATHWAY_VIDEO_DELETED], ==, 4);
  g_assert_cmpuint (counts[PATHWAY_VIDEO_LIVE], ==, 1);
  g_assert_cmpuint (counts[PATHWAY_VIDEO_UPCOMING], ==, 2);
  g_assert_cmpuint (counts[PATHWAY_VIDEO_AVAILABLE], ==, 109);
  g_assert_cmpuint (pathway_playlist_count_skipped (playlist), ==, 11);

  g_assert_cmpint (video_at (playlist->videos, OMITTED_POSITION)->availability, ==, PATHWAY_VIDEO_DELETED);
  g_assert_null (video_at (playlist->videos, OMITTED_POSITION)->thumbnail_url);
  g_assert_cmpint (video_at (playlist->videos, 2)->duration, ==, 26 * 3600);
  g_assert_true (pathway_video_is_schedulable (video_at (playlist->videos, TRAP_POSITION)));
  g_assert_cmpint (video_at (playlist->videos, DUPLICATE_POSITION)->duration, ==,
                   video_at (playlist->videos, 3)->duration);
}

typedef struct {
  guint             status;
  const char       *file;     /* NULL: a body that is not JSON */
  PathwaySyncError  code;
  const char       *message;  /* NULL: checked elsewhere */
} ErrorCase;

static const ErrorCase error_cases[] = {
  { 404, "error-playlist-not-found.json", PATHWAY_SYNC_ERROR_NOT_FOUND,
    "There is no public playlist with this id. Private playlists can’t be read with an API key." },
  { 403, "error-items-not-accessible.json", PATHWAY_SYNC_ERROR_FORBIDDEN,
    "This playlist is private. Make it public or unlisted on YouTube, or import a file made with yt-dlp." },
  { 400, "error-key-invalid.json", PATHWAY_SYNC_ERROR_AUTH,
    "The YouTube API key was refused. Check it in Preferences." },
  { 400, "error-key-invalid-old.json", PATHWAY_SYNC_ERROR_AUTH,
    "The YouTube API key was refused. Check it in Preferences." },
  { 403, "error-access-not-configured.json", PATHWAY_SYNC_ERROR_AUTH,
    "The YouTube Data API is not enabled for this key’s Google Cloud project. Enable it in the Google Cloud "
    "console, or use another key in Preferences." },
  { 403, "error-key-blocked.json", PATHWAY_SYNC_ERROR_AUTH,
    "This API key is not allowed to use the YouTube Data API. Remove the key’s restrictions in the Google Cloud "
    "console, or use another key in Preferences." },
  { 403, "error-rate-limit.json", PATHWAY_SYNC_ERROR_RATE_LIMITED,
    "YouTube is receiving too many requests from Pathway. Wait a few minutes and try again." },
  { 400, "error-invalid-page-token.json", PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
    "YouTube no longer accepts the page Pathway asked for. Try again to fetch the playlist from the start." },
  { 500, "error-backend.json", PATHWAY_SYNC_ERROR_SERVER,
    "YouTube is not working right now (error 500). Try again later." },
  { 401, NULL, PATHWAY_SYNC_ERROR_AUTH, "The YouTube API key was refused. Check it in Preferences." },
  { 403, NULL, PATHWAY_SYNC_ERROR_FORBIDDEN, NULL },
  { 404, NULL, PATHWAY_SYNC_ERROR_NOT_FOUND, NULL },
  { 429, NULL, PATHWAY_SYNC_ERROR_RATE_LIMITED, NULL },
  { 418, NULL, PATHWAY_SYNC_ERROR_INVALID_RESPONSE, NULL },
};

static void
test_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      const ErrorCase *c = &error_cases[i];
      g_autoptr(JsonNode) body = c->file != NULL ? load (c->file) : NULL;
      g_autoptr(GError) error = NULL;

      pathway_youtube_parse_error (c->status, body, &error);
      g_assert_error (error, PATHWAY_SYNC_ERROR, (int) c->code);
      if (c->message != NULL)
        g_assert_cmpstr (error->message, ==, c->message);
      g_assert_null (pathway_sync_error_get_retry_at (error));
    }
}

/* The quota resets at the next midnight in California, said in local time. */
static void
test_error_quota (void)
{
  g_autoptr(JsonNode) body = load ("error-quota.json");
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) reset = pathway_sync_next_pacific_midnight (before);
  g_autofree char *local = pathway_sync_format_local_time (reset, before);
  g_autofree char *expected = g_strdup_printf ("YouTube’s daily quota for this key is used up. It resets at midnight "
                                               "Pacific time (%s here); try again then, or import a yt-dlp file now.",
                                               local);
  g_autoptr(GError) error = NULL;
  GDateTime *retry_at;

  pathway_youtube_parse_error (403, body, &error);
  g_assert_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_QUOTA);
  g_assert_cmpstr (error->message, ==, expected);

  retry_at = pathway_sync_error_get_retry_at (error);
  g_assert_nonnull (retry_at);
  g_assert_true (g_date_time_equal (retry_at, reset));
  g_assert_cmpint (g_date_time_difference (retry_at, before), >, 0);
  g_assert_cmpint (g_date_time_difference (retry_at, before), <=, 25 * G_TIME_SPAN_HOUR);
}

int
main (int    argc,
      char **argv)
{
  /* A fixed zone, so that the quota message names one time whatever the machine's zone. */
  g_setenv ("TZ", "Europe/Paris", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sync/youtube/parse/playlists", test_playlists);
  g_test_add_func ("/sync/youtube/parse/playlists-empty", test_playlists_empty);
  g_test_add_func ("/sync/youtube/parse/items", test_items);
  g_test_add_func ("/sync/youtube/parse/items-invalid", test_items_invalid);
  g_test_add_func ("/sync/youtube/parse/videos", test_videos);
  g_test_add_func ("/sync/youtube/parse/videos-invalid", test_videos_invalid);
  g_test_add_func ("/sync/youtube/parse/merge", test_merge);
  g_test_add_func ("/sync/youtube/parse/errors", test_errors);
  g_test_add_func ("/sync/youtube/parse/error-quota", test_error_quota);

  return g_test_run ();
}
