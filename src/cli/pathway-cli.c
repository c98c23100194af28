/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "pathway-cli.h"
#include "pathway-maintenance.h"

static char *database_option;

static int cli_init   (int argc, char **argv);
static int cli_check  (int argc, char **argv);
static int cli_backup (int argc, char **argv);

static const PathwayCliCommand commands[] = {
  { "init", N_("Create the database, or bring an older one up to date"), cli_init },
  { "check", N_("Check the database for damage and broken links"), cli_check },
  { "backup", N_("Copy the database, while in use, to a new file"), cli_backup },
  { "export", N_("Write the whole database as JSON"), pathway_cli_export },
  { "demo-data", N_("Fill an empty database with realistic demo records"), pathway_cli_demo_data },
  { "videos", N_("Plan YouTube playlists day by day and export them to calendars"), pathway_cli_videos },
  { "jobs", N_("Post, list and search the recruiter’s jobs"), pathway_cli_jobs },
  { "candidates", N_("Import and embed candidates’ profiles, and export the student’s"), pathway_cli_candidates },
  { "match", N_("Rank candidates for a job and say why each fits"), pathway_cli_match },
};

/* The database: --database, then $PATHWAY_DATABASE, then the default the app uses. */
char *
pathway_cli_dup_database_path (void)
{
  const char *env = g_getenv ("PATHWAY_DATABASE");

  if (database_option != NULL)
    return g_canonicalize_filename (database_option, NULL);
  if (env != NULL && *env != '\0')
    return g_canonicalize_filename (env, NULL);
  return pathway_db_dup_default_path ();
}

int
pathway_cli_fail (const GError *error)
{
  g_printerr ("pathway-cli: %s\n", error->message);
  return PATHWAY_CLI_FAILED;
}

PathwayDb *
pathway_cli_open_database (void)
{
  g_autofree char *path = pathway_cli_dup_database_path ();
  g_autoptr(GError) error = NULL;
  PathwayDb *db = pathway_db_open (path, &error);

  if (db == NULL)
    pathway_cli_fail (error);
  return db;
}

gboolean
pathway_cli_parse (const char          *command,
                   const char          *parameter_string,
                   const char          *description,
                   const GOptionEntry  *entries,
                   int                 *argc,
                   char              ***argv)
{
  const GOptionEntry common[] = {
    { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &database_option,
      N_("The database to use (default: $PATHWAY_DATABASE, else the app’s own)"), N_("PATH") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("pathway-cli %s", command);

  /* The usage line reads "pathway-cli COMMAND [OPTION…] PARAMETERS". */
  g_set_prgname (name);
  context = g_option_context_new (parameter_string);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, description);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("pathway-cli %s: %s\n", command, error->message);
      g_printerr (_("Run “pathway-cli %s --help” to see what it takes.\n"), command);
      return FALSE;
    }

  return TRUE;
}

int
pathway_cli_dispatch (const char              *group,
                      const PathwayCliCommand *group_commands,
                      guint                    n_commands,
                      int                      argc,
                      char                   **argv)
{
  const char *name = argc > 1 ? argv[1] : NULL;
  gboolean help = name != NULL && (g_str_equal (name, "--help") || g_str_equal (name, "-h"));
  FILE *out = help ? stdout : stderr;
  g_autofree char *usage = NULL;
  g_autofree char *more = NULL;

  for (guint i = 0; name != NULL && i < n_commands; i++)
    if (g_str_equal (name, group_commands[i].name))
      return group_commands[i].run (argc - 1, argv + 1);

  if (name != NULL && !help)
    g_printerr (_("pathway-cli %s: unknown command “%s”.\n\n"), group, name);

  usage = g_strdup_printf (_("Usage: pathway-cli %s COMMAND [OPTION…]"), group);
  more = g_strdup_printf (_("Run “pathway-cli %s COMMAND --help” for a command’s options."), group);
  fprintf (out, "%s\n\n", usage);
  for (guint i = 0; i < n_commands; i++)
    fprintf (out, "  %-15s %s\n", group_commands[i].name, _(group_commands[i].summary));
  fprintf (out, "\n%s\n", more);
  return help ? PATHWAY_CLI_OK : PATHWAY_CLI_USAGE;
}

