/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-core-error.h"
#include "pathway-ytdlp.h"

static PathwayPlaylist *
parse_fixture (const char  *name,
               GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "ytdlp", name, NULL);
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &read_error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (read_error);
  bytes = g_mapped_file_get_bytes (file);
  return pathway_ytdlp_parse (bytes, error);
}

static PathwayPlaylist *
parse_text (const char  *text,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return pathway_ytdlp_parse (bytes, error);
}

/* A playlist of the given entries, with playlist_count only when count is not NULL. */
static PathwayPlaylist *
parse_entries (const char  *entries,
               const char  *count,
               GError     **error)
{
  g_autofree char *text = g_strdup_printf ("{\"_type\": \"playlist\", \"id\": \"PLtest\", \"title\": \"Test\", %s%s%s"
                                           "\"entries\": [%s]}",
                                           count != NULL ? "\"playlist_count\": " : "",
                                           count != NULL ? count : "",
                                           count != NULL ? ", " : "",
                                           entries);

  return parse_text (text, error);
}

static PathwayVideo *
video_at (PathwayPlaylist *playlist,
          guint            index)
{
  g_assert_cmpuint (index, <, playlist->videos->len);
  return g_ptr_array_index (playlist->videos, index);
}

static void
test_playlist (void)
{
  static const struct {
    const char               *id;
    gint64                    duration;
    PathwayVideoAvailability  availability;
    gboolean                  has_channel;
  } expected[] = {
    { "YYXdXT2l-Gg", 1012, PATHWAY_VIDEO_AVAILABLE, TRUE },
    { "k9TUPpGqYTo", 415, PATHWAY_VIDEO_AVAILABLE, TRUE },
    { "khKv-8q7YmY", 1530, PATHWAY_VIDEO_AVAILABLE, TRUE },
    { "Qf3Wc7xSFjA", PATHWAY_VIDEO_DURATION_UNKNOWN, PATHWAY_VIDEO_DELETED, FALSE },
    { "W8KRzm-HUcc", 988, PATHWAY_VIDEO_AVAILABLE, TRUE },
    { "r7wG4xqPsUA", PATHWAY_VIDEO_DURATION_UNKNOWN, PATHWAY_VIDEO_PRIVATE, FALSE },
    { "daefaLgNkw0", PATHWAY_VIDEO_DURATION_UNKNOWN, PATHWAY_VIDEO_UPCOMING, TRUE },
    { "6iF8Xb7Z3wQ", PATHWAY_VIDEO_DURATION_UNKNOWN, PATHWAY_VIDEO_AVAILABLE, TRUE },
    { "DZwmZ8Usvnk", 3605, PATHWAY_VIDEO_AVAILABLE, TRUE },
    { "9Os0o3wzS_I", 724, PATHWAY_VIDEO_AVAILABLE, TRUE },
    { "8ext9G7xspg", 1840, PATHWAY_VIDEO_AVAILABLE, TRUE },
    { "CqvZ3vGoGs0", 612, PATHWAY_VIDEO_AVAILABLE, TRUE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayPlaylist) playlist = parse_fixture ("playlist.json", &error);
  PathwayVideo *video;

  g_assert_no_error (error);
  g_assert_cmpstr (playlist->id, ==, "PL-osiE80TeTskrapNbzXhwoFUiLCjGgY7");
  g_assert_cmpstr (playlist->title, ==, "Python Programming Beginner Tutorials");
  g_assert_cmpstr (playlist->channel, ==, "Corey Schafer");
  g_assert_cmpuint (playlist->item_count, ==, 12);
  g_assert_cmpuint (playlist->requests, ==, 0);
  g_assert_cmpuint (playlist->videos->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *thumbnail = NULL;

      video = video_at (playlist, i);
      thumbnail = g_strdup_printf ("https://i.ytimg.com/vi/%s/hqdefault.jpg?sqp=-oaymwEcCNACELwBSFXyq4qpAw4IARUAAIhCGAFwAcABBg==&rs=AOn4CLC6k9ppL9b6oW3vT8bS7hEo1p1dYg",
                                   expected[i].id);
      g_assert_cmpstr (video->id, ==, expected[i].id);
      g_assert_cmpuint (video->position, ==, i);
      g_assert_cmpint (video->duration, ==, expected[i].duration);
      g_assert_cmpint (video->availability, ==, expected[i].availability);
      g_assert_cmpstr (video->thumbnail_url, ==, thumbnail);
      g_assert_true ((video->channel != NULL) == expected[i].has_channel);
    }

  video = video_at (playlist, 0);
  g_assert_cmpstr (video->title, ==, "Python Tutorial for Beginners 1: Install and Setup for Mac and Windows");
  g_assert_cmpstr (video->channel, ==, "Corey Schafer");
  g_assert_cmpstr (video_at (playlist, 3)->title, ==, "[Deleted video]");
  g_assert_cmpstr (video_at (playlist, 9)->title, ==, "Diccionarios, listas y tuplas — ¿cuál usar? 🐍 (subtítulos en español)");

  /* Deleted, private, upcoming and the recorded stream of unknown length. */
  g_assert_cmpuint (pathway_playlist_count_skipped (playlist), ==, 4);
}

static void
assert_fixture_error (const char *name,
                      const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayPlaylist) playlist = parse_fixture (name, &error);

  g_test_message ("%s: %s", name, error != NULL ? error->message : "no error");
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_null (playlist);
  g_assert_true (g_str_has_prefix (error->message, message));
}

