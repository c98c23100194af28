/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-matches.h"
#include "pathway-matching.h"
#include "pathway-test.h"

/* pathway-cli jobs, candidates and match as a person runs them: output, exit status, what is stored. */

static gint64
count (const char *path,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = pathway_db_open (path, &error);

  g_assert_no_error (error);
  return pathway_test_count (db, sql, 0);
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (text == NULL || strstr (text, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", text, fragment);
}

static void
test_help (void)
{
  static const char * const commands[][2] = {
    { "jobs", "add" }, { "jobs", "list" }, { "jobs", "search" },
    { "candidates", "import" }, { "candidates", "export-profile" }, { "candidates", "embed" },
  };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "--help", NULL), ==, 0);
  assert_contains (out, "jobs");
  assert_contains (out, "candidates");
  assert_contains (out, "match");
  g_clear_pointer (&out, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *group_out = NULL;
      g_autofree char *command_out = NULL;

      g_assert_cmpint (pathway_test_run_cli (&group_out, NULL, commands[i][0], "--help", NULL), ==, 0);
      assert_contains (group_out, commands[i][1]);
      g_assert_cmpint (pathway_test_run_cli (&command_out, NULL, commands[i][0], commands[i][1], "--help", NULL), ==, 0);
      assert_contains (command_out, "--database");
    }

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "match", "--help", NULL), ==, 0);
  assert_contains (out, "--top");
  assert_contains (out, "--json");

  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "jobs", "frobnicate", NULL), ==, 2);
  assert_contains (err, "unknown command");
}

static void
test_jobs (void)
{
  g_autofree char *path = pathway_test_path ("jobs.db");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "jobs", "add", "--database", path, "--title", "Junior Data Analyst",
                            "--description", "Dashboards and SQL.", "--skill", "SQL", "--skill", "Python",
                            "--requirement", "Two years of SQL", "--location", "Lisbon",
                            "--salary-min", "70000", "--salary-max", "90000", NULL), ==, 0);
  assert_contains (out, "Job 1 saved");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (pathway_test_run_cli (NULL, NULL, "jobs", "add", "--database", path, "--title", "Baker",
                            "--description", "Bread at dawn.", NULL), ==, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM job_postings WHERE skills = '[\"SQL\",\"Python\"]' "
                                "AND salary_min = 70000 AND salary_max = 90000"), ==, 1);

  g_assert_cmpint (pathway_test_run_cli (&out, &err, "jobs", "list", "--database", path, NULL), ==, 0);
  assert_contains (out, "1\tactive\tJunior Data Analyst\tLisbon\t$70,000 – $90,000\n");
  assert_contains (out, "2\tactive\tBaker\tRemote\t\n");
  assert_contains (err, "2 of 2 jobs");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "jobs", "list", "--database", path, "--limit", "1", NULL), ==, 0);
  {
    g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 2); /* one job, and what follows its line break */
  }
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "jobs", "search", "--database", path, "pyth", NULL), ==, 0);
  assert_contains (out, "Junior Data Analyst");
  g_assert_null (strstr (out, "Baker"));
  g_clear_pointer (&out, g_free);

  /* Anything typed is only text to look for. */
  g_assert_cmpint (pathway_test_run_cli (&out, &err, "jobs", "search", "--database", path, "\"(NEAR title:*", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  assert_contains (err, "0 of 0 jobs");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "jobs", "list", "--database", path, "--status", "paused", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);

  /* Mistakes: usage errors exit with 2, refused jobs with 1, and nothing is written. */
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "jobs", "list", "--database", path, "--status", "asleep", NULL), ==, 2);
  assert_contains (err, "--status");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "jobs", "add", "--database", path, "--title", "Nurse", NULL), ==, 2);
  assert_contains (err, "--description");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "jobs", "add", "--database", path, "--title", "Nurse",
                            "--description", "Care.", "--salary-min", "50000", "--salary-max", "40000", NULL), ==, 1);
  assert_contains (err, "below the minimum");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "jobs", "search", "--database", path, NULL), ==, 2);
  g_assert_cmpint (count (path, "SELECT count(*) FROM jobs"), ==, 2);
}

