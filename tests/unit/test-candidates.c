/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-candidates.h"
#include "pathway-core-error.h"
#include "pathway-embedding.h"
#include "pathway-rows.h"
#include "pathway-test.h"

/* Candidates across their five tables, and the profile a student exports and a recruiter imports. */

typedef PathwayTestRecruiterDb Fixture;

static gint64
count (PathwayDb  *db,
       const char *sql,
       gint64      parameter)
{
  return pathway_test_count (db, sql, parameter);
}

static PathwayCandidateDraft *
make_draft (Fixture    *f,
            const char *name,
            const char *email,
            const char *skills)
{
  PathwayCandidateDraft *draft = pathway_candidate_draft_new ();

  draft->recruiter_id = f->recruiter_id;
  draft->name = g_strdup (name);
  draft->email = g_strdup (email);
  draft->skills = g_strsplit (skills, ",", -1);
  return draft;
}

static gint64
save (PathwayDb             *db,
      PathwayCandidateDraft *draft)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pathway_candidates_save (db, draft, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The stored vector is the local embedding of text: pathway_match_candidate_text(), which matching
 * checks stored vectors against. */
static void
assert_vector_of (Fixture    *f,
                  gint64      user_id,
                  const char *text)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (f->db, "SELECT vector FROM candidate_vectors WHERE user_id = ?1",
                                                    NULL);
  g_autoptr(PathwayVector) expected = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, user_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_bytes (stmt, 0), ==, PATHWAY_EMBEDDING_DIMS * sizeof (float));
  g_assert_cmpmem (sqlite3_column_blob (stmt, 0), PATHWAY_EMBEDDING_DIMS * sizeof (float),
                   expected->values, PATHWAY_EMBEDDING_DIMS * sizeof (float));
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PathwayCandidateDraft) draft = make_draft (f, " Ana Lima ", " Ana.Lima@Mail.Example ", "SQL,Python,python");
  g_autoptr(PathwayCandidateDraft) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const char * const skills[] = { "SQL", "Python", NULL };
  const char * const interests[] = { "Dashboards", "Public health", NULL };
  const char * const goals[] = { "Data Analyst", NULL };
  gint64 id;

  draft->source = PATHWAY_USER_SOURCE_EMAIL;
  draft->grade = PATHWAY_GRADE_GRADUATE;
  draft->goals = g_strdupv ((char **) goals);
  draft->interests = g_strdupv ((char **) interests);
  draft->summary = g_strdup ("Analyst in training who likes clean data.");
  draft->location = g_strdup ("Recife, Brazil");
  draft->remote_ok = TRUE;
  draft->salary_expectation = 38000;
  draft->headline = g_strdup ("SQL and dashboards");
  id = save (f->db, draft);

  loaded = pathway_candidates_load (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (loaded->id, ==, id);
  g_assert_cmpint (loaded->recruiter_id, ==, f->recruiter_id);
  g_assert_cmpstr (loaded->name, ==, "Ana Lima");
  g_assert_cmpstr (loaded->email, ==, "ana.lima@mail.example");
  g_assert_cmpint (loaded->source, ==, PATHWAY_USER_SOURCE_EMAIL);
  g_assert_cmpint (loaded->grade, ==, PATHWAY_GRADE_GRADUATE);
  g_assert_cmpstrv (loaded->goals, goals);
  g_assert_cmpstrv (loaded->skills, skills);
  g_assert_cmpstrv (loaded->interests, interests);
  g_assert_cmpstr (loaded->summary, ==, draft->summary);
  g_assert_cmpstr (loaded->location, ==, "Recife, Brazil");
  g_assert_true (loaded->remote_ok);
  g_assert_cmpint (loaded->salary_expectation, ==, 38000);
  g_assert_cmpstr (loaded->headline, ==, "SQL and dashboards");
  g_assert_null (loaded->profile_id);

  /* One embedding of summary, skills and interests, in both tables. */
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM candidate_vectors AS v "
                                 "JOIN student_profile_summaries AS s USING (user_id) "
                                 "WHERE user_id = ?1 AND v.vector = s.vector AND length(v.vector) = 768 * 4 "
                                 "AND v.vector != zeroblob(768 * 4)", id), ==, 1);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM users WHERE id = ?1 AND user_type = 'student' "
                                 "AND source = 'email' AND created_by_recruiter_id IS NOT NULL", id), ==, 1);
  assert_vector_of (f, id, "Analyst in training who likes clean data. Skills: SQL, Python.");

  /* Saved again: the same rows change. */
  g_free (loaded->summary);
  loaded->summary = g_strdup ("Now also learning R.");
  g_assert_cmpint (save (f->db, loaded), ==, id);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM users WHERE user_type = 'student'", 0), ==, 1);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM candidate_vectors WHERE summary_text = 'Now also learning R.'", 0), ==, 1);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM candidate_preferences", 0), ==, 1);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'learning'", 0), ==, 1);
}

