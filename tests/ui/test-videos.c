/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "pathway-http.h"
#include "pathway-learning.h"
#include "pathway-lessons.h"
#include "pathway-local-users.h"
#include "pathway-plan-builder.h"
#include "pathway-playlist-dialog.h"
#include "pathway-test.h"
#include "pathway-test-ui.h"
#include "pathway-videos-page.h"

/* A student adds a YouTube playlist, served by a local SoupServer in the API's shapes
 * (tests/fixtures/youtube), and works with the schedule it becomes. */

#define PLAYLIST_ID "PLpNuBt7m3Q5xGvW0a8cKdLrTfHs2YjE9i"
#define API_KEY "test-key-not-secret"

typedef struct {
  char       *path;
  GHashTable *videos;     /* id → JSON text of a videos item */
  guint       requests;
} Videos;

static GBytes *
fixture_bytes (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "youtube", name, NULL);

  return pathway_test_read_file (path);
}

/* Every videos item of the fixtures, by id, to answer any batch the client asks for. */
static GHashTable *
load_videos (void)
{
  GHashTable *videos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (int n = 1; n <= 3; n++)
    {
      g_autofree char *name = g_strdup_printf ("videos-%d.json", n);
      g_autoptr(GBytes) bytes = fixture_bytes (name);
      g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
      JsonArray *items = json_object_get_array_member (json_node_get_object (root), "items");

      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          JsonNode *item = json_array_get_element (items, i);

          g_hash_table_insert (videos, g_strdup (json_object_get_string_member (json_node_get_object (item), "id")),
                               json_to_string (item, FALSE));
        }
    }

  return videos;
}

static void
answer (SoupServerMessage *message,
        GBytes            *body)
{
  soup_server_message_set_status (message, 200, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (body, NULL), g_bytes_get_size (body));
}

static void
handle (SoupServer        *server,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Videos *v = user_data;
  g_autoptr(GBytes) body = NULL;

  v->requests++;
  g_assert_cmpstr (g_hash_table_lookup (query, "key"), ==, API_KEY);

  if (g_str_has_suffix (path, "/playlists"))
    body = fixture_bytes ("playlist.json");
  else if (g_str_has_suffix (path, "/playlistItems"))
    {
      const char *token = g_hash_table_lookup (query, "pageToken");

      body = fixture_bytes (token == NULL ? "playlist-items-1.json"
                            : g_str_equal (token, "EAAaBlBUOkNESQ") ? "playlist-items-2.json"
                            : "playlist-items-3.json");
    }
  else if (g_str_has_suffix (path, "/videos"))
    {
      g_auto(GStrv) ids = g_strsplit (g_hash_table_lookup (query, "id"), ",", -1);
      g_autoptr(GString) text = g_string_new ("{\"kind\": \"youtube#videoListResponse\", \"items\": [");
      guint found = 0;

      for (guint i = 0; ids[i] != NULL; i++)
        {
          const char *item = g_hash_table_lookup (v->videos, ids[i]);

          if (item != NULL)
            g_string_append_printf (text, "%s%s", found++ > 0 ? "," : "", item);
        }
      g_string_append (text, "]}");
      body = g_string_free_to_bytes (g_steal_pointer (&text));
    }
  else
    {
      soup_server_message_set_status (message, 404, NULL);
      return;
    }

  answer (message, body);
}

static gint64
query (const char *path,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = pathway_db_open (path, &error);

  g_assert_no_error (error);
  return pathway_test_count (db, sql, 0);
}

/* A student with a plan, so Pathway opens on the student's views. */
static void
make_student (const char *path)
{
  static const char * const goals[] = { "test-gardener", NULL };
  static char *titles[] = { (char *) "Test Gardener", NULL };
  static char *none[] = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = pathway_db_open (path, &error);
  PathwayPlanRequest request = { goals, NULL, 60, 1 };
  g_autoptr(JsonNode) plan = pathway_plan_build (pathway_lessons_get_catalogue (), &request, &error);
  PathwayOnboardingAnswers answers = { (char *) "Ada", PATHWAY_GRADE_SELF_TAUGHT, titles, none, 60, 1 };
  gint64 user_id = pathway_local_users_activate (db, PATHWAY_USER_TYPE_STUDENT, &error);

  g_assert_no_error (error);
  g_assert_cmpint (pathway_learning_create_plan (db, user_id, &answers, plan, &error), >, 0);
  g_assert_no_error (error);
}

static void
wait_for (PathwayVideosPage *page,
          const char        *state)
{
  while (g_strcmp0 (pathway_videos_page_get_visible_page (page), state) != 0)
    g_main_context_iteration (NULL, TRUE);
  pathway_test_ui_settle ();
}

