/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-rows.h"
#include "pathway-shortlists.h"
#include "pathway-test.h"

/* A job's shortlist: each move and note leaves its row in the candidate's timeline. */

typedef struct {
  PathwayDb *db;
  gint64     recruiter_id;
  gint64     job_id;
  gint64     ana_id;
  gint64     bo_id;
} Fixture;

static gint64
add_candidate (Fixture    *f,
               const char *name,
               const char *email)
{
  return pathway_test_add_candidate (f->db, f->recruiter_id, name, email, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->db = pathway_test_open_db ();
  f->recruiter_id = pathway_test_add_recruiter (f->db);
  f->job_id = pathway_test_add_job (f->db, f->recruiter_id, "Data Analyst", "Dashboards.");
  f->ana_id = add_candidate (f, "Ana Lima", "ana@mail.example");
  f->bo_id = add_candidate (f, "Bo Chen", "bo@mail.example");
  pathway_test_add_match (f->db, f->recruiter_id, f->job_id, f->ana_id, 86.6, "{\"skills\": [\"SQL\"]}");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
}

static gint64
count (Fixture    *f,
       const char *sql,
       gint64      parameter)
{
  return pathway_test_count (f->db, sql, parameter);
}

static PathwayInteraction *
latest_interaction (Fixture *f,
                    gint64   candidate_id)
{
  g_autoptr(GPtrArray) timeline = pathway_shortlists_timeline (f->db, candidate_id, NULL);
  g_assert_nonnull (timeline);
  g_assert_cmpuint (timeline->len, >, 0);
  return pathway_interaction_copy (g_ptr_array_index (timeline, 0));
}

static const char *
detail (PathwayInteraction *interaction,
        const char         *member)
{
  return json_object_get_string_member (json_node_get_object (interaction->details), member);
}

static void
move (Fixture                 *f,
      gint64                   shortlist_id,
      PathwayShortlistStatus   status,
      const PathwayInterview  *interview)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pathway_shortlists_move (f->db, shortlist_id, status, interview, &error));
  g_assert_no_error (error);
}

/* Shortlisted, interviewed and hired: five rows in the timeline, one per change. */
static void
test_moves (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, 1, 15, 30, 0);
  PathwayInterview interview = { when, "https://meet.example/abc-defg" };
  g_autoptr(PathwayShortlist) shortlist = NULL;
  g_autoptr(GError) error = NULL;
  PathwayInteraction *interaction;
  gint64 id;

  id = pathway_shortlists_add (f->db, f->job_id, f->ana_id, PATHWAY_SHORTLIST_SOURCE_PLATFORM, &error);
  g_assert_no_error (error);
  shortlist = pathway_shortlists_get (f->db, id, &error);
  g_assert_cmpint (shortlist->status, ==, PATHWAY_SHORTLIST_SHORTLISTED);
  g_assert_cmpint (shortlist->match_score, ==, 87);
  g_assert_cmpint (shortlist->recruiter_id, ==, f->recruiter_id);
  g_assert_cmpint (count (f, "SELECT count(*) FROM candidate_matches WHERE status = 'shortlisted'", 0), ==, 1);
  interaction = latest_interaction (f, f->ana_id);
  g_assert_cmpint (interaction->interaction_type, ==, PATHWAY_INTERACTION_SHORTLISTED);
  g_assert_cmpint (interaction->recruiter_id, ==, f->recruiter_id);
  pathway_interaction_free (interaction);

  move (f, id, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED, &interview);
  interaction = latest_interaction (f, f->ana_id);
  g_assert_cmpint (interaction->interaction_type, ==, PATHWAY_INTERACTION_INTERVIEW_SCHEDULED);
  g_assert_cmpstr (detail (interaction, "scheduled_time"), ==, "2026-12-01T15:30:00Z");
  g_assert_cmpstr (detail (interaction, "meeting_link"), ==, "https://meet.example/abc-defg");
  pathway_interaction_free (interaction);

  move (f, id, PATHWAY_SHORTLIST_INTERVIEWED, NULL);
  interaction = latest_interaction (f, f->ana_id);
  g_assert_cmpint (interaction->interaction_type, ==, PATHWAY_INTERACTION_STATUS_CHANGED);
  g_assert_cmpstr (detail (interaction, "from"), ==, "interview_scheduled");
  g_assert_cmpstr (detail (interaction, "to"), ==, "interviewed");
  pathway_interaction_free (interaction);

  move (f, id, PATHWAY_SHORTLIST_HIRED, NULL);
  interaction = latest_interaction (f, f->ana_id);
  g_assert_cmpint (interaction->interaction_type, ==, PATHWAY_INTERACTION_OFFER_SENT);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (interaction->details), "job_id"), ==, f->job_id);
  pathway_interaction_free (interaction);

  g_assert_true (pathway_shortlists_set_notes (f->db, id, "  Starts in January.  ", &error));
  interaction = latest_interaction (f, f->ana_id);
  g_assert_cmpint (interaction->interaction_type, ==, PATHWAY_INTERACTION_NOTE_ADDED);
  g_assert_cmpstr (interaction->notes, ==, "Starts in January.");
  pathway_interaction_free (interaction);

  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1", f->ana_id), ==, 5);
  g_assert_cmpint (count (f, "SELECT count(*) FROM shortlists WHERE status = 'hired' AND notes = 'Starts in January.'", 0), ==, 1);

  /* Rejected from any step but rejected. */
  id = pathway_shortlists_add (f->db, f->job_id, f->bo_id, PATHWAY_SHORTLIST_SOURCE_EMAIL, &error);
  g_assert_no_error (error);
  move (f, id, PATHWAY_SHORTLIST_REJECTED, NULL);
  interaction = latest_interaction (f, f->bo_id);
  g_assert_cmpstr (detail (interaction, "from"), ==, "shortlisted");
  g_assert_cmpstr (detail (interaction, "to"), ==, "rejected");
  pathway_interaction_free (interaction);
  g_assert_cmpint (count (f, "SELECT count(*) FROM shortlists WHERE id = ?1 AND match_score IS NULL AND source = 'email'",
                          id), ==, 1);
}