static void
assert_refused (Fixture               *f,
                PathwayCandidateDraft *draft,
                const char            *message)
{
  g_autoptr(GError) error = NULL;
  gint64 users = count (f->db, "SELECT count(*) FROM users", 0);
  gint64 onboardings = count (f->db, "SELECT count(*) FROM onboarding", 0);

  g_assert_cmpint (pathway_candidates_save (f->db, draft, &error), ==, 0);
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM users", 0), ==, users);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM onboarding", 0), ==, onboardings);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PathwayCandidateDraft) first = make_draft (f, "Ana Lima", "ana@mail.example", "SQL");
  g_autoptr(PathwayCandidateDraft) second = make_draft (f, "Ana Souza", "ANA@mail.example ", "Go");
  g_autoptr(PathwayCandidateDraft) nameless = make_draft (f, "  ", NULL, "");
  g_autoptr(PathwayCandidateDraft) bad_email = make_draft (f, "Bo", "bo at mail", "");
  g_autoptr(PathwayCandidateDraft) greedy = make_draft (f, "Cy", NULL, "");
  gint64 id;

  id = save (f->db, first);
  assert_refused (f, second, "Another candidate already has this email.");
  assert_refused (f, nameless, "name");
  assert_refused (f, bad_email, "not an email address");
  greedy->salary_expectation = -5;
  assert_refused (f, greedy, "negative");

  /* Their own address is not someone else's. */
  first->id = id;
  g_assert_cmpint (save (f->db, first), ==, id);
}

static GPtrArray *
list_candidates (Fixture              *f,
                 const char           *text,
                 gint64                recruiter_id,
                 PathwayCandidateSort  sort)
{
  PathwayCandidateQuery query = { recruiter_id, text, sort };
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = pathway_candidates_fetch_page (f->db, &query, NULL, 0, 100, &error);

  g_assert_no_error (error);
  g_assert_cmpint (pathway_candidates_count (f->db, &query, &error), ==, rows->len);
  return rows;
}

static const char *
name_at (GPtrArray *rows,
         guint      i)
{
  return ((PathwayCandidateSummary *) g_ptr_array_index (rows, i))->name;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PathwayCandidateDraft) a = make_draft (f, "Zoë Adams", NULL, "Rust,Linux");
  g_autoptr(PathwayCandidateDraft) b = make_draft (f, "bruno costa", NULL, "Python");
  g_autoptr(PathwayCandidateDraft) c = make_draft (f, "Chidi Okeke", NULL, "Excel");
  g_autoptr(GPtrArray) rows = NULL;
  PathwayCandidateSummary *row;

  a->headline = g_strdup ("Systems programmer");
  b->interests = g_strsplit ("Machine learning", "|", -1);
  c->summary = g_strdup ("Spreadsheets and some Rust on weekends.");
  c->recruiter_id = 0;
  save (f->db, a);
  save (f->db, b);
  save (f->db, c);

  rows = list_candidates (f, NULL, 0, PATHWAY_CANDIDATE_SORT_NAME);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (name_at (rows, 0), ==, "bruno costa");
  g_assert_cmpstr (name_at (rows, 1), ==, "Chidi Okeke");
  g_assert_cmpstr (name_at (rows, 2), ==, "Zoë Adams");
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (row->headline, ==, "Systems programmer");
  g_assert_cmpuint (json_array_get_length (json_node_get_array (row->skills)), ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = list_candidates (f, "rust", 0, PATHWAY_CANDIDATE_SORT_RELEVANCE);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (name_at (rows, 0), ==, "Zoë Adams"); /* a skill weighs more than the summary */
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = list_candidates (f, "zoe", 0, PATHWAY_CANDIDATE_SORT_NAME);
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = list_candidates (f, "machine lea", 0, PATHWAY_CANDIDATE_SORT_NEWEST);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (name_at (rows, 0), ==, "bruno costa");
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = list_candidates (f, NULL, f->recruiter_id, PATHWAY_CANDIDATE_SORT_NEWEST);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (name_at (rows, 0), ==, "bruno costa");
}