static void
work_with_videos (PathwayApplication *app,
                  gpointer            data)
{
  Videos *v = data;
  PathwayWindow *window = pathway_test_ui_window (app);
  PathwayVideosPage *page;
  PathwayPlaylistDialog *dialog;
  GtkWindow *confirm;
  GtkEditable *link;

  pathway_test_ui_wait_for_page (window, "student");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "i", 3);
  pathway_test_ui_settle ();
  page = PATHWAY_VIDEOS_PAGE (pathway_test_ui_find_mapped (GTK_WIDGET (window), PATHWAY_TYPE_VIDEOS_PAGE));
  g_assert_nonnull (page);
  g_assert_cmpstr (pathway_videos_page_get_visible_page (page), ==, "empty");

  /* The dialog refuses a link that is not a playlist, and says why. */
  gtk_widget_activate_action (GTK_WIDGET (page), "videos.add", NULL);
  pathway_test_ui_settle ();
  dialog = PATHWAY_PLAYLIST_DIALOG (pathway_test_ui_find_toplevel (PATHWAY_TYPE_PLAYLIST_DIALOG));
  g_assert_nonnull (dialog);
  link = GTK_EDITABLE (pathway_test_ui_find_mapped (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));
  gtk_editable_set_text (link, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "playlist.accept", NULL);
  pathway_test_ui_settle ();
  pathway_test_ui_screenshots (GTK_WINDOW (dialog), "playlist-dialog-error");

  gtk_editable_set_text (link, "https://www.youtube.com/playlist?list=" PLAYLIST_ID "&si=share");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "playlist.accept", NULL);
  wait_for (page, "schedule");
  pathway_test_ui_screenshots (GTK_WINDOW (window), "videos-schedule");

  /* 120 items, three pages, videos in batches of 50: no more requests than that needs. */
  g_assert_cmpuint (v->requests, <=, 1 + 3 + 3);
  g_assert_cmpint (query (v->path, "SELECT count(*) FROM youtube_schedules WHERE playlist_id = '" PLAYLIST_ID "' "
                                   "AND daily_minutes = 30"), ==, 1);
  g_assert_cmpint (query (v->path, "SELECT count(*) FROM playlist_videos"), >, 100);
  g_assert_cmpint (query (v->path, "SELECT count(*) FROM sync_runs WHERE source = 'youtube' AND status = 'succeeded' "
                                   "AND requests > 0 AND items_seen = 120 AND finished_at IS NOT NULL"), ==, 1);

  /* Watched marks, and a re-plan that keeps them. */
  {
    g_autofree char *first = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(PathwayDb) db = pathway_db_open (v->path, &error);
    g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, "SELECT json_extract(schedule, '$[0].videos[0].videoId') "
                                                          "FROM youtube_schedules", &error);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    first = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    gtk_widget_activate_action (GTK_WIDGET (page), "videos.toggle-watched", "s", first);
    pathway_test_ui_settle ();
  }
  g_assert_cmpint (query (v->path, "SELECT count(*) FROM video_watches"), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (page), "videos.replan", NULL);
  pathway_test_ui_settle ();
  g_assert_cmpint (query (v->path, "SELECT revision FROM schedule_options"), ==, 1);
  g_assert_cmpint (query (v->path, "SELECT count(*) FROM video_watches"), ==, 1);
  pathway_test_ui_screenshots (GTK_WINDOW (window), "videos-replanned");

  /* Re-syncing an unchanged playlist changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (page), "videos.resync", NULL);
  wait_for (page, "schedule");
  g_assert_cmpint (query (v->path, "SELECT revision FROM schedule_options"), ==, 1);
  g_assert_cmpint (query (v->path, "SELECT items_changed FROM sync_runs ORDER BY id DESC LIMIT 1"), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (page), "videos.back", NULL);
  pathway_test_ui_settle ();
  pathway_test_ui_screenshots (GTK_WINDOW (window), "videos-list");

  /* Deleting asks first. */
  pathway_videos_page_show_schedule (page, 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "videos.delete", NULL);
  pathway_test_ui_settle ();
  confirm = pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  pathway_test_ui_screenshots (confirm, "videos-delete");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "delete");
  pathway_test_ui_settle ();
  g_assert_cmpint (query (v->path, "SELECT count(*) FROM youtube_schedules"), ==, 0);
  g_assert_cmpint (query (v->path, "SELECT count(*) FROM video_watches"), ==, 0);
  g_assert_cmpstr (pathway_videos_page_get_visible_page (page), ==, "empty");
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
test_add_playlist (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoslist(GUri) uris = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  Videos v = { 0 };

  v.videos = load_videos ();
  soup_server_add_handler (server, "/youtube/v3", handle, &v, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  base = g_strdup_printf ("http://127.0.0.1:%d/youtube/v3/", g_uri_get_port (uris->data));
  g_setenv ("PATHWAY_YOUTUBE_API_URL", base, TRUE);
  g_setenv ("PATHWAY_YOUTUBE_API_KEY", API_KEY, TRUE);
  pathway_test_use_curriculum ();
  pathway_http_set_delay_func (no_delay, NULL);

  v.path = pathway_test_path ("videos.db");
  make_student (v.path);
  pathway_test_ui_run (v.path, work_with_videos, &v);

  g_hash_table_unref (v.videos);
  g_free (v.path);
}

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/videos/add-playlist", test_add_playlist);

  return g_test_run ();
}
