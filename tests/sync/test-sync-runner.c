/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "pathway-http.h"
#include "pathway-sync-error.h"
#include "pathway-sync-runner.h"
#include "pathway-test.h"

/* The runner on the record: a quota error is remembered and the next sync waits without asking
 * YouTube; a failed merge leaves no half-written data. */

typedef struct {
  PathwayDb        *db;
  SoupServer       *server;
  guint             requests;
  GAsyncResult     *result;
} Fixture;

static void
handle (SoupServer        *server,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Fixture *f = user_data;
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "fixtures", "youtube", "error-quota.json", NULL);
  g_autoptr(GBytes) body = pathway_test_read_file (file);

  f->requests++;
  soup_server_message_set_status (message, 403, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (body, NULL), g_bytes_get_size (body));
}

static guint
no_delay (guint attempt, guint ceiling_ms, gint64 retry_after_ms, gpointer user_data)
{
  return 0;
}

static gboolean
never_called (PathwayDb *db, const PathwayPlaylist *playlist, guint *n_changed, gpointer data, GError **error)
{
  g_assert_not_reached ();
  return FALSE;
}

static void
done (GObject      *object,
      GAsyncResult *result,
      gpointer      user_data)
{
  ((Fixture *) user_data)->result = g_object_ref (result);
}

static GError *
sync_once (Fixture *f)
{
  GError *error = NULL;

  pathway_sync_youtube_playlist_async (f->db, "PLpNuBt7m3Q5xGvW0a8cKdLrTfHs2YjE9i", NULL, NULL,
                                       never_called, NULL, NULL, done, f);
  while (f->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (pathway_sync_youtube_playlist_finish (f->db, f->result, NULL, &error));
  g_clear_object (&f->result);
  return error;
}

static void
test_quota_is_remembered (void)
{
  Fixture f = { 0 };
  g_autoslist(GUri) uris = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GError) first = NULL;
  g_autoptr(GError) second = NULL;
  g_autoptr(GError) error = NULL;

  f.db = pathway_test_open_db ();
  f.server = soup_server_new (NULL, NULL);
  soup_server_add_handler (f.server, NULL, handle, &f, NULL);
  soup_server_listen_local (f.server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (f.server);
  base = g_strdup_printf ("http://127.0.0.1:%d/youtube/v3/", g_uri_get_port (uris->data));
  g_setenv ("PATHWAY_YOUTUBE_API_URL", base, TRUE);
  g_setenv ("PATHWAY_YOUTUBE_API_KEY", "test-key", TRUE);
  pathway_http_set_delay_func (no_delay, NULL);

  first = sync_once (&f);
  g_assert_error (first, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_QUOTA);
  g_assert_cmpuint (f.requests, ==, 1);
  g_assert_cmpint (pathway_test_count (f.db, "SELECT count(*) FROM sync_runs WHERE status = 'failed' "
                                             "AND error IS NOT NULL AND finished_at IS NOT NULL", 0), ==, 1);
  g_assert_cmpint (pathway_test_count (f.db, "SELECT count(*) FROM sync_cursors WHERE retry_after > "
                                             "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')", 0), ==, 1);

  /* Until the quota resets, Pathway does not ask again, and says when to come back. */
  second = sync_once (&f);
  g_assert_error (second, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_RATE_LIMITED);
  g_assert_cmpuint (f.requests, ==, 1);
  g_assert_nonnull (strstr (second->message, "YouTube"));

  g_object_unref (f.server);
  g_object_unref (f.db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sync/runner/quota-is-remembered", test_quota_is_remembered);

  return g_test_run ();
}