/* ───── the profile ───── */

/* The passing student, with the email and preferences a profile carries. */
static gint64
make_student_with_progress (PathwayDb *db)
{
  g_autoptr(PathwayCandidatePreferences) preferences = pathway_candidate_preferences_new ();
  g_autoptr(PathwayUser) user = NULL;
  g_autoptr(GError) error = NULL;
  gint64 user_id = pathway_test_add_passing_student (db);

  user = pathway_users_get (db, user_id, &error);
  user->email = g_strdup ("ada.obi@mail.example");
  g_assert_true (pathway_users_update (db, user, &error));

  preferences->user_id = user_id;
  preferences->headline = g_strdup ("Gardener in training");
  preferences->location = g_strdup ("Lagos");
  g_assert_true (pathway_candidate_preferences_rows_insert (db, preferences, &error));
  g_assert_no_error (error);
  return user_id;
}

static JsonObject *
parse_object (const char *text,
              JsonNode  **root)
{
  g_autoptr(GError) error = NULL;

  *root = json_from_string (text, &error);
  g_assert_no_error (error);
  return json_node_get_object (*root);
}

static gint64
import (PathwayDb  *db,
        gint64      recruiter_id,
        const char *text,
        gboolean   *updated)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  gint64 id = pathway_candidates_import_profile (db, recruiter_id, bytes, updated, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static char *
with_member (const char *text,
             const char *member,
             const char *value_json)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) value = json_from_string (value_json, NULL);
  JsonObject *object = parse_object (text, &root);

  json_object_set_member (object, member, g_steal_pointer (&value));
  return json_to_string (root, TRUE);
}

