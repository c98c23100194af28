/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pathway-cli.h"
#include "pathway-duration.h"
#include "pathway-local-users.h"
#include "pathway-rows.h"
#include "pathway-schedule.h"
#include "pathway-schedules.h"
#include "pathway-sync-runner.h"
#include "pathway-youtube-link.h"
#include "pathway-ytdlp.h"

/* pathway-cli videos: the Videos view's schedules, headless, through the same code. */

typedef struct {
  int     daily_minutes;
  char   *weekdays;
  char   *start;
  char   *at;
  double  speed;
} ScheduleOptions;

static const char * const weekday_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static gboolean
parse_weekdays (const char  *text,
                guint8      *mask)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  *mask = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_ascii_strdown (g_strstrip (parts[i]), -1);
      guint day;

      for (day = 0; day < G_N_ELEMENTS (weekday_names); day++)
        if (g_str_has_prefix (name, weekday_names[day]) && *name != '\0')
          break;
      if (day == G_N_ELEMENTS (weekday_names))
        return FALSE;
      *mask |= 1 << day;
    }

  return *mask != 0;
}

static gboolean
parse_time (const char *text)
{
  int hours, minutes;
  char end;

  return sscanf (text, "%2d:%2d%c", &hours, &minutes, &end) == 2 && strlen (text) == 5 &&
         hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60;
}

/* Checks the schedule options; prints what is wrong and returns FALSE. */
static gboolean
make_settings (const ScheduleOptions   *options,
               PathwayScheduleSettings *settings)
{
  settings->daily_minutes = options->daily_minutes;
  settings->speed = options->speed;
  settings->start_time = options->at;
  g_date_clear (&settings->start, 1);

  if (options->daily_minutes < 1 || options->daily_minutes > 1440)
    {
      g_printerr (_("pathway-cli videos: --daily-minutes takes 1 to 1440 minutes.\n"));
      return FALSE;
    }
  if (options->speed < 1.0 || options->speed > 2.0)
    {
      g_printerr (_("pathway-cli videos: --speed takes 1 to 2 (for example 1.25).\n"));
      return FALSE;
    }
  if (options->at != NULL && !parse_time (options->at))
    {
      g_printerr (_("pathway-cli videos: --at takes a time as HH:MM, for example 18:30.\n"));
      return FALSE;
    }
  if (!parse_weekdays (options->weekdays != NULL ? options->weekdays : "mon,tue,wed,thu,fri,sat,sun",
                       &settings->weekdays))
    {
      g_printerr (_("pathway-cli videos: --weekdays takes days such as mon,wed,fri.\n"));
      return FALSE;
    }

  if (options->start != NULL)
    g_date_set_parse (&settings->start, options->start);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&settings->start, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
  if (!g_date_valid (&settings->start))
    {
      g_printerr (_("pathway-cli videos: --start takes a date as YYYY-MM-DD.\n"));
      return FALSE;
    }

  return TRUE;
}

static GOptionEntry *
schedule_entries (ScheduleOptions *options)
{
  const GOptionEntry entries[] = {
    { "daily-minutes", 'm', G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &options->daily_minutes,
      N_("Minutes of video a day (default 30)"), N_("N") },
    { "weekdays", 'w', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &options->weekdays,
      N_("Days to study, such as mon,wed,fri (default every day)"), N_("DAYS") },
    { "start", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &options->start,
      N_("The first day, as YYYY-MM-DD (default today)"), N_("DATE") },
    { "at", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &options->at,
      N_("The session’s start time, as HH:MM, for the calendar"), N_("TIME") },
    { "speed", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_DOUBLE, &options->speed,
      N_("Playback speed, 1 to 2 (default 1)"), N_("X") },
    { NULL }
  };

  return g_memdup2 (entries, sizeof entries);
}

static void
clear_options (ScheduleOptions *options)
{
  g_clear_pointer (&options->weekdays, g_free);
  g_clear_pointer (&options->start, g_free);
  g_clear_pointer (&options->at, g_free);
}

static void
print_saved (gint64                 schedule_id,
             const PathwayPlaylist *playlist)
{
  guint skipped = pathway_playlist_count_skipped (playlist);

  g_print (_("Schedule %lld: “%s”, %u videos"), (long long) schedule_id, playlist->title,
           playlist->videos->len - skipped);
  if (skipped > 0)
    g_print (ngettext (" (%u left out: private, deleted, live or of unknown length)",
                       " (%u left out: private, deleted, live or of unknown length)", skipped), skipped);
  g_print ("\n");
}

