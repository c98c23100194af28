/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "pathway-candidate-embedder.h"
#include "pathway-candidates.h"
#include "pathway-cli.h"
#include "pathway-local-users.h"

/* pathway-cli candidates: a student's profile out of one database and into a recruiter's, and
 * the candidates' vectors made again by the embeddings service. */

/* The file's bytes, refused before reading when it is larger than any profile can be. */
static GBytes *
load_profile_file (const char  *path,
                   GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                                                 NULL, error);

  if (info == NULL)
    return NULL;

  if (g_file_info_get_size (info) > PATHWAY_PROFILE_MAX_SIZE)
    {
      g_autofree char *limit = g_format_size_full (PATHWAY_PROFILE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is too large to be a Pathway profile; the limit is %s."), path, limit);
      return NULL;
    }

  return g_file_load_bytes (file, NULL, NULL, error);
}

static int
candidates_import (int    argc,
                   char **argv)
{
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(PathwayCandidateDraft) candidate = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean updated = FALSE;
  gint64 recruiter_id, id;

  if (!pathway_cli_parse ("candidates import", _("PROFILE-FILE"),
                          _("Adds the candidate a student’s exported profile describes, for the local recruiter. "
                            "A profile imported before, or a candidate with the same email, is updated instead."),
                          NULL, &argc, &argv))
    return PATHWAY_CLI_USAGE;

  if (argc != 2)
    {
      g_printerr (_("pathway-cli candidates import: give one profile file.\n"));
      return PATHWAY_CLI_USAGE;
    }

  bytes = load_profile_file (argv[1], &error);
  if (bytes == NULL)
    return pathway_cli_fail (error);

  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  recruiter_id = pathway_local_users_ensure (db, PATHWAY_USER_TYPE_RECRUITER, &error);
  id = recruiter_id != 0 ? pathway_candidates_import_profile (db, recruiter_id, bytes, &updated, &error) : 0;
  candidate = id != 0 ? pathway_candidates_load (db, id, &error) : NULL;
  if (candidate == NULL)
    return pathway_cli_fail (error);

  if (updated)
    g_print (_("Updated candidate %lld: %s\n"), (long long) id, candidate->name);
  else
    g_print (_("Created candidate %lld: %s\n"), (long long) id, candidate->name);
  return PATHWAY_CLI_OK;
}

static int
candidates_export_profile (int    argc,
                           char **argv)
{
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *profile = NULL;
  gint64 student_id;

  if (!pathway_cli_parse ("candidates export-profile", _("FILE"),
                          _("Writes the local student’s profile for recruiters: name, email, headline, goals, "
                            "skills, interests, location, learning plan and quiz results. Exporting again "
                            "keeps the profile’s id, so a recruiter who imports it again updates the same candidate."),
                          NULL, &argc, &argv))
    return PATHWAY_CLI_USAGE;

  if (argc != 2)
    {
      g_printerr (_("pathway-cli candidates export-profile: give one file to write.\n"));
      return PATHWAY_CLI_USAGE;
    }

  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  student_id = pathway_local_users_ensure (db, PATHWAY_USER_TYPE_STUDENT, &error);
  profile = student_id != 0 ? pathway_candidates_export_profile (db, student_id, &error) : NULL;
  file = g_file_new_for_commandline_arg (argv[1]);
  if (profile == NULL ||
      !g_file_replace_contents (file, profile, strlen (profile), NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                NULL, NULL, &error))
    return pathway_cli_fail (error);

  g_print (_("Profile written to %s\n"), argv[1]);
  return PATHWAY_CLI_OK;
}

/* What an asynchronous step left for the command, once the main loop has run. */
typedef struct {
  GMainLoop    *loop;
  GAsyncResult *result;
} Wait;

static void
on_done (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

static void
wait_for_result (Wait *wait)
{
  g_clear_object (&wait->result);
  g_main_loop_run (wait->loop);
}

static void
print_embed_progress (guint    done,
                      guint    total,
                      gpointer user_data)
{
  g_printerr ("\r");
  g_printerr (_("Embedding candidates… %u of %u"), done, total);
}

static int
candidates_embed (int    argc,
                  char **argv)
{
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(PathwayEmbeddingsClient) client = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL, NULL };
  gboolean tty = isatty (2);
  gssize n_embedded;

  if (!pathway_cli_parse ("candidates embed", NULL,
                          _("Embeds every candidate’s profile with the embeddings service set in Preferences "
                            "or by PATHWAY_EMBEDDINGS_URL, so that matching can use the service. The stored "
                            "vectors are replaced all at once at the end; a run that fails changes nothing."),
                          NULL, &argc, &argv))
    return PATHWAY_CLI_USAGE;

  if (argc != 1)
    {
      g_printerr (_("pathway-cli candidates embed: takes no arguments.\n"));
      return PATHWAY_CLI_USAGE;
    }

  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  loop = g_main_loop_new (NULL, FALSE);
  wait.loop = loop;
  pathway_embeddings_client_new_from_settings_async (NULL, on_done, &wait);
  wait_for_result (&wait);
  client = pathway_embeddings_client_new_from_settings_finish (wait.result, &error);
  g_clear_object (&wait.result);
  if (error != NULL)
    return pathway_cli_fail (error);
  if (client == NULL)
    {
      g_printerr (_("pathway-cli candidates embed: no embeddings service is set. Set the embeddings address "
                    "in Preferences, or in PATHWAY_EMBEDDINGS_URL.\n"));
      return PATHWAY_CLI_FAILED;
    }

  pathway_candidate_embedder_run_async (db, client, PATHWAY_CANDIDATE_EMBEDDER_BATCH_SIZE,
                                        tty ? print_embed_progress : NULL, NULL, NULL, on_done, &wait);
  wait_for_result (&wait);
  n_embedded = pathway_candidate_embedder_run_finish (wait.result, &error);
  g_clear_object (&wait.result);
  if (tty)
    g_printerr ("\r\033[K");
  if (n_embedded < 0)
    return pathway_cli_fail (error);

  g_print (ngettext ("Embedded %lu candidate with %s\n", "Embedded %lu candidates with %s\n", (gulong) n_embedded),
           (gulong) n_embedded, pathway_embeddings_client_get_name (client));
  return PATHWAY_CLI_OK;
}

static const PathwayCliCommand commands[] = {
  { "import", N_("Add or update a candidate from a student’s profile file"), candidates_import },
  { "export-profile", N_("Write the local student’s profile for recruiters"), candidates_export_profile },
  { "embed", N_("Embed every candidate with the embeddings service, for matching"), candidates_embed },
};

int
pathway_cli_candidates (int    argc,
                        char **argv)
{
  return pathway_cli_dispatch ("candidates", commands, G_N_ELEMENTS (commands), argc, argv);
}
