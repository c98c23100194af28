/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-test-recruiting.h"

#include "pathway-candidates.h"
#include "pathway-jobs.h"
#include "pathway-local-users.h"
#include "pathway-test.h"

static const char * const first_names[] = {
  "Ana", "Bo", "Chiara", "Dmitri", "Emeka", "Fatima", "Greta", "Hiro", "Ines", "Jonas", "Kalani", "Lena",
};
static const char * const last_names[] = { "Lima", "Chen", "Rossi", "Volkov", "Okafor", "Haddad", "Berg" };
static const char * const other_skills[] = {
  "Figma", "Excel", "Tableau", "React", "Kotlin", "Photoshop", "Sales", "Go", "Rust", "Marketing",
};
static const char * const cities[] = { "Berlin", "Lisbon", "Madrid", "Paris" };

static gint64
add_job (PathwayTestRecruiting *r)
{
  const char * const skills[] = { "Python", "SQL", "Docker", "Airflow", NULL };
  const char * const requirements[] = { "Three years building data pipelines in production",
                                        "Comfortable owning on-call for the warehouse", NULL };
  g_autoptr(PathwayJobDraft) job = pathway_job_draft_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  job->recruiter_id = r->recruiter_id;
  job->title = g_strdup ("Data Engineer");
  /* Outside text with markup characters, which must show as text. */
  job->description = g_strdup ("Build and run the batch and streaming pipelines that feed our analysts, "
                               "from ingestion to the warehouse. You pair with analysts & engineers <daily>.");
  job->requirements = g_strdupv ((char **) requirements);
  job->skills = g_strdupv ((char **) skills);
  job->location = g_strdup ("Berlin");
  job->company = g_strdup ("Northwind Analytics");
  job->salary_min = 60000;
  job->salary_max = 80000;
  id = pathway_jobs_save (r->db, job, &error);
  g_assert_no_error (error);
  return id;
}

static void
add_candidate (PathwayTestRecruiting *r,
               guint                  i,
               GRand                 *rand)
{
  g_autoptr(PathwayCandidateDraft) draft = pathway_candidate_draft_new ();
  g_autoptr(GPtrArray) skills = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gboolean strong = i % 12 == 0, partial = i % 4 == 1;

  draft->recruiter_id = r->recruiter_id;
  /* One name with markup characters, which must show as typed everywhere. */
  if (i == 24)
    draft->name = g_strdup ("Chiara Rossi & <Kiki>");
  else
    draft->name = g_strdup_printf ("%s %s", first_names[(i + i / 12) % G_N_ELEMENTS (first_names)],
                                   last_names[i % G_N_ELEMENTS (last_names)]);
  draft->email = g_strdup_printf ("candidate%u@mail.example", i);
  if (strong || partial)
    {
      g_ptr_array_add (skills, (char *) "Python");
      g_ptr_array_add (skills, (char *) "SQL");
    }
  if (strong)
    {
      g_ptr_array_add (skills, (char *) "Docker");
      g_ptr_array_add (skills, (char *) "Airflow");
    }
  g_ptr_array_add (skills, (char *) other_skills[g_rand_int_range (rand, 0, G_N_ELEMENTS (other_skills))]);
  g_ptr_array_add (skills, NULL);
  draft->skills = g_strdupv ((char **) skills->pdata);
  draft->summary = g_strdup (strong ? "Data engineer: Python pipelines, SQL warehouses, Airflow and Docker."
                             : partial ? "Analyst who writes Python and SQL for reports."
                             : "Designer and marketer who likes clear dashboards.");
  draft->headline = g_strdup (strong ? "Data engineer" : partial ? "Data analyst" : "Product designer");
  draft->location = g_strdup (strong ? "Berlin" : cities[i % G_N_ELEMENTS (cities)]);
  draft->remote_ok = i % 3 == 0;
  draft->salary_expectation = strong ? 70000 : 50000 + (int) (i * 1000);
  pathway_candidates_save (r->db, draft, &error);
  g_assert_no_error (error);
}

PathwayTestRecruiting *
pathway_test_recruiting_new (const char *file_name)
{
  PathwayTestRecruiting *r = g_new0 (PathwayTestRecruiting, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GError) error = NULL;

  r->path = pathway_test_path (file_name);
  r->db = pathway_db_open (r->path, &error);
  g_assert_no_error (error);
  r->recruiter_id = pathway_local_users_activate (r->db, PATHWAY_USER_TYPE_RECRUITER, &error);
  g_assert_no_error (error);
  r->job_id = add_job (r);
  for (guint i = 0; i < 60; i++)
    add_candidate (r, i, rand);
  return r;
}

void
pathway_test_recruiting_free (PathwayTestRecruiting *r)
{
  g_clear_object (&r->db);
  g_free (r->path);
  g_free (r);
}

gint64
pathway_test_recruiting_count (PathwayTestRecruiting *r,
                               const char            *sql,
                               gint64                 parameter)
{
  return pathway_test_count (r->db, sql, parameter);
}

/* The first column of the first row as text. */
char *
pathway_test_recruiting_text (PathwayTestRecruiting *r,
                              const char            *sql,
                              gint64                 parameter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (r->db, sql, &error);

  g_assert_no_error (error);
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, parameter);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}