static void
test_broken_files (void)
{
  assert_fixture_error ("video.json",
                        "This file describes one video, not a playlist: run yt-dlp with a playlist link.");
  assert_fixture_error ("channel.json",
                        "This file lists playlists, not videos: run yt-dlp with the link of one playlist.");
  assert_fixture_error ("not-json.txt", "This is not a playlist file from yt-dlp. The data is not valid JSON: ");
  assert_fixture_error ("truncated.json", "This is not a playlist file from yt-dlp. The data is not valid JSON: ");
  assert_fixture_error ("one-per-line.json", "This file holds one line per video: write the whole playlist with "
                                             "“yt-dlp --flat-playlist -J”, with a capital J.");
  assert_fixture_error ("wrong-types.json", "Entry 2: “duration” must be a number of seconds or null.");
}

static void
assert_text_error (const char *text,
                   const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayPlaylist) playlist = parse_text (text, &error);

  g_test_message ("%s", text);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_null (playlist);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_wrong_shapes (void)
{
  const char *object_message = "This is not a playlist file from yt-dlp: it must hold one JSON object, "
                               "as “yt-dlp --flat-playlist -J” writes.";

  assert_text_error ("", "This is not a playlist file from yt-dlp. The data is empty.");
  assert_text_error ("[]", object_message);
  assert_text_error ("\"playlist\"", object_message);
  assert_text_error ("{}", "The yt-dlp file: “_type” is missing.");
  assert_text_error ("{\"_type\": 1}", "The yt-dlp file: “_type” must be a string.");
  assert_text_error ("{\"_type\": \"video\", \"id\": \"abc\"}",
                     "This file describes one video, not a playlist: run yt-dlp with a playlist link.");
  assert_text_error ("{\"_type\": \"multi_video\"}",
                     "This file describes a “multi_video”, not a playlist: run yt-dlp with a playlist link.");
  assert_text_error ("{\"_type\": \"playlist\", \"entries\": []}", "The yt-dlp file: “id” is missing.");
  assert_text_error ("{\"_type\": \"playlist\", \"id\": \"PLx\"}", "The yt-dlp file: “entries” is missing.");
  assert_text_error ("{\"_type\": \"playlist\", \"id\": \"PLx\", \"entries\": {}}",
                     "The yt-dlp file: “entries” must be an array.");
  assert_text_error ("{\"_type\": \"playlist\", \"id\": \"PLx\", \"title\": 5, \"entries\": []}",
                     "The yt-dlp file: “title” must be a string.");
  assert_text_error ("{\"_type\": \"playlist\", \"id\": \"PLx\", \"playlist_count\": -1, \"entries\": []}",
                     "The yt-dlp file: “playlist_count” is -1; it must be from 0 to 2147483647.");
  assert_text_error ("{\"_type\": \"playlist\", \"id\": \"PLx\", \"playlist_count\": \"12\", \"entries\": []}",
                     "The yt-dlp file: “playlist_count” must be a whole number.");
}

