/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-cli"

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pathway-export.h"

int
pathway_cli_export (int    argc,
                    char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &format,
      N_("The format to write; “json” is the one there is"), N_("FORMAT") },
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!pathway_cli_parse ("export", NULL,
                          _("Writes every table as JSON: one object per row, embedding vectors as arrays of numbers. "
                            "Passwords and sign-in tokens are never written."),
                          entries, &argc, &argv))
    return PATHWAY_CLI_USAGE;

  if (argc > 1 || (format != NULL && !g_str_equal (format, "json")))
    {
      g_printerr (_("pathway-cli export: the only format is “json”. Run “pathway-cli export --help”.\n"));
      return PATHWAY_CLI_USAGE;
    }

  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  if (output != NULL)
    {
      /* g_file_replace writes beside the file and renames: a failed export leaves no half file. */
      file = g_file_new_for_commandline_arg (output);
      stream = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &error));
      if (stream == NULL)
        return pathway_cli_fail (error);
    }
  else
    stream = g_unix_output_stream_new (1, FALSE);

  {
    g_autoptr(GOutputStream) buffered = g_buffered_output_stream_new_sized (stream, 64 * 1024);

    if (!pathway_export_json (db, buffered, NULL, &error) ||
        !g_output_stream_close (buffered, NULL, &error))
      {
        g_autoptr(GCancellable) abandon = g_cancellable_new ();

        /* Closing with a cancelled cancellable drops the half-written replacement. */
        g_cancellable_cancel (abandon);
        g_output_stream_close (stream, abandon, NULL);
        return pathway_cli_fail (error);
      }
  }

  return PATHWAY_CLI_OK;
}