/* Exported on the student's computer, imported twice on the recruiter's: one candidate. */
static void
test_export_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *recruiter_path = pathway_test_path ("recruiter.db");
  g_autoptr(PathwayDb) recruiter_db = pathway_db_open (recruiter_path, NULL);
  g_autoptr(PathwayCandidateDraft) candidate = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) again_root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *edited = NULL;
  JsonObject *profile, *plan, *evidence, *best;
  gint64 student_id = make_student_with_progress (f->db);
  gint64 recruiter_id, id;
  gboolean updated = TRUE;

  text = pathway_candidates_export_profile (f->db, student_id, &error);
  g_assert_no_error (error);
  profile = parse_object (text, &root);
  g_assert_cmpstr (json_object_get_string_member (profile, "format"), ==, "pathway-profile");
  g_assert_cmpint (json_object_get_int_member (profile, "version"), ==, 1);
  g_assert_true (g_uuid_string_is_valid (json_object_get_string_member (profile, "profile_id")));
  g_assert_cmpstr (json_object_get_string_member (profile, "name"), ==, "Ada Obi");
  g_assert_cmpstr (json_object_get_string_member (profile, "email"), ==, "ada.obi@mail.example");
  g_assert_cmpstr (json_object_get_string_member (profile, "headline"), ==, "Gardener in training");
  g_assert_cmpstr (json_object_get_string_member (profile, "location"), ==, "Lagos");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (profile, "skills")), ==, 1);
  plan = json_object_get_object_member (profile, "plan");
  g_assert_cmpint (json_object_get_int_member (plan, "months_total"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (plan, "months_completed"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (plan, "current_month"), ==, 1);
  evidence = json_object_get_object_member (profile, "evidence");
  g_assert_cmpint (json_object_get_int_member (evidence, "days_completed"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (evidence, "quizzes_passed"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (evidence, "average_score"), ==, 100);
  best = json_array_get_object_element (json_object_get_array_member (evidence, "best_scores"), 0);
  g_assert_cmpint (json_object_get_int_member (best, "month"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (best, "day"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (best, "best_score"), ==, 100);
  g_assert_nonnull (json_object_get_string_member (best, "title"));

  /* The id is kept: a second export is the same profile. */
  again = pathway_candidates_export_profile (f->db, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (parse_object (again, &again_root), "profile_id"), ==,
                   json_object_get_string_member (profile, "profile_id"));

  recruiter_id = pathway_test_add_recruiter (recruiter_db);
  id = import (recruiter_db, recruiter_id, text, &updated);
  g_assert_false (updated);
  g_assert_cmpint (count (recruiter_db, "SELECT count(*) FROM users WHERE id = ?1 AND source = 'import' "
                                        "AND created_by_recruiter_id IS NOT NULL", id), ==, 1);
  candidate = pathway_candidates_load (recruiter_db, id, &error);
  g_assert_cmpstr (candidate->name, ==, "Ada Obi");
  g_assert_cmpstr (candidate->headline, ==, "Gardener in training");
  g_assert_nonnull (strstr (candidate->summary, "1 quiz passed"));
  g_assert_cmpint (count (recruiter_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'gardener'", 0), ==, 1);

  /* Imported again, edited: the same candidate, updated. */
  edited = with_member (text, "headline", "\"Gardener and beekeeper\"");
  g_assert_cmpint (import (recruiter_db, recruiter_id, edited, &updated), ==, id);
  g_assert_true (updated);
  g_assert_cmpint (count (recruiter_db, "SELECT count(*) FROM users WHERE user_type = 'student'", 0), ==, 1);
  g_assert_cmpint (count (recruiter_db, "SELECT count(*) FROM candidate_preferences "
                                        "WHERE headline = 'Gardener and beekeeper'", 0), ==, 1);
  g_assert_cmpint (count (recruiter_db, "SELECT count(*) FROM candidate_vectors", 0), ==, 1);
}

/* A candidate typed in by hand is updated by the profile with their email. */
static void
test_import_matches_email (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(PathwayCandidateDraft) draft = make_draft (f, "Ada O.", "Ada.Obi@mail.example", "");
  g_autofree char *profile = NULL;
  g_autoptr(GError) error = NULL;
  gboolean updated = FALSE;
  gint64 student_id, id;

  student_id = make_student_with_progress (f->db);
  profile = pathway_candidates_export_profile (f->db, student_id, &error);
  g_assert_no_error (error);

  /* The same file: its profile id is the local student's, so it is that person again. */
  g_assert_cmpint (import (f->db, f->recruiter_id, profile, &updated), ==, student_id);
  g_assert_true (updated);

  g_assert_true (pathway_users_delete (f->db, student_id, &error));
  id = save (f->db, draft);
  g_assert_cmpint (import (f->db, f->recruiter_id, profile, &updated), ==, id);
  g_assert_true (updated);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM onboarding WHERE name = 'Ada Obi'", 0), ==, 1);
}

static const char *valid_profile =
  "{\"format\": \"pathway-profile\", \"version\": 1, \"profile_id\": \"6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b\","
  " \"name\": \"Bea Cruz\", \"email\": \"bea@mail.example\", \"headline\": null, \"goals\": [\"Analyst\"],"
  " \"skills\": [\"SQL\"], \"interests\": [], \"location\": null, \"plan\": null,"
  " \"evidence\": {\"days_completed\": 0, \"quizzes_passed\": 0, \"average_score\": null, \"best_scores\": []},"
  " \"exported_at\": \"2026-11-21T14:03:00Z\"}";

/* Files that are not good profiles are refused, each with a message, and nothing is written. */
static void
test_bad_profiles (Fixture       *f,
                   gconstpointer  data)
{
  struct { const char *member; const char *value; const char *message; } edits[] = {
    { "format", "\"pathway-export\"", "not a Pathway profile" },
    { "version", "2", "newer version" },
    { "version", "\"1\"", "whole number" },
    { "profile_id", "\"12345\"", "UUID" },
    { "name", "\"  \"", "“name” is empty" },
    { "name", "42", "string" },
    { "email", "\"bea at home\"", "not an email address" },
    { "skills", "\"SQL\"", "array" },
    { "skills", "[\"SQL\", 7]", "entry 2" },
    { "goals", "[\"\"]", "entry 1" },
    { "plan", "{\"title\": \"P\", \"months_total\": 2, \"months_completed\": 3, \"current_month\": 1}", "months_completed" },
    { "plan", "[]", "object" },
    { "evidence", "{\"days_completed\": -1, \"quizzes_passed\": 0, \"best_scores\": []}", "days_completed" },
    { "evidence", "{\"days_completed\": 1, \"quizzes_passed\": 0, \"best_scores\": [{\"month\": 1, \"day\": 40, "
                  "\"title\": \"x\", \"best_score\": 90}]}", "day" },
    { "evidence", "{\"days_completed\": 1, \"quizzes_passed\": 0, \"best_scores\": [], \"extra\": 1}", "extra" },
    { "exported_at", "\"yesterday\"", "exported_at" },
    { "surprise", "true", "surprise" },
  };
  const char *texts[] = {
    "", "not json", "[1, 2]", "{\"format\": \"pathway-profile\"", "\"pathway-profile\"",
  };
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) huge = NULL;
  gint64 users = count (f->db, "SELECT count(*) FROM users", 0);
  gboolean updated = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *text = with_member (valid_profile, edits[i].member, edits[i].value);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

      g_assert_cmpint (pathway_candidates_import_profile (f->db, f->recruiter_id, bytes, &updated, &error), ==, 0);
      g_assert_nonnull (error);
      if (strstr (error->message, edits[i].message) == NULL)
        g_error ("%s = %s: “%s” does not say “%s”", edits[i].member, edits[i].value, error->message, edits[i].message);
      g_test_message ("%s", error->message);
      g_assert_false (updated);
      g_clear_error (&error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (texts[i], strlen (texts[i]));

      g_assert_cmpint (pathway_candidates_import_profile (f->db, f->recruiter_id, bytes, NULL, &error), ==, 0);
      g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }

  /* Deeper than 16 levels is refused before the parser sees it; so is more than 4 MiB. */
  g_string_append (deep, "{\"format\": \"pathway-profile\", \"x\": ");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  {
    g_autoptr(GBytes) bytes = g_bytes_new (deep->str, deep->len);

    g_assert_cmpint (pathway_candidates_import_profile (f->db, f->recruiter_id, bytes, NULL, &error), ==, 0);
    g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
    g_clear_error (&error);
  }
  huge = g_bytes_new_take (g_strnfill (PATHWAY_PROFILE_MAX_SIZE + 1, ' '), PATHWAY_PROFILE_MAX_SIZE + 1);
  g_assert_cmpint (pathway_candidates_import_profile (f->db, f->recruiter_id, huge, NULL, &error), ==, 0);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_clear_error (&error);

  g_assert_cmpint (count (f->db, "SELECT count(*) FROM users", 0), ==, users);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM onboarding", 0), ==, 0);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM candidate_preferences", 0), ==, 0);

  /* The document the edits start from is itself fine. */
  g_assert_cmpint (import (f->db, f->recruiter_id, valid_profile, &updated), >, 0);
  g_assert_false (updated);
}

/* A file from before version 5 gets its search indexes filled by the upgrade. */
static void
test_backfill (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "pathway-v1.sql", NULL);
  g_autofree char *path = pathway_test_path ("old.db");
  g_autofree char *sql = NULL;
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (fixture, &sql, NULL, NULL));
  pathway_test_exec_raw (path, sql);
  pathway_test_exec_raw (path,
                         "INSERT INTO users (id, email, user_type) VALUES (2, 'hr@farm.example', 'recruiter');"
                         "INSERT INTO jobs (recruiter_id, title, description, requirements) "
                         "  VALUES (2, 'Soil Scientist', 'Field work.', '[\"Chemistry degree\"]');");
  db = pathway_db_open (path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (count (db, "SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH 'chemistry'", 0), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM jobs_fts", 0), ==, count (db, "SELECT count(*) FROM jobs", 0));
  g_assert_cmpint (count (db, "SELECT count(*) FROM candidates_fts", 0), >, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM candidates_fts", 0), ==,
                   count (db, "SELECT count(*) FROM onboarding JOIN users ON users.id = onboarding.user_id "
                              "WHERE user_type = 'student'", 0));
  g_assert_cmpint (count (db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'ana'", 0), >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  pathway_test_use_curriculum ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, pathway_test_recruiter_db_set_up, func, pathway_test_recruiter_db_tear_down)
  ADD ("/store/candidates/round-trip", test_round_trip);
  ADD ("/store/candidates/validation", test_validation);
  ADD ("/store/candidates/search", test_search);
  ADD ("/store/candidates/export-import", test_export_import);
  ADD ("/store/candidates/import-matches-email", test_import_matches_email);
  ADD ("/store/candidates/bad-profiles", test_bad_profiles);
#undef ADD
  g_test_add_func ("/store/candidates/backfill", test_backfill);

  return g_test_run ();
}