static void
assert_entries_error (const char *entries,
                      const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayPlaylist) playlist = parse_entries (entries, NULL, &error);

  g_test_message ("%s", entries);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_null (playlist);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_wrong_entries (void)
{
  assert_entries_error ("{\"id\": \"aaaaaaaaaaa\"}, null", "Entry 2: it must be an object.");
  assert_entries_error ("[]", "Entry 1: it must be an object.");
  assert_entries_error ("{\"title\": \"No id\"}", "Entry 1: “id” is missing.");
  assert_entries_error ("{\"id\": \"\"}", "Entry 1: “id” is empty.");
  assert_entries_error ("{\"id\": 42}", "Entry 1: “id” must be a string.");
  assert_entries_error ("{\"id\": \"a/b\"}", "Entry 1: “id” is not a YouTube video id.");
  assert_entries_error ("{\"id\": \"aaaaaaaaaaa\", \"title\": [\"x\"]}", "Entry 1: “title” must be a string.");
  assert_entries_error ("{\"id\": \"aaaaaaaaaaa\", \"live_status\": true}", "Entry 1: “live_status” must be a string.");
  assert_entries_error ("{\"id\": \"aaaaaaaaaaa\", \"duration\": -1}",
                        "Entry 1: “duration” must be a number of seconds or null.");
  assert_entries_error ("{\"id\": \"aaaaaaaaaaa\", \"duration\": 1e300}",
                        "Entry 1: “duration” must be a number of seconds or null.");
  assert_entries_error ("{\"id\": \"aaaaaaaaaaa\", \"duration\": \"PT5M\"}",
                        "Entry 1: “duration” must be a number of seconds or null.");
  assert_entries_error ("{\"id\": \"aaaaaaaaaaa\", \"duration\": true}",
                        "Entry 1: “duration” must be a number of seconds or null.");
  assert_entries_error ("{\"_type\": \"url\", \"ie_key\": \"YoutubeTab\", \"id\": \"PLx\"}",
                        "This file lists playlists, not videos: run yt-dlp with the link of one playlist.");
}

static void
test_entry_fields (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayPlaylist) playlist = parse_entries (
    "{\"id\": \"live0000000\", \"title\": \"On air\", \"live_status\": \"is_live\", \"duration\": null},"
    "{\"id\": \"priv0000000\", \"title\": \"Members\", \"availability\": \"private\", \"duration\": 60},"
    "{\"id\": \"half0000000\", \"title\": \"Half\", \"duration\": 12.5},"
    "{\"id\": \"less0000000\", \"title\": \"Less\", \"duration\": 12.49},"
    "{\"id\": \"null0000000\", \"title\": null},"
    "{\"id\": \"half0000000\", \"title\": \"Twice\", \"duration\": 99},"
    "{\"id\": \"zero0000000\", \"title\": \"Zero\", \"duration\": 0, \"live_status\": \"was_live\"}",
    NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (playlist->title, ==, "Test");
  g_assert_null (playlist->channel);
  /* Entries, not videos: the repeated one counts, as a service would count it. */
  g_assert_cmpuint (playlist->item_count, ==, 7);
  g_assert_cmpuint (playlist->videos->len, ==, 6);

  g_assert_cmpint (video_at (playlist, 0)->availability, ==, PATHWAY_VIDEO_LIVE);
  g_assert_cmpint (video_at (playlist, 1)->availability, ==, PATHWAY_VIDEO_PRIVATE);
  g_assert_cmpint (video_at (playlist, 2)->duration, ==, 13);
  g_assert_cmpstr (video_at (playlist, 2)->title, ==, "Half");
  g_assert_cmpint (video_at (playlist, 3)->duration, ==, 12);
  g_assert_cmpstr (video_at (playlist, 4)->title, ==, "null0000000");
  g_assert_cmpint (video_at (playlist, 4)->duration, ==, PATHWAY_VIDEO_DURATION_UNKNOWN);
  g_assert_cmpstr (video_at (playlist, 5)->id, ==, "zero0000000");
  g_assert_cmpint (video_at (playlist, 5)->availability, ==, PATHWAY_VIDEO_AVAILABLE);
  g_assert_cmpint (video_at (playlist, 5)->duration, ==, 0);

  for (guint i = 0; i < playlist->videos->len; i++)
    g_assert_cmpuint (video_at (playlist, i)->position, ==, i);
}

static void
test_count (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayPlaylist) counted = parse_entries ("{\"id\": \"aaaaaaaaaaa\"}", "250", &error);
  g_autoptr(PathwayPlaylist) empty = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (counted->item_count, ==, 250);
  g_assert_cmpuint (counted->videos->len, ==, 1);

  /* An empty playlist is a playlist; scheduling it is what fails. */
  empty = parse_entries ("", "null", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (empty->item_count, ==, 0);
  g_assert_cmpuint (empty->videos->len, ==, 0);
}

