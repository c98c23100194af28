/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-cli.h"
#include "pathway-jobs.h"
#include "pathway-local-users.h"

/* pathway-cli jobs: the recruiter's jobs, headless, through the same code as the app. */

#define DEFAULT_LIMIT 50

static int
jobs_add (int    argc,
          char **argv)
{
  g_autoptr(PathwayJobDraft) draft = pathway_job_draft_new ();
  const GOptionEntry entries[] = {
    { "title", 't', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &draft->title,
      N_("The job’s title (required)"), N_("TITLE") },
    { "description", 'D', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &draft->description,
      N_("What the work is and who would do it well (required)"), N_("TEXT") },
    { "skill", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, &draft->skills,
      N_("A skill the job needs; give it once per skill"), N_("SKILL") },
    { "requirement", 'r', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, &draft->requirements,
      N_("A requirement; give it once per requirement"), N_("TEXT") },
    { "location", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &draft->location,
      N_("Where the work is (default: Remote)"), N_("PLACE") },
    { "company", 'c', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &draft->company,
      N_("The company hiring"), N_("NAME") },
    { "salary-min", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &draft->salary_min,
      N_("The lowest yearly salary offered"), N_("N") },
    { "salary-max", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &draft->salary_max,
      N_("The highest yearly salary offered"), N_("N") },
    { NULL }
  };
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!pathway_cli_parse ("jobs add", NULL,
                          _("Posts a job for the local recruiter. It opens as active, and search finds it at once."),
                          entries, &argc, &argv) || argc != 1)
    return PATHWAY_CLI_USAGE;

  if (draft->title == NULL || draft->description == NULL)
    {
      g_printerr (_("pathway-cli jobs add: --title and --description are required.\n"));
      return PATHWAY_CLI_USAGE;
    }

  db = pathway_cli_open_database ();
  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  draft->recruiter_id = pathway_local_users_ensure (db, PATHWAY_USER_TYPE_RECRUITER, &error);
  id = draft->recruiter_id != 0 ? pathway_jobs_save (db, draft, &error) : 0;
  if (id == 0)
    return pathway_cli_fail (error);

  g_print (_("Job %lld saved: “%s”\n"), (long long) id, g_strstrip (draft->title));
  return PATHWAY_CLI_OK;
}

static void
print_jobs (GPtrArray *jobs)
{
  for (guint i = 0; i < jobs->len; i++)
    {
      PathwayJobSummary *job = g_ptr_array_index (jobs, i);

      g_print ("%lld\t%s\t%s\t%s\t%s\n", (long long) job->id, pathway_job_status_nicks[job->status],
               job->title, job->location, job->salary_range != NULL ? job->salary_range : "");
    }
}

/* Lists a page of query's jobs, then how many there are in all. */
static int
list_jobs (const PathwayJobQuery *query,
           int                    limit)
{
  g_autoptr(PathwayDb) db = pathway_cli_open_database ();
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  gint64 total;

  if (db == NULL)
    return PATHWAY_CLI_FAILED;

  total = pathway_jobs_count (db, query, &error);
  jobs = total >= 0 ? pathway_jobs_fetch_page (db, query, NULL, 0, limit, &error) : NULL;
  if (jobs == NULL)
    return pathway_cli_fail (error);

  print_jobs (jobs);
  g_printerr (ngettext ("%u of %lld job\n", "%u of %lld jobs\n", (gulong) total), jobs->len, (long long) total);
  return PATHWAY_CLI_OK;
}

static gboolean
check_limit (const char *command,
             int         limit)
{
  if (limit >= 1)
    return TRUE;

  g_printerr (_("pathway-cli %s: --limit takes a number of at least 1.\n"), command);
  return FALSE;
}

static int
jobs_list (int    argc,
           char **argv)
{
  g_autofree char *status = NULL;
  int limit = DEFAULT_LIMIT;
  const GOptionEntry entries[] = {
    { "status", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &status,
      N_("Only jobs that are active, paused, closed or filled"), N_("STATUS") },
    { "limit", 'n', G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &limit,
      N_("List at most N jobs (default 50)"), N_("N") },
    { NULL }
  };
  PathwayJobQuery query = { 0, NULL, -1, NULL, FALSE, PATHWAY_JOB_SORT_NEWEST };

  if (!pathway_cli_parse ("jobs list", NULL,
                          _("Lists jobs, newest first: id, status, title, location and salary, separated by tabs."),
                          entries, &argc, &argv) || argc != 1 || !check_limit ("jobs list", limit))
    return PATHWAY_CLI_USAGE;

  if (status != NULL)
    {
      query.status = pathway_enum_from_nick (pathway_job_status_nicks, status);
      if (query.status < 0)
        {
          g_printerr (_("pathway-cli jobs list: --status takes active, paused, closed or filled.\n"));
          return PATHWAY_CLI_USAGE;
        }
    }

  return list_jobs (&query, limit);
}

static int
jobs_search (int    argc,
             char **argv)
{
  int limit = DEFAULT_LIMIT;
  const GOptionEntry entries[] = {
    { "limit", 'n', G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &limit,
      N_("List at most N jobs (default 50)"), N_("N") },
    { NULL }
  };
  PathwayJobQuery query = { 0, NULL, -1, NULL, FALSE, PATHWAY_JOB_SORT_RELEVANCE };
  g_autofree char *text = NULL;

  if (!pathway_cli_parse ("jobs search", _("TEXT"),
                          _("Finds jobs by title, description, requirements, skills and location, best matches "
                            "first, as the app’s search field does. The last word also matches as a prefix."),
                          entries, &argc, &argv) || !check_limit ("jobs search", limit))
    return PATHWAY_CLI_USAGE;

  if (argc < 2)
    {
      g_printerr (_("pathway-cli jobs search: give the text to look for.\n"));
      return PATHWAY_CLI_USAGE;
    }

  text = g_strjoinv (" ", argv + 1);
  query.text = text;
  return list_jobs (&query, limit);
}

static const PathwayCliCommand commands[] = {
  { "add", N_("Post a job for the local recruiter"), jobs_add },
  { "list", N_("List jobs, newest first"), jobs_list },
  { "search", N_("Find jobs by text"), jobs_search },
};

int
pathway_cli_jobs (int    argc,
                  char **argv)
{
  return pathway_cli_dispatch ("jobs", commands, G_N_ELEMENTS (commands), argc, argv);
}