static void
assert_refused_move (Fixture                 *f,
                     gint64                   shortlist_id,
                     PathwayShortlistStatus   status,
                     const PathwayInterview  *interview,
                     const char              *fragment)
{
  g_autoptr(GError) error = NULL;
  gint64 before = count (f, "SELECT count(*) FROM recruiter_interactions", 0);
  g_autoptr(PathwayShortlist) row = pathway_shortlists_get (f->db, shortlist_id, NULL);
  g_autoptr(PathwayShortlist) after = NULL;

  g_assert_false (pathway_shortlists_move (f->db, shortlist_id, status, interview, &error));
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
  g_assert_cmpint (count (f, "SELECT count(*) FROM recruiter_interactions", 0), ==, before);
  after = pathway_shortlists_get (f->db, shortlist_id, NULL);
  g_assert_cmpint (after->status, ==, row->status);
}

/* Skipping a step, going back, leaving rejected, a bad link or no time: refused, nothing written. */
static void
test_invalid_moves (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, 1, 15, 30, 0);
  PathwayInterview scripted = { when, "javascript:alert(1)" };
  PathwayInterview relative = { when, "/meet/abc" };
  PathwayInterview timeless = { NULL, NULL };
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = pathway_shortlists_add (f->db, f->job_id, f->ana_id, PATHWAY_SHORTLIST_SOURCE_PLATFORM, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pathway_shortlists_add (f->db, f->job_id, f->ana_id, PATHWAY_SHORTLIST_SOURCE_PLATFORM, &error), ==, 0);
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (pathway_shortlists_add (f->db, f->job_id, f->recruiter_id, PATHWAY_SHORTLIST_SOURCE_PLATFORM, &error), ==, 0);
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  assert_refused_move (f, id, PATHWAY_SHORTLIST_HIRED, NULL, "hired");
  assert_refused_move (f, id, PATHWAY_SHORTLIST_INTERVIEWED, NULL, "interviewed");
  assert_refused_move (f, id, PATHWAY_SHORTLIST_SHORTLISTED, NULL, "shortlisted");
  assert_refused_move (f, id, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED, NULL, "when");
  assert_refused_move (f, id, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED, &timeless, "when");
  assert_refused_move (f, id, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED, &scripted, "https://");
  assert_refused_move (f, id, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED, &relative, "https://");

  move (f, id, PATHWAY_SHORTLIST_REJECTED, NULL);
  assert_refused_move (f, id, PATHWAY_SHORTLIST_REJECTED, NULL, "rejected");
  assert_refused_move (f, id, PATHWAY_SHORTLIST_SHORTLISTED, NULL, "rejected");

  g_assert_true (pathway_shortlists_can_move (PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED));
  g_assert_true (pathway_shortlists_can_move (PATHWAY_SHORTLIST_HIRED, PATHWAY_SHORTLIST_REJECTED));
  g_assert_false (pathway_shortlists_can_move (PATHWAY_SHORTLIST_HIRED, PATHWAY_SHORTLIST_INTERVIEWED));
}