static void
test_candidates (void)
{
  g_autofree char *student_db = pathway_test_path ("student.db");
  g_autofree char *recruiter_db = pathway_test_path ("recruiter.db");
  g_autofree char *profile = pathway_test_path ("profile.json");
  g_autofree char *bad = pathway_test_path ("bad.json");
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* A student who has not onboarded has no profile yet. */
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "candidates", "export-profile", "--database", student_db, profile, NULL), ==, 1);
  assert_contains (err, "onboarding");
  g_assert_false (g_file_test (profile, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  pathway_test_exec_raw (student_db,
                         "UPDATE users SET email = 'ada@mail.example' "
                         "  WHERE id = (SELECT student_user_id FROM app_state);"
                         "INSERT INTO onboarding (user_id, name, grade, career_goals, current_skills, time_commitment) "
                         "  SELECT student_user_id, 'Ada Obi', 'self_taught', '[\"Gardener\"]', '[\"Watering\"]', 'PT30M' "
                         "  FROM app_state;");
  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "candidates", "export-profile", "--database", student_db, profile, NULL), ==, 0);
  assert_contains (out, "Profile written");
  g_assert_true (g_file_get_contents (profile, &text, NULL, NULL));
  assert_contains (text, "\"format\" : \"pathway-profile\"");
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "candidates", "import", "--database", recruiter_db, profile, NULL), ==, 0);
  assert_contains (out, "Created candidate");
  assert_contains (out, "Ada Obi");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "candidates", "import", "--database", recruiter_db, profile, NULL), ==, 0);
  assert_contains (out, "Updated candidate");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (count (recruiter_db, "SELECT count(*) FROM users WHERE user_type = 'student' AND source = 'import'"), ==, 1);

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"pathway-profile\", \"version\": 1}", -1, NULL));
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "candidates", "import", "--database", recruiter_db, bad, NULL), ==, 1);
  assert_contains (err, "Profile:");
  g_assert_cmpint (pathway_test_run_cli (NULL, NULL, "candidates", "import", "--database", recruiter_db, NULL), ==, 2);
  g_assert_cmpint (count (recruiter_db, "SELECT count(*) FROM users WHERE user_type = 'student'"), ==, 1);

  /* Embedding needs a service; without one it says where to set it (tests/sync has the rest). */
  g_clear_pointer (&err, g_free);
  g_setenv ("PATHWAY_EMBEDDINGS_URL", "", TRUE);
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "candidates", "embed", "--database", recruiter_db, NULL), ==, 1);
  g_unsetenv ("PATHWAY_EMBEDDINGS_URL");
  assert_contains (err, "PATHWAY_EMBEDDINGS_URL");
}

/* pathway-cli match ranks as the app does, keeps the job's matches, and explains each score. */
static void
test_match (void)
{
  g_autofree char *path = pathway_test_path ("match.db");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *matches;
  double previous = 101;

  g_assert_cmpint (pathway_test_run_cli (NULL, NULL, "demo-data", "--database", path, "--students", "80", "--recruiters", "2",
                            "--jobs", "4", NULL), ==, 0);

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "match", "--database", path, "1", "--top", "5", "--json", NULL), ==, 0);
  root = json_from_string (out, &error);
  g_assert_no_error (error);
  matches = json_object_get_array_member (json_node_get_object (root), "matches");
  g_assert_cmpuint (json_array_get_length (matches), ==, 5);
  for (guint i = 0; i < json_array_get_length (matches); i++)
    {
      JsonObject *match = json_array_get_object_element (matches, i);
      JsonObject *reasons = json_object_get_object_member (match, "reasons");
      JsonObject *components = json_object_get_object_member (reasons, "components");
      double score = json_object_get_double_member (match, "score");
      double total = 0;

      g_assert_cmpint (json_object_get_int_member (match, "rank"), ==, i + 1);
      g_assert_cmpfloat (score, <=, previous);
      previous = score;
      g_assert_nonnull (json_object_get_array_member (reasons, "skills_matched"));
      g_assert_nonnull (json_object_get_array_member (reasons, "skills_missing"));
      /* The score is the weighted sum of its parts, as the reasons say. */
      for (guint c = 0; c < PATHWAY_MATCH_N_COMPONENTS; c++)
        {
          JsonObject *component = json_object_get_object_member (components, pathway_match_component_nicks[c]);

          total += json_object_get_double_member (component, "score") * json_object_get_double_member (component, "weight");
        }
      g_assert_cmpfloat_with_epsilon (score, 100 * total, 0.1);
    }
  /* The job keeps as many matches as the app lists, whatever was printed. */
  g_assert_cmpint (count (path, "SELECT count(*) FROM candidate_matches WHERE job_id = 1"), ==,
                   PATHWAY_MATCHES_DEFAULT_TOP_K);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (pathway_test_run_cli (&out, NULL, "match", "--database", path, "1", NULL), ==, 0);
  assert_contains (out, "  1. ");
  assert_contains (out, "missing:");
  g_clear_pointer (&out, g_free);

  /* An embeddings service that cannot be reached: ranked all the same, and said so. */
  g_setenv ("PATHWAY_EMBEDDINGS_URL", "http://127.0.0.1:9", TRUE);
  g_assert_cmpint (pathway_test_run_cli (&out, &err, "match", "--database", path, "2", "--top", "1", NULL), ==, 0);
  g_unsetenv ("PATHWAY_EMBEDDINGS_URL");
  assert_contains (out, "  1. ");
  assert_contains (err, "embeddings service could not be used");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "match", "--database", path, "999", NULL), ==, 1);
  assert_contains (err, "no job with id 999");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (pathway_test_run_cli (NULL, &err, "match", "--database", path, "one", NULL), ==, 2);
  assert_contains (err, "not a job id");
  g_assert_cmpint (pathway_test_run_cli (NULL, NULL, "match", "--database", path, "1", "--top", "0", NULL), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/recruiting/help", test_help);
  g_test_add_func ("/cli/recruiting/jobs", test_jobs);
  g_test_add_func ("/cli/recruiting/candidates", test_candidates);
  g_test_add_func ("/cli/recruiting/match", test_match);

  return g_test_run ();
}