typedef struct {
  GMainLoop                     *loop;
  gint64                         user_id;
  PathwayScheduleSource          source;
  const PathwayScheduleSettings *settings;
  gint64                         schedule_id;
  guint                          requests;
  GError                        *error;
  gboolean                       tty;
} Saving;

static gboolean
create_schedule (PathwayDb              *db,
                 const PathwayPlaylist  *playlist,
                 guint                  *n_changed,
                 gpointer                user_data,
                 GError                **error)
{
  Saving *saving = user_data;

  saving->schedule_id = pathway_schedules_create (db, saving->user_id, playlist, saving->source,
                                                  saving->settings, error);
  saving->requests = playlist->requests;
  *n_changed = playlist->videos->len;
  if (saving->schedule_id != 0)
    print_saved (saving->schedule_id, playlist);
  return saving->schedule_id != 0;
}

static void
fetch_progress (double      fraction,
                const char *message,
                gpointer    user_data)
{
  Saving *saving = user_data;

  if (saving->tty)
    g_printerr ("\r%3d %% %s", (int) (fraction * 100), message);
}

static void
synced (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  Saving *saving = user_data;

  pathway_sync_youtube_playlist_finish (PATHWAY_DB (object), result, NULL, &saving->error);
  g_main_loop_quit (saving->loop);
}

static PathwayDb *
open_for_student (gint64 *user_id)
{
  g_autoptr(PathwayDb) db = pathway_cli_open_database ();
  g_autoptr(GError) error = NULL;

  if (db == NULL)
    return NULL;

  *user_id = pathway_local_users_ensure (db, PATHWAY_USER_TYPE_STUDENT, &error);
  if (*user_id == 0)
    {
      pathway_cli_fail (error);
      return NULL;
    }

  return g_steal_pointer (&db);
}

static int
videos_add (int    argc,
            char **argv)
{
  ScheduleOptions options = { 30, NULL, NULL, NULL, 1.0 };
  g_autofree GOptionEntry *entries = schedule_entries (&options);
  g_autofree char *playlist_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(PathwayDb) db = NULL;
  PathwayScheduleSettings settings;
  Saving saving = { loop, 0, PATHWAY_SCHEDULE_SOURCE_YOUTUBE, &settings, 0, 0, NULL, isatty (2) };
  int status = PATHWAY_CLI_OK;

  if (!pathway_cli_parse ("videos add", _("LINK-OR-ID"),
                          _("Fetches a YouTube playlist with the YouTube Data API (a key in Preferences, or "
                            "$PATHWAY_YOUTUBE_API_KEY) and plans it day by day. Private, deleted, live and "
                            "upcoming videos are left out and counted."),
                          entries, &argc, &argv) ||
      argc != 2 || !make_settings (&options, &settings))
    {
      if (argc != 2)
        g_printerr (_("pathway-cli videos add: give one playlist link or id.\n"));
      clear_options (&options);
      return PATHWAY_CLI_USAGE;
    }

  playlist_id = pathway_youtube_parse_playlist (argv[1], &error);
  if (playlist_id == NULL)
    {
      clear_options (&options);
      pathway_cli_fail (error);
      return PATHWAY_CLI_USAGE;
    }

  db = open_for_student (&saving.user_id);
  if (db == NULL)
    {
      clear_options (&options);
      return PATHWAY_CLI_FAILED;
    }

  pathway_sync_youtube_playlist_async (db, playlist_id, fetch_progress, &saving, create_schedule, &saving,
                                       NULL, synced, &saving);
  g_main_loop_run (loop);
  if (saving.tty)
    g_printerr ("\n");

  if (saving.error != NULL)
    {
      status = pathway_cli_fail (saving.error);
      g_clear_error (&saving.error);
    }
  else
    g_printerr (_("Fetched with %u requests to the YouTube Data API.\n"), saving.requests);

  clear_options (&options);
  return status;
}

