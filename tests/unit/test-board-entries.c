/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-board-entries.h"
#include "pathway-matches.h"
#include "pathway-named-matches.h"
#include "pathway-rows.h"
#include "pathway-shortlists.h"
#include "pathway-test.h"

/* The job page's own queries: matches and shortlist with names in one SELECT each, and taking
 * back a shortlisting that nothing has followed. */

typedef struct {
  PathwayDb *db;
  gint64     recruiter_id;
  gint64     job_id;
  gint64     other_job_id;
  gint64     ana_id;
  gint64     bo_id;
  gint64     nameless_id;   /* a user without an onboarding row */
} Fixture;

static void
add_match (Fixture *f,
           gint64   candidate_id,
           double   score)
{
  pathway_test_add_match (f->db, f->recruiter_id, f->job_id, candidate_id, score,
                          "{\"skills_matched\": [\"SQL\"], \"skills_missing\": []}");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PathwayUser) nameless = pathway_user_new ();
  g_autoptr(GError) error = NULL;

  f->db = pathway_test_open_db ();
  f->recruiter_id = pathway_test_add_recruiter (f->db);
  f->job_id = pathway_test_add_job (f->db, f->recruiter_id, "Data Analyst", "Dashboards.");
  f->other_job_id = pathway_test_add_job (f->db, f->recruiter_id, "Data Engineer", "Dashboards.");
  f->ana_id = pathway_test_add_candidate (f->db, f->recruiter_id, "Ana Lima", NULL, "Analyst");
  f->bo_id = pathway_test_add_candidate (f->db, f->recruiter_id, "Bo Chen", NULL, NULL);

  nameless->email = g_strdup ("someone@mail.example");
  g_assert_true (pathway_users_insert (f->db, nameless, &error));
  f->nameless_id = nameless->id;

  add_match (f, f->ana_id, 71.5);
  add_match (f, f->bo_id, 88.0);
  add_match (f, f->nameless_id, 71.5);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
}

static gint64
shortlist (Fixture *f,
           gint64   job_id,
           gint64   candidate_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pathway_shortlists_add (f->db, job_id, candidate_id, PATHWAY_SHORTLIST_SOURCE_PLATFORM, &error);

  g_assert_no_error (error);
  return id;
}

static void
schedule (Fixture    *f,
          gint64      shortlist_id,
          int         day,
          const char *link)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, day, 9, 30, 0);
  PathwayInterview interview = { when, link };
  g_autoptr(GError) error = NULL;

  g_assert_true (pathway_shortlists_move (f->db, shortlist_id, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED, &interview,
                                          &error));
  g_assert_no_error (error);
}

/* Best first, ties by candidate, as pathway_matches_list(); named, and marked when shortlisted. */
static void
test_named_matches (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  PathwayNamedMatch *match;
  gint64 id = shortlist (f, f->job_id, f->ana_id);

  matches = pathway_named_matches_for_job (f->db, f->job_id, 10, &error);
  g_assert_no_error (error);
  listed = pathway_matches_list (f->db, f->job_id, -1, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 3);
  g_assert_cmpuint (listed->len, ==, 3);
  for (guint i = 0; i < matches->len; i++)
    g_assert_cmpint (((PathwayNamedMatch *) g_ptr_array_index (matches, i))->candidate_id, ==,
                     ((PathwayCandidateMatch *) g_ptr_array_index (listed, i))->candidate_id);

  match = g_ptr_array_index (matches, 0);
  g_assert_cmpstr (match->name, ==, "Bo Chen");
  g_assert_null (match->headline);
  g_assert_cmpint (match->shortlist_id, ==, 0);
  g_assert_cmpint (match->shortlist_status, ==, PATHWAY_UNSET);
  g_assert_cmpfloat (match->match_score, ==, 88.0);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (match->match_reasons));

  match = g_ptr_array_index (matches, 1);
  g_assert_cmpstr (match->name, ==, "Ana Lima");
  g_assert_cmpstr (match->headline, ==, "Analyst");
  g_assert_cmpint (match->shortlist_id, ==, id);
  g_assert_cmpint (match->shortlist_status, ==, PATHWAY_SHORTLIST_SHORTLISTED);
  g_assert_cmpint (match->status, ==, PATHWAY_MATCH_SHORTLISTED);

  match = g_ptr_array_index (matches, 2);
  g_assert_cmpstr (match->name, ==, "someone@mail.example");

  g_clear_pointer (&matches, g_ptr_array_unref);
  matches = pathway_named_matches_for_job (f->db, f->job_id, 1, &error);
  g_assert_cmpuint (matches->len, ==, 1);
  g_clear_pointer (&matches, g_ptr_array_unref);
  matches = pathway_named_matches_for_job (f->db, f->other_job_id, 10, &error);
  g_assert_cmpuint (matches->len, ==, 0);
}

