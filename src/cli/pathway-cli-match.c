/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pathway-match-runner.h"
#include "pathway-matches.h"
#include "pathway-matching.h"
#include "pathway-named-matches.h"

/* pathway-cli match JOB-ID: ranks every candidate for a job, as the job page's Find Matches does,
 * and prints the best with the reasons for their scores. */

#define DEFAULT_TOP 10

typedef struct {
  GMainLoop *loop;
  char      *notice;
  GError    *error;
  gboolean   ranked;
} Run;

static void
ranked (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GPtrArray) matches = pathway_match_runner_run_finish (result, &run->notice, &run->error);

  run->ranked = matches != NULL;
  g_main_loop_quit (run->loop);
}

static void
print_skills (JsonObject *reasons)
{
  g_autofree char *matched = NULL;
  g_autofree char *missing = NULL;
  const char *names[] = { "skills_matched", "skills_missing" };
  char **lists[2] = { &matched, &missing };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      JsonArray *array = json_object_get_array_member (reasons, names[i]);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;

      for (guint j = 0; array != NULL && j < json_array_get_length (array); j++)
        g_strv_builder_add (builder, json_array_get_string_element (array, j));
      strv = g_strv_builder_end (builder);
      *lists[i] = strv[0] != NULL ? g_strjoinv (", ", strv) : g_strdup (C_("skills", "none"));
    }

  g_print (_("     has: %s; missing: %s\n"), matched, missing);
}

static void
print_components (JsonObject *reasons)
{
  JsonObject *components = json_object_get_object_member (reasons, "components");
  g_autoptr(GString) line = g_string_new ("    ");

  for (guint i = 0; components != NULL && i < PATHWAY_MATCH_N_COMPONENTS; i++)
    {
      const char *nick = pathway_match_component_nicks[i];
      JsonObject *component = json_object_get_object_member (components, nick);

      if (component == NULL)
        continue;
      /* Machine words on purpose: the same nicks as --json. */
      g_string_append_printf (line, " %s %.2f×%.0f%% (%s)", nick,
                              json_object_get_double_member_with_default (component, "score", 0),
                              100 * json_object_get_double_member_with_default (component, "weight", 0),
                              json_object_get_string_member_with_default (component, "basis", "?"));
    }

  g_print ("%s\n", line->str);
}

static void
print_text (GPtrArray *matches)
{
  for (guint i = 0; i < matches->len; i++)
    {
      PathwayNamedMatch *match = g_ptr_array_index (matches, i);
      JsonObject *reasons = match->match_reasons != NULL && JSON_NODE_HOLDS_OBJECT (match->match_reasons)
                            ? json_node_get_object (match->match_reasons) : NULL;

      g_print ("%3u. %5.1f  %s (%lld)\n", i + 1, match->match_score, match->name, (long long) match->candidate_id);
      if (reasons != NULL)
        {
          print_skills (reasons);
          print_components (reasons);
        }
    }
}

static void
print_json (gint64      job_id,
            GPtrArray  *matches,
            const char *notice)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "job_id");
  json_builder_add_int_value (builder, job_id);
  json_builder_set_member_name (builder, "notice");
  if (notice != NULL)
    json_builder_add_string_value (builder, notice);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "matches");
  json_builder_begin_array (builder);
  for (guint i = 0; i < matches->len; i++)
    {
      PathwayNamedMatch *match = g_ptr_array_index (matches, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rank");
      json_builder_add_int_value (builder, i + 1);
      json_builder_set_member_name (builder, "candidate_id");
      json_builder_add_int_value (builder, match->candidate_id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, match->name);
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, match->match_score);
      json_builder_set_member_name (builder, "reasons");
      json_builder_add_value (builder, match->match_reasons != NULL ? json_node_copy (match->match_reasons)
                                                                    : json_node_new (JSON_NODE_NULL));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  text = json_to_string (root, TRUE);
  g_print ("%s\n", text);
}

static gboolean
parse_job_id (const char *text,
              gint64     *job_id)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_printerr (_("pathway-cli match: “%s” is not a job id; “pathway-cli jobs list” shows them.\n"), text);
      return FALSE;
    }

  *job_id = (gint64) value;
  return TRUE;
}

int
pathway_cli_match (int    argc,
                   char **argv)
{
  int top = DEFAULT_TOP;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "top", 'n', G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &top,
      N_("Print the N best candidates (default 10)"), N_("N") },
    { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json,
      N_("Print JSON, with each candidate’s full reasons"), NULL },
    { NULL }
  };
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  Run run = { NULL, NULL, NULL, FALSE };
  gint64 job_id;

  if (!pathway_cli_parse ("match", _("JOB-ID"),
                          _("Ranks every candidate for a job from 0 to 100 by skills, profile similarity, place and "
                            "salary, keeps the best as the job’s matches, as the app does, and prints them with why "
                            "each scored as it did."),
                          entries, &argc, &argv))
    return PATHWAY_CLI_USAGE;

  if (argc != 2 || top < 1 || top > 1000)
    {
      g_printerr (_("pathway-cli match: give one job id, and --top from 1 to 1000.\n"));
      return PATHWAY_CLI_USAGE;
    }
  if (!parse_job_id (argv[1], &job_id))
    return PATHWAY_CLI_USAGE;

  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  /* The job keeps at least as many matches as the app shows, whatever is printed. */
  loop = g_main_loop_new (NULL, FALSE);
  run.loop = loop;
  pathway_match_runner_run_async (db, job_id, MAX ((guint) top, PATHWAY_MATCHES_DEFAULT_TOP_K), NULL, ranked, &run);
  g_main_loop_run (loop);
  notice = run.notice;
  error = run.error;
  if (!run.ranked)
    return pathway_cli_fail (error);

  if (notice != NULL)
    g_printerr ("%s\n", notice);

  matches = pathway_named_matches_for_job (db, job_id, top, &error);
  if (matches == NULL)
    return pathway_cli_fail (error);

  if (json)
    print_json (job_id, matches, notice);
  else
    print_text (matches);

  return PATHWAY_CLI_OK;
}
