/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pathway-cli.h"
#include "pathway-demo-data.h"
#include "pathway-records.h"
#include "pathway-rows.h"

static void
print_progress (double   fraction,
                gpointer user_data)
{
  int *last = user_data;
  int percent = (int) (fraction * 100);

  if (percent != *last)
    {
      *last = percent;
      g_printerr ("\r");
      g_printerr (_("Writing demo data… %3d %%"), percent);
    }
}

/* A whole number from 0 to max, or FALSE with a message that names the option. */
static gboolean
parse_count (const char *option,
             const char *text,
             guint       max,
             guint64    *value)
{
  if (text == NULL)
    {
      g_printerr (_("pathway-cli demo-data: --%s is required. Run “pathway-cli demo-data --help”.\n"), option);
      return FALSE;
    }

  if (!g_ascii_string_to_unsigned (text, 10, 0, max, value, NULL))
    {
      g_printerr (_("pathway-cli demo-data: --%s takes a whole number from 0 to %u, not “%s”.\n"),
                  option, max, text);
      return FALSE;
    }

  return TRUE;
}

/* Removes a database file this command created and could not fill, with its WAL files. */
static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  if (g_unlink (path) == 0)
    g_printerr (_("pathway-cli demo-data: removed the unfinished database “%s”.\n"), path);
}

int
pathway_cli_demo_data (int    argc,
                       char **argv)
{
  g_autofree char *students_text = NULL;
  g_autofree char *recruiters_text = NULL;
  g_autofree char *jobs_text = NULL;
  g_autofree char *seed_text = NULL;
  const GOptionEntry entries[] = {
    { "students", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &students_text,
      N_("How many students to make, 0 to 1,000,000 (required)"), N_("N") },
    { "recruiters", 'r', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &recruiters_text,
      N_("How many recruiters to make, 0 to 1,000,000 (required)"), N_("N") },
    { "jobs", 'j', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &jobs_text,
      N_("How many jobs to post, 0 to 1,000,000; jobs need a student and a recruiter (required)"), N_("N") },
    { "seed", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &seed_text,
      N_("Seed of the random choices (default 1); the same seed and counts give the same data"), N_("S") },
    { NULL }
  };
  PathwayDemoOptions options = { 0, 0, 0, PATHWAY_DEMO_DEFAULT_SEED };
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint64 students, recruiters, jobs, seed = PATHWAY_DEMO_DEFAULT_SEED;
  gboolean tty = isatty (2);
  gboolean existed;
  gint64 n_users;
  int last_percent = -1;

  if (!pathway_cli_parse ("demo-data", NULL,
                          _("Fills an empty database with invented but believable records, for demonstrations and "
                            "benchmarks. Recruiters work for made-up companies. Every student has onboarding answers, "
                            "a profile summary and an embedding vector; the first 2,000 also have the learning plan "
                            "Pathway would build for them, with their days, quizzes, quiz attempts and study time so "
                            "far, and a third of those a video schedule. "
                            "Jobs come with their postings; up to 5,000 of them, spread over the year, also have candidate "
                            "matches, shortlists and the recruiter’s interactions with each candidate. Recruiters receive a "
                            "few applications by e-mail. Every address and link uses the .example domain.\n\n"
                            "The same seed and counts always give the same data. The database must not hold any "
                            "people yet: use --database to choose a new file."),
                          entries, &argc, &argv))
    return PATHWAY_CLI_USAGE;

  if (argc > 1)
    {
      g_printerr (_("pathway-cli demo-data: unexpected argument “%s”. Run “pathway-cli demo-data --help”.\n"), argv[1]);
      return PATHWAY_CLI_USAGE;
    }

  if (!parse_count ("students", students_text, PATHWAY_DEMO_MAX_COUNT, &students) ||
      !parse_count ("recruiters", recruiters_text, PATHWAY_DEMO_MAX_COUNT, &recruiters) ||
      !parse_count ("jobs", jobs_text, PATHWAY_DEMO_MAX_COUNT, &jobs) ||
      (seed_text != NULL && !parse_count ("seed", seed_text, G_MAXUINT32, &seed)))
    return PATHWAY_CLI_USAGE;

  options.students = students;
  options.recruiters = recruiters;
  options.jobs = jobs;
  options.seed = seed;
  if (!pathway_demo_options_check (&options, &error))
    {
      g_printerr ("pathway-cli demo-data: %s\n", error->message);
      return PATHWAY_CLI_USAGE;
    }

  path = pathway_cli_dup_database_path ();
  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  /* Checked here as well as by the generator, so a refusal comes before any progress output. */
  if (!pathway_demo_data_check_empty (db, &error))
    {
      if (!g_error_matches (error, PATHWAY_DEMO_DATA_ERROR, PATHWAY_DEMO_DATA_ERROR_NOT_EMPTY))
        return pathway_cli_fail (error);
      g_printerr ("pathway-cli demo-data: %s\n", error->message);
      return PATHWAY_CLI_FAILED;
    }

  if (!pathway_demo_data_generate (db, &options, tty ? print_progress : NULL, &last_percent, &error))
    {
      if (tty)
        g_printerr ("\n");
      pathway_cli_fail (error);

      /* The batches written before the failure stay in the file: a file this command made is
       * removed, and of any other the user is told whether it holds part of the demo data. */
      n_users = pathway_demo_data_count_users (db, NULL);
      g_clear_object (&db);
      if (!existed)
        remove_database (path);
      else if (n_users != 0)
        g_printerr (_("pathway-cli demo-data: “%s” may now hold part of the demo data; delete it and run the "
                      "command again with a new file.\n"),
                    path);
      return PATHWAY_CLI_FAILED;
    }

  if (tty)
    g_printerr ("\r\033[K");

  g_print (_("Demo data written to %s (seed %u):\n"), pathway_db_get_path (db), options.seed);
  for (guint i = 0; pathway_all_tables[i] != NULL; i++)
    {
      gint64 count = pathway_row_count (db, pathway_all_tables[i], NULL, 0, &error);

      if (count < 0)
        return pathway_cli_fail (error);
      g_print ("  %-26s %10" G_GINT64_FORMAT "\n", pathway_all_tables[i]->name, count);
    }

  return PATHWAY_CLI_OK;
}