/* Each card has its latest interview for this job, not one for another job. */
static void
test_entries (Fixture       *f,
              gconstpointer  data)
{
  gint64 ana = shortlist (f, f->job_id, f->ana_id);
  gint64 bo = shortlist (f, f->job_id, f->bo_id);
  gint64 elsewhere = shortlist (f, f->other_job_id, f->bo_id);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  PathwayBoardEntry *entry;

  schedule (f, ana, 1, "https://meet.example/first");
  schedule (f, ana, 3, NULL);
  schedule (f, elsewhere, 5, "https://meet.example/elsewhere");
  g_assert_true (pathway_shortlists_set_notes (f->db, bo, "Call back\nafter the holidays", &error));

  entries = pathway_board_entries_for_job (f->db, f->job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);

  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpint (entry->id, ==, ana);
  g_assert_cmpstr (entry->name, ==, "Ana Lima");
  g_assert_cmpint (entry->match_score, ==, 72);
  g_assert_cmpint (entry->status, ==, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED);
  when = g_date_time_format_iso8601 (entry->interview_time);
  g_assert_cmpstr (when, ==, "2026-12-03T09:30:00Z");
  g_assert_null (entry->meeting_link);
  g_assert_null (entry->notes);

  entry = g_ptr_array_index (entries, 1);
  g_assert_cmpint (entry->id, ==, bo);
  g_assert_cmpint (entry->student_id, ==, f->bo_id);
  g_assert_cmpint (entry->status, ==, PATHWAY_SHORTLIST_SHORTLISTED);
  g_assert_null (entry->interview_time);
  g_assert_cmpstr (entry->notes, ==, "Call back\nafter the holidays");
  g_assert_nonnull (entry->created_at);
}

/* Undone at once, the shortlisting leaves no trace and the match is as it was. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 before = pathway_test_count (f->db, "SELECT count(*) FROM recruiter_interactions", 0);
  gint64 id = shortlist (f, f->job_id, f->ana_id);

  g_assert_true (pathway_board_entries_undo_add (f->db, id, PATHWAY_MATCH_REVIEWED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pathway_test_count (f->db, "SELECT count(*) FROM shortlists", 0), ==, 0);
  g_assert_cmpint (pathway_test_count (f->db, "SELECT count(*) FROM recruiter_interactions", 0), ==, before);
  g_assert_cmpint (pathway_test_count (f->db, "SELECT status = 'reviewed' FROM candidate_matches "
                                              "WHERE candidate_id = ?1", f->ana_id), ==, 1);

  /* And the shortlist row is really gone: shortlisting again works. */
  shortlist (f, f->job_id, f->ana_id);
}

static void
assert_undo_refused (Fixture *f,
                     gint64   id)
{
  g_autoptr(GError) error = NULL;
  gint64 interactions = pathway_test_count (f->db, "SELECT count(*) FROM recruiter_interactions", 0);

  g_assert_false (pathway_board_entries_undo_add (f->db, id, PATHWAY_MATCH_NEW, &error));
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (pathway_test_count (f->db, "SELECT count(*) FROM shortlists WHERE id = ?1", id), ==, 1);
  g_assert_cmpint (pathway_test_count (f->db, "SELECT count(*) FROM recruiter_interactions", 0), ==, interactions);
}

/* Once anything followed, the timeline stays as it is. */
static void
test_undo_too_late (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 moved = shortlist (f, f->job_id, f->ana_id);
  gint64 noted = shortlist (f, f->job_id, f->bo_id);
  gint64 viewed = shortlist (f, f->job_id, f->nameless_id);

  schedule (f, moved, 1, NULL);
  assert_undo_refused (f, moved);

  g_assert_true (pathway_shortlists_set_notes (f->db, noted, "Strong", &error));
  assert_undo_refused (f, noted);

  g_assert_true (pathway_shortlists_profile_viewed (f->db, f->recruiter_id, f->nameless_id, &error));
  assert_undo_refused (f, viewed);

  g_assert_false (pathway_board_entries_undo_add (f->db, moved + 100, PATHWAY_MATCH_NEW, &error));
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/board-entries/named-matches", test_named_matches);
  ADD ("/store/board-entries/entries", test_entries);
  ADD ("/store/board-entries/undo", test_undo);
  ADD ("/store/board-entries/undo-too-late", test_undo_too_late);
#undef ADD

  return g_test_run ();
}