static int
videos_import_ytdlp (int    argc,
                     char **argv)
{
  ScheduleOptions options = { 30, NULL, NULL, NULL, 1.0 };
  g_autofree GOptionEntry *entries = schedule_entries (&options);
  g_autoptr(PathwayPlaylist) playlist = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = NULL;
  PathwayScheduleSettings settings;
  gint64 user_id = 0, schedule_id;

  if (!pathway_cli_parse ("videos import-ytdlp", _("FILE"),
                          _("Plans a playlist from the JSON that “yt-dlp --flat-playlist -J LINK > FILE” writes, "
                            "for studying without an API key."),
                          entries, &argc, &argv) ||
      argc != 2 || !make_settings (&options, &settings))
    {
      if (argc != 2)
        g_printerr (_("pathway-cli videos import-ytdlp: give one file.\n"));
      clear_options (&options);
      return PATHWAY_CLI_USAGE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  playlist = bytes != NULL ? pathway_ytdlp_parse (bytes, &error) : NULL;
  if (playlist == NULL)
    {
      clear_options (&options);
      return pathway_cli_fail (error);
    }

  db = open_for_student (&user_id);
  schedule_id = db != NULL ? pathway_schedules_create (db, user_id, playlist, PATHWAY_SCHEDULE_SOURCE_YTDLP,
                                                       &settings, &error) : 0;
  clear_options (&options);
  if (db == NULL)
    return PATHWAY_CLI_FAILED;
  if (schedule_id == 0)
    return pathway_cli_fail (error);

  print_saved (schedule_id, playlist);
  return PATHWAY_CLI_OK;
}

static int
videos_list (int    argc,
             char **argv)
{
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GPtrArray) schedules = NULL;
  g_autoptr(GError) error = NULL;
  gint64 user_id;

  if (!pathway_cli_parse ("videos list", NULL, _("Lists the video schedules, with their progress."),
                          NULL, &argc, &argv) || argc != 1)
    return PATHWAY_CLI_USAGE;

  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  user_id = pathway_local_users_ensure (db, PATHWAY_USER_TYPE_STUDENT, &error);
  schedules = user_id != 0 ? pathway_schedules_list (db, user_id, &error) : NULL;
  if (schedules == NULL)
    return pathway_cli_fail (error);

  if (schedules->len == 0)
    g_print (_("No video schedules yet: add one with “pathway-cli videos add LINK”.\n"));

  for (guint i = 0; i < schedules->len; i++)
    {
      PathwayYoutubeSchedule *schedule = g_ptr_array_index (schedules, i);
      g_autoptr(GHashTable) watched = pathway_schedules_get_watched (db, schedule->id, &error);
      g_autofree char *total = NULL;
      guint n_days = json_array_get_length (json_node_get_array (schedule->schedule));

      if (watched == NULL)
        return pathway_cli_fail (error);

      total = pathway_duration_describe (pathway_schedule_total_seconds (schedule->schedule));
      g_print (_("%lld\t%s\t%u days, %s, %u watched\n"), (long long) schedule->id, schedule->playlist_title,
               n_days, total, g_hash_table_size (watched));
    }

  return PATHWAY_CLI_OK;
}

static int
videos_export_ics (int    argc,
                   char **argv)
{
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = NULL;
  gint64 id;

  if (!pathway_cli_parse ("videos export-ics", _("ID FILE"),
                          _("Writes a schedule’s study days as an iCalendar file for any calendar. Importing it "
                            "again updates the same events instead of adding new ones."),
                          NULL, &argc, &argv) || argc != 3)
    return PATHWAY_CLI_USAGE;

  if (!g_ascii_string_to_signed (argv[1], 10, 1, G_MAXINT64, &id, &error))
    {
      g_printerr (_("pathway-cli videos export-ics: “%s” is not a schedule id; see “pathway-cli videos list”.\n"),
                  argv[1]);
      return PATHWAY_CLI_USAGE;
    }

  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  ics = pathway_schedules_export_ics (db, id, now, &error);
  file = g_file_new_for_commandline_arg (argv[2]);
  if (ics == NULL ||
      !g_file_replace_contents (file, ics, strlen (ics), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
    return pathway_cli_fail (error);

  g_print (_("Calendar written to %s\n"), argv[2]);
  return PATHWAY_CLI_OK;
}

static const PathwayCliCommand commands[] = {
  { "add", N_("Plan a YouTube playlist, fetched with the YouTube Data API"), videos_add },
  { "import-ytdlp", N_("Plan a playlist from a yt-dlp JSON file"), videos_import_ytdlp },
  { "list", N_("List the video schedules"), videos_list },
  { "export-ics", N_("Write a schedule to an iCalendar file"), videos_export_ics },
};

int
pathway_cli_videos (int    argc,
                    char **argv)
{
  const char *name = argc > 1 ? argv[1] : NULL;

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (name, commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  {
    gboolean help = name != NULL && (g_str_equal (name, "--help") || g_str_equal (name, "-h"));
    FILE *out = help ? stdout : stderr;

    fprintf (out, "%s\n\n", _("Usage: pathway-cli videos COMMAND [OPTION…]"));
    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      fprintf (out, "  %-13s %s\n", commands[i].name, _(commands[i].summary));
    fprintf (out, "\n%s\n", _("Run “pathway-cli videos COMMAND --help” for a command’s options."));
    return help ? PATHWAY_CLI_OK : PATHWAY_CLI_USAGE;
  }
}