static gboolean
expect_arguments (const char *command,
                  int         argc,
                  int         expected)
{
  /* argv[0] is the command itself */
  if (argc - 1 == expected)
    return TRUE;

  g_printerr (_("pathway-cli %s: expected %d argument(s), got %d. Run “pathway-cli %s --help”.\n"),
              command, expected, argc - 1, command);
  return FALSE;
}

static int
cli_init (int    argc,
          char **argv)
{
  g_autoptr(PathwayDb) db = NULL;

  if (!pathway_cli_parse ("init", NULL,
                          _("Creates the database if there is none, or upgrades an older one, and says where it is."),
                          NULL, &argc, &argv) ||
      !expect_arguments ("init", argc, 0))
    return PATHWAY_CLI_USAGE;

  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  g_print (_("Database ready: %s (data format %d)\n"), pathway_db_get_path (db), pathway_db_get_version (db));
  return PATHWAY_CLI_OK;
}

static int
cli_check (int    argc,
           char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  if (!pathway_cli_parse ("check", NULL,
                          _("Checks the database file's structure and that every record points at records that exist. "
                            "Exits with 0 when all is well, 1 when it found problems or could not read the file."),
                          NULL, &argc, &argv) ||
      !expect_arguments ("check", argc, 0))
    return PATHWAY_CLI_USAGE;

  path = pathway_cli_dup_database_path ();
  if (!pathway_db_check_file (path, &problems, NULL, &error))
    return pathway_cli_fail (error);

  for (guint i = 0; i < problems->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (problems, i));

  if (problems->len > 0)
    {
      g_printerr (ngettext ("%s: %u problem found\n", "%s: %u problems found\n", problems->len),
                  path, problems->len);
      return PATHWAY_CLI_FAILED;
    }

  g_print (_("%s: no problems found\n"), path);
  return PATHWAY_CLI_OK;
}

static void
print_progress (double   fraction,
                gpointer user_data)
{
  gboolean *tty = user_data;

  if (*tty)
    g_printerr ("\r%3d %%", (int) (fraction * 100));
}

static int
cli_backup (int    argc,
            char **argv)
{
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *destination = NULL;
  gboolean tty = isatty (2);

  if (!pathway_cli_parse ("backup", _("DEST"),
                          _("Copies the database to DEST with SQLite's online backup, even while Pathway is open. "
                            "DEST must not exist yet."),
                          NULL, &argc, &argv) ||
      !expect_arguments ("backup", argc, 1))
    return PATHWAY_CLI_USAGE;

  destination = g_canonicalize_filename (argv[1], NULL);
  if (g_file_test (destination, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("pathway-cli backup: “%s” already exists; choose a new name so nothing is overwritten.\n"),
                  destination);
      return PATHWAY_CLI_FAILED;
    }

  /* Opening first checks the source is a sound Pathway database in the current format. */
  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  if (!pathway_db_backup_file (pathway_db_get_path (db), destination, print_progress, &tty, NULL, &error))
    {
      if (tty)
        g_printerr ("\n");
      return pathway_cli_fail (error);
    }

  if (tty)
    g_printerr ("\r");
  g_print (_("Backup written to %s\n"), destination);
  return PATHWAY_CLI_OK;
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n", _("Usage: pathway-cli COMMAND [OPTION…]"));
  fprintf (stream, "%s\n\n", _("Headless work on Pathway’s database. Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-11s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “pathway-cli COMMAND --help” for a command’s options. "
                               "Every command takes --database PATH."));
}

int
pathway_cli_run (int    argc,
                 char **argv)
{
  const char *name = argc > 1 ? argv[1] : NULL;

  if (name == NULL)
    {
      print_usage (stderr);
      return PATHWAY_CLI_USAGE;
    }

  if (g_str_equal (name, "--help") || g_str_equal (name, "-h") || g_str_equal (name, "help"))
    {
      print_usage (stdout);
      return PATHWAY_CLI_OK;
    }

  if (g_str_equal (name, "--version"))
    {
      g_print ("pathway-cli %s\n", PACKAGE_VERSION);
      return PATHWAY_CLI_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (name, commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("pathway-cli: unknown command “%s”.\n\n"), name);
  print_usage (stderr);
  return PATHWAY_CLI_USAGE;
}
