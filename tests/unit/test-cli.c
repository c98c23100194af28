/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "pathway-test.h"

/* pathway-cli as a person runs it: its output, its exit status, and the files it leaves. */

static void
test_help (void)
{
  static const char *commands[] = { "init", "check", "backup", "export", "demo-data" };
  static const char *video_commands[] = { "add", "import-ytdlp", "list", "export-ics" };
  g_autofree char *out = NULL;

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "--help", NULL), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *command_out = NULL;

      g_assert_nonnull (strstr (out, commands[i]));
      g_assert_cmpint (pathway_test_run_cli (&command_out, NULL, commands[i], "--help", NULL), ==, 0);
      g_assert_nonnull (strstr (command_out, "--database"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (video_commands); i++)
    {
      g_autofree char *command_out = NULL;

      g_assert_cmpint (pathway_test_run_cli (&command_out, NULL, "videos", video_commands[i], "--help", NULL), ==, 0);
      g_assert_nonnull (strstr (command_out, "--database"));
    }

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (pathway_test_run_cli (NULL, &out, "frobnicate", NULL), ==, 2);
  g_assert_nonnull (strstr (out, "unknown command"));
}

static void
test_init_check_backup_export (void)
{
  g_autofree char *path = pathway_test_path ("cli.db");
  g_autofree char *copy = pathway_test_path ("copy.db");
  g_autofree char *json = pathway_test_path ("export.json");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "init", "--database", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, path));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "check", "--database", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "no problems"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "backup", "--database", path, copy, NULL), ==, 0);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&out, g_free);

  /* Never over an existing file. */
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "backup", "--database", path, copy, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "already exists"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (pathway_test_run_cli (NULL, NULL, "export", "--format", "json", "--database", copy, "--output", json, NULL), ==, 0);
  g_assert_true (json_parser_load_from_file (parser, json, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "format"),
                   ==, "pathway-export");

  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "export", "--format", "csv", "--database", path, NULL), ==, 2);
  g_clear_pointer (&err, g_free);

  /* A broken link is reported, with a failing exit status. */
  pathway_test_exec_raw (copy,
                         "PRAGMA foreign_keys = OFF;"
                         "INSERT INTO jobs (recruiter_id, title, description) VALUES (404, 'Ghost', 'No recruiter')");
  g_assert_cmpint (pathway_test_run_cli (&out, &err, "check", "--database", copy, NULL), ==, 1);
  g_assert_nonnull (strstr (out, "jobs"));
}

static void
test_refuses_foreign_file (void)
{
  g_autofree char *path = pathway_test_path ("letter.txt");
  g_autofree char *err = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_true (g_file_set_contents (path, "Dear Sir or Madam,\n", -1, NULL));
  before = pathway_test_read_file (path);
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "init", "--database", path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "not a Pathway database"));
  after = pathway_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
}

/* A yt-dlp file becomes a schedule, listed and exported as a calendar that imports twice cleanly. */
static void
test_videos (void)
{
  g_autofree char *path = pathway_test_path ("videos.db");
  g_autofree char *ics = pathway_test_path ("study.ics");
  g_autofree char *playlist = g_test_build_filename (G_TEST_DIST, "fixtures", "ytdlp", "playlist.json", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "fixtures", "ytdlp", "video.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_cmpint (pathway_test_run_cli (&out, &err, "videos", "import-ytdlp", "--database", path, "--daily-minutes", "45",
                            "--weekdays", "mon,wed,fri", "--start", "2026-11-23", "--at", "18:30", "--speed", "1.5",
                            playlist, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Schedule 1"));
  g_assert_nonnull (strstr (out, "left out"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "videos", "list", "--database", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "days"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (pathway_test_run_cli (NULL, NULL, "videos", "export-ics", "--database", path, "1", ics, NULL), ==, 0);
  g_assert_true (g_file_get_contents (ics, &first, NULL, NULL));
  g_assert_true (g_str_has_prefix (first, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (first, "DTSTART:20261123T"));
  g_assert_nonnull (strstr (first, "UID:pathway-schedule-1-day-1@"));

  /* The same schedule exported again keeps its UIDs, so calendars update instead of duplicating. */
  g_assert_cmpint (pathway_test_run_cli (NULL, NULL, "videos", "export-ics", "--database", path, "1", ics, NULL), ==, 0);
  g_assert_true (g_file_get_contents (ics, &second, NULL, NULL));
  g_assert_nonnull (strstr (second, "UID:pathway-schedule-1-day-1@"));

  /* Bad input is refused with a message, and nothing is written. */
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "videos", "import-ytdlp", "--database", path, "--weekdays", "funday",
                            playlist, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--weekdays"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "videos", "import-ytdlp", "--database", path, broken, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "one video"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "videos", "add", "--database", path, "https://example.com/", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "videos", "list", "--database", path, NULL), ==, 0);
  g_assert_null (strstr (out, "\n2\t"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/init-check-backup-export", test_init_check_backup_export);
  g_test_add_func ("/cli/refuses-foreign-file", test_refuses_foreign_file);
  g_test_add_func ("/cli/videos", test_videos);

  return g_test_run ();
}
