/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-core-error.h"
#include "pathway-youtube-link.h"

#define ID "PLillGF-RfqbY3c2r0htQyVbDJJoBFE6Rb"

typedef struct {
  const char *text;
  const char *id;
} GoodCase;

typedef struct {
  const char *text;
  const char *message;
} BadCase;

static const char *video_message = "That is a link to one video; paste a playlist link, one with “list=” in it.";
static const char *no_list_message = "That YouTube link has no playlist in it; paste a playlist link, one with “list=” in it.";
static const char *other_host_message = "That is not a YouTube link; paste a link to a playlist on youtube.com.";
static const char *not_link_message = "That is not a YouTube playlist link or playlist id.";
static const char *bad_id_message = "The playlist id in that link is not valid; copy the link again.";

static void
assert_parses (const char *text,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = pathway_youtube_parse_playlist (text, &error);

  g_test_message ("%s", text);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, expected);
}

static void
assert_refused (const char *text,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = pathway_youtube_parse_playlist (text, &error);

  g_test_message ("%s", text);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST);
  g_assert_null (id);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
  else
    g_assert_cmpuint (strlen (error->message), >, 20);
}

static void
test_playlist_links (void)
{
  static const char *prefixes[] = {
    "https://www.youtube.com", "http://www.youtube.com", "www.youtube.com", "https://youtube.com",
    "youtube.com", "https://m.youtube.com", "m.youtube.com", "https://music.youtube.com",
    "HTTPS://WWW.YouTube.COM", "https://www.youtube.com.", "//www.youtube.com", "https://www.youtube.com:443",
  };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *playlist = g_strconcat (prefixes[i], "/playlist?list=" ID, NULL);
      g_autofree char *watch = g_strconcat (prefixes[i], "/watch?v=dQw4w9WgXcQ&list=" ID "&index=3", NULL);
      g_autofree char *list_first = g_strconcat (prefixes[i], "/watch?list=" ID "&v=dQw4w9WgXcQ&t=42s", NULL);
      g_autofree char *embed = g_strconcat (prefixes[i], "/embed/videoseries?list=" ID, NULL);

      assert_parses (playlist, ID);
      assert_parses (watch, ID);
      assert_parses (list_first, ID);
      assert_parses (embed, ID);
    }
}