/* Newest first, whatever the kind; rows of the same second by the order they were written. */
static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) timeline = NULL;
  g_autoptr(GError) error = NULL;
  static const PathwayInteractionType expected[] = {
    PATHWAY_INTERACTION_EMAIL_SENT,
    PATHWAY_INTERACTION_NOTE_ADDED,
    PATHWAY_INTERACTION_SHORTLISTED,
    PATHWAY_INTERACTION_PROFILE_VIEWED,
    PATHWAY_INTERACTION_PROFILE_VIEWED,
  };
  gint64 id;

  g_assert_true (pathway_shortlists_profile_viewed (f->db, f->recruiter_id, f->ana_id, &error));
  g_assert_true (pathway_shortlists_profile_viewed (f->db, f->recruiter_id, f->ana_id, &error));
  id = pathway_shortlists_add (f->db, f->job_id, f->ana_id, PATHWAY_SHORTLIST_SOURCE_PLATFORM, &error);
  g_assert_true (pathway_shortlists_set_notes (f->db, id, "Strong SQL.", &error));
  g_assert_true (pathway_shortlists_email_sent (f->db, f->recruiter_id, f->ana_id, "Interview next week?", &error));
  g_assert_true (pathway_shortlists_profile_viewed (f->db, f->recruiter_id, f->bo_id, &error));
  g_assert_no_error (error);

  /* An older row written later still sorts by its time. */
  g_assert_true (pathway_db_exec (f->db, "UPDATE recruiter_interactions SET created_at = '2020-01-01T00:00:00Z' "
                                         "WHERE id = (SELECT min(id) FROM recruiter_interactions)", &error));

  timeline = pathway_shortlists_timeline (f->db, f->ana_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (timeline->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < timeline->len; i++)
    {
      PathwayInteraction *interaction = g_ptr_array_index (timeline, i);

      g_assert_cmpint (interaction->candidate_id, ==, f->ana_id);
      g_assert_cmpint (interaction->interaction_type, ==, expected[i]);
    }
  g_assert_cmpstr (detail (g_ptr_array_index (timeline, 0), "subject"), ==, "Interview next week?");
  g_assert_cmpint (g_date_time_get_year (((PathwayInteraction *) g_ptr_array_index (timeline, 4))->created_at), ==, 2020);
}

/* The local date a shortlist row was added, as the export writes it. */
static char *
added_on (Fixture *f,
          gint64   shortlist_id)
{
  g_autoptr(PathwayShortlist) row = pathway_shortlists_get (f->db, shortlist_id, NULL);
  g_autoptr(GDateTime) local = g_date_time_to_local (row->created_at);

  return g_date_time_format (local, "%Y-%m-%d");
}

/* Quotes, commas and line breaks quoted (RFC 4180); formulas kept as text. */
static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *day_1 = NULL;
  g_autofree char *day_2 = NULL;
  g_autofree char *day_3 = NULL;
  g_autofree char *expected = NULL;
  gint64 tricky, formula, ana;

  tricky = add_candidate (f, "Smith, \"Jo\"", "jo@mail.example");
  formula = add_candidate (f, "=HYPERLINK(\"http://evil.example\",\"Click\")", "+evil@mail.example");
  ana = pathway_shortlists_add (f->db, f->job_id, f->ana_id, PATHWAY_SHORTLIST_SOURCE_PLATFORM, &error);
  g_assert_no_error (error);
  g_assert_true (pathway_shortlists_set_notes (f->db, ana, "Line one\nline two", &error));
  tricky = pathway_shortlists_add (f->db, f->job_id, tricky, PATHWAY_SHORTLIST_SOURCE_PLATFORM, &error);
  g_assert_true (pathway_shortlists_set_notes (f->db, tricky, "-1 for tardiness, +2 for SQL", &error));
  formula = pathway_shortlists_add (f->db, f->job_id, formula, PATHWAY_SHORTLIST_SOURCE_EMAIL, &error);
  g_assert_true (pathway_shortlists_set_notes (f->db, formula, "+cmd|' /C calc'!A0", &error));
  g_assert_no_error (error);

  csv = pathway_shortlists_export_csv (f->db, f->job_id, &error);
  g_assert_no_error (error);
  day_1 = added_on (f, ana);
  day_2 = added_on (f, tricky);
  day_3 = added_on (f, formula);
  expected = g_strdup_printf ("Name,Email,Status,Match Score,Notes,Added\r\n"
                              "Ana Lima,ana@mail.example,shortlisted,87,\"Line one\nline two\",%s\r\n"
                              "\"Smith, \"\"Jo\"\"\",jo@mail.example,shortlisted,,\"'-1 for tardiness, +2 for SQL\",%s\r\n"
                              "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'+evil@mail.example,shortlisted,,"
                              "'+cmd|' /C calc'!A0,%s\r\n",
                              day_1, day_2, day_3);
  g_assert_cmpstr (csv, ==, expected);

  g_clear_pointer (&csv, g_free);
  g_assert_null (pathway_shortlists_export_csv (f->db, f->job_id + 100, &error));
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/shortlists/moves", test_moves);
  ADD ("/store/shortlists/invalid-moves", test_invalid_moves);
  ADD ("/store/shortlists/timeline", test_timeline);
  ADD ("/store/shortlists/csv", test_csv);
#undef ADD

  return g_test_run ();
}