static void
test_thumbnails (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayPlaylist) playlist = parse_entries (
    /* the largest web one, not the larger one of another scheme */
    "{\"id\": \"a0000000000\", \"thumbnails\": [{\"url\": \"https://i.ytimg.com/a/small.jpg\", \"width\": 120, \"height\": 90},"
    "  {\"url\": \"ftp://i.ytimg.com/a/huge.jpg\", \"width\": 1920, \"height\": 1080},"
    "  {\"url\": \"javascript:alert(1)\", \"width\": 1920, \"height\": 1080},"
    "  {\"url\": \"http://i.ytimg.com/a/large.jpg\", \"width\": 480, \"height\": 360},"
    "  {\"url\": \"https://i.ytimg.com/a/medium.jpg\", \"width\": 320, \"height\": 180}]},"
    /* no sizes: the last */
    "{\"id\": \"b0000000000\", \"thumbnails\": [{\"url\": \"https://i.ytimg.com/b/1.jpg\"}, {\"url\": \"https://i.ytimg.com/b/2.jpg\"}]},"
    /* nothing usable */
    "{\"id\": \"c0000000000\", \"thumbnails\": [null, 3, {\"url\": 5}, {\"url\": \"data:image/png;base64,AAAA\"},"
    "  {\"url\": \"HTTPS://I.YTIMG.COM/c.jpg\"}, {\"url\": \"https://exa mple.org/c.jpg\"}]},"
    "{\"id\": \"d0000000000\", \"thumbnails\": {\"url\": \"https://i.ytimg.com/d.jpg\"}},"
    "{\"id\": \"e0000000000\"},"
    /* sizes of the wrong type count as none */
    "{\"id\": \"f0000000000\", \"thumbnails\": [{\"url\": \"https://i.ytimg.com/f/1.jpg\", \"width\": 100, \"height\": 100},"
    "  {\"url\": \"https://i.ytimg.com/f/2.jpg\", \"width\": \"4000\", \"height\": -5}]}",
    NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (video_at (playlist, 0)->thumbnail_url, ==, "http://i.ytimg.com/a/large.jpg");
  g_assert_cmpstr (video_at (playlist, 1)->thumbnail_url, ==, "https://i.ytimg.com/b/2.jpg");
  g_assert_null (video_at (playlist, 2)->thumbnail_url);
  g_assert_null (video_at (playlist, 3)->thumbnail_url);
  g_assert_null (video_at (playlist, 4)->thumbnail_url);
  g_assert_cmpstr (video_at (playlist, 5)->thumbnail_url, ==, "https://i.ytimg.com/f/1.jpg");
}

static void
test_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) deep = g_string_new ("{\"_type\": \"playlist\", \"id\": \"PLx\", \"entries\": ");
  g_autoptr(PathwayPlaylist) playlist = NULL;
  g_autoptr(GBytes) huge = NULL;

  for (guint i = 0; i < 40; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 40; i++)
    g_string_append_c (deep, ']');
  g_string_append_c (deep, '}');

  playlist = parse_text (deep->str, &error);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==,
                   "This is not a playlist file from yt-dlp. The data is nested more than 32 levels deep.");
  g_assert_null (playlist);
  g_clear_error (&error);

  /* Refused by its size alone, before anything reads it. */
  huge = g_bytes_new_take (g_malloc0 (PATHWAY_YTDLP_MAX_SIZE + 1), PATHWAY_YTDLP_MAX_SIZE + 1);
  playlist = pathway_ytdlp_parse (huge, &error);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_assert_null (playlist);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/ytdlp/playlist", test_playlist);
  g_test_add_func ("/core/ytdlp/broken-files", test_broken_files);
  g_test_add_func ("/core/ytdlp/wrong-shapes", test_wrong_shapes);
  g_test_add_func ("/core/ytdlp/wrong-entries", test_wrong_entries);
  g_test_add_func ("/core/ytdlp/entry-fields", test_entry_fields);
  g_test_add_func ("/core/ytdlp/count", test_count);
  g_test_add_func ("/core/ytdlp/thumbnails", test_thumbnails);
  g_test_add_func ("/core/ytdlp/limits", test_limits);

  return g_test_run ();
}