static void
test_other_forms (void)
{
  static const GoodCase cases[] = {
    { "https://youtu.be/dQw4w9WgXcQ?list=" ID, ID },
    { "youtu.be/dQw4w9WgXcQ?si=AbCdEf&list=" ID, ID },
    { "http://youtu.be/dQw4w9WgXcQ?list=" ID "&t=10", ID },
    { "  \t https://www.youtube.com/playlist?list=" ID "  \n", ID },
    { "https://www.youtube.com/playlist?feature=shared&si=x-y_z&list=" ID, ID },
    { "https://www.youtube.com/playlist?list=" ID "#comments", ID },
    { "https://www.youtube.com/playlist?list=PL%41bc_-9", "PLAbc_-9" },
    { "https://music.youtube.com/playlist?list=OLAK5uy_kXvYXZj0xH9m3yZ4bmQzOLzDCN-5hmGzw", "OLAK5uy_kXvYXZj0xH9m3yZ4bmQzOLzDCN-5hmGzw" },
    { "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=RDdQw4w9WgXcQ&start_radio=1", "RDdQw4w9WgXcQ" },
    { "https://www.youtube.com/playlist?list=UUBR8-60-B28hp2BmDPdntcQ", "UUBR8-60-B28hp2BmDPdntcQ" },
    { ID, ID },
    { "  " ID "\n", ID },
    { "UUBR8-60-B28hp2BmDPdntcQ", "UUBR8-60-B28hp2BmDPdntcQ" },
    { "OLAK5uy_kXvYXZj0xH9m3yZ4bmQzOLzDCN-5hmGzw", "OLAK5uy_kXvYXZj0xH9m3yZ4bmQzOLzDCN-5hmGzw" },
    { "FLBR8-60-B28hp2BmDPdntcQ", "FLBR8-60-B28hp2BmDPdntcQ" },
    { "RDCLAK5uy_lf8okgl2ygD075nhnJVjlfhwp8NsUgEbs", "RDCLAK5uy_lf8okgl2ygD075nhnJVjlfhwp8NsUgEbs" },
    { "PL", "PL" },
    { "PL123456789012345678901234567890123456789012345678901234567890AB",
      "PL123456789012345678901234567890123456789012345678901234567890AB" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_parses (cases[i].text, cases[i].id);
}

static void
test_refused (void)
{
  static const BadCase cases[] = {
    { "", "Paste a link to a YouTube playlist, or its id." },
    { "   \t\n ", "Paste a link to a YouTube playlist, or its id." },
    { "https://www.youtube.com/watch?v=dQw4w9WgXcQ", NULL },
    { "https://youtu.be/dQw4w9WgXcQ", NULL },
    { "youtu.be/dQw4w9WgXcQ?t=42", NULL },
    { "https://www.youtube.com/shorts/dQw4w9WgXcQ", NULL },
    { "https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share", NULL },
    { "https://www.youtube.com/embed/dQw4w9WgXcQ", NULL },
    { "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=", NULL },
    { "dQw4w9WgXcQ", "That looks like the id of one video; paste a playlist link, one with “list=” in it." },
    { "https://www.youtube.com/@SomeChannel", "That is a link to a channel; open one of its playlists and paste that link." },
    { "https://www.youtube.com/channel/UCBR8-60-B28hp2BmDPdntcQ", NULL },
    { "https://www.youtube.com/", NULL },
    { "youtube.com", NULL },
    { "https://www.youtube.com/results?search_query=python", NULL },
    { "https://www.youtube.com/playlist?List=" ID, NULL },
    { "https://vimeo.com/playlist?list=" ID, NULL },
    { "https://youtube.com.example.org/playlist?list=" ID, NULL },
    { "https://notyoutube.com/playlist?list=" ID, NULL },
    { "https://www.youtube.co/playlist?list=" ID, NULL },
    { "https://example.org/?u=https://www.youtube.com/playlist?list=" ID, NULL },
    { "ftp://www.youtube.com/playlist?list=" ID, "That is not a web link; paste a YouTube playlist link." },
    { "javascript://www.youtube.com/playlist?list=" ID, "That is not a web link; paste a YouTube playlist link." },
    { "https://www.youtube.com/playlist?list=WL", NULL },
    { "https://www.youtube.com/playlist?list=LL", NULL },
    { "https://www.youtube.com/playlist?list=PL<script>", NULL },
    { "https://www.youtube.com/playlist?list=PL%20abc", NULL },
    { "https://www.youtube.com/playlist?list=P", NULL },
    { "https://www.youtube.com/playlist?list=PL123456789012345678901234567890123456789012345678901234567890ABC", NULL },
    { "https://www.youtube.com/playlist?list=PL%zz", NULL },
    { "https://", NULL },
    { "https:///playlist?list=" ID, NULL },
    { "mailto:someone@example.org", NULL },
    { "PLAYLIST with spaces", NULL },
    { "P", NULL },
    { "XX" ID, NULL },
    { "pl" ID, NULL },
    { ID "!", NULL },
    { "PL123456789012345678901234567890123456789012345678901234567890ABC", NULL },
    { "python tutorial playlist", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (cases[i].text, cases[i].message);
}

static void
test_messages (void)
{
  assert_refused ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", video_message);
  assert_refused ("https://youtu.be/dQw4w9WgXcQ", video_message);
  assert_refused ("https://www.youtube.com/shorts/dQw4w9WgXcQ", video_message);
  assert_refused ("https://www.youtube.com/", no_list_message);
  assert_refused ("https://www.youtube.com/feed/subscriptions", no_list_message);
  assert_refused ("https://vimeo.com/playlist?list=" ID, other_host_message);
  assert_refused ("https://youtube.com.example.org/playlist?list=" ID, other_host_message);
  assert_refused ("python tutorial playlist", other_host_message);
  assert_refused ("XX" ID, not_link_message);
  assert_refused ("https://www.youtube.com/playlist?list=PL<script>", bad_id_message);
  assert_refused ("https://www.youtube.com/playlist?list=WL",
                  "Watch Later and Liked videos are private lists that only their owner can open; "
                  "add their videos to a public or unlisted playlist and paste its link.");
}

static void
test_is_playlist_id (void)
{
  g_assert_true (pathway_youtube_is_playlist_id (ID));
  g_assert_true (pathway_youtube_is_playlist_id ("RDMM"));
  g_assert_false (pathway_youtube_is_playlist_id ("dQw4w9WgXcQ"));
  g_assert_false (pathway_youtube_is_playlist_id ("P"));
  g_assert_false (pathway_youtube_is_playlist_id ("PL.x"));
  g_assert_false (pathway_youtube_is_playlist_id (""));
}

static void
test_playlist_url (void)
{
  g_autofree char *url = pathway_youtube_playlist_url (ID);
  g_autofree char *odd = pathway_youtube_playlist_url ("PL a&b=c");
  g_autofree char *back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (url, ==, "https://www.youtube.com/playlist?list=" ID);
  g_assert_cmpstr (odd, ==, "https://www.youtube.com/playlist?list=PL%20a%26b%3Dc");

  back = pathway_youtube_parse_playlist (url, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back, ==, ID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/youtube-link/playlist-links", test_playlist_links);
  g_test_add_func ("/core/youtube-link/other-forms", test_other_forms);
  g_test_add_func ("/core/youtube-link/refused", test_refused);
  g_test_add_func ("/core/youtube-link/messages", test_messages);
  g_test_add_func ("/core/youtube-link/is-playlist-id", test_is_playlist_id);
  g_test_add_func ("/core/youtube-link/playlist-url", test_playlist_url);

  return g_test_run ();
}
