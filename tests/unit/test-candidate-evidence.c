/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-candidate-evidence.h"
#include "pathway-candidate-import-async.h"
#include "pathway-candidates.h"
#include "pathway-rows.h"
#include "pathway-test.h"

/* What the recruiter's candidate window reads beside the candidate: the study record of a student
 * in the same database, and a profile imported off the main thread. */

typedef PathwayTestRecruiterDb Fixture;

static gint64
add_by_hand (Fixture    *f,
             const char *name)
{
  g_autoptr(PathwayCandidateDraft) draft = pathway_candidate_draft_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft->recruiter_id = f->recruiter_id;
  draft->source = PATHWAY_USER_SOURCE_EMAIL;
  draft->name = g_strdup (name);
  id = pathway_candidates_save (f->db, draft, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_evidence (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PathwayCandidateEvidence) studied = NULL;
  g_autoptr(PathwayCandidateEvidence) typed_in = NULL;
  g_autoptr(PathwayCandidateEvidence) missing = NULL;
  g_autoptr(GError) error = NULL;
  gint64 student = pathway_test_add_passing_student (f->db);
  gint64 candidate = add_by_hand (f, "Bea Cruz");

  studied = pathway_candidates_get_evidence (f->db, student, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (studied->plan_title, ==, "Test Gardener Plan");
  g_assert_cmpint (studied->months_total, ==, 2);
  g_assert_cmpint (studied->months_completed, ==, 0);
  g_assert_cmpint (studied->current_month, ==, 1);
  g_assert_cmpint (studied->days_completed, ==, 1);
  g_assert_cmpint (studied->quizzes_passed, ==, 1);
  g_assert_cmpint (studied->average_score, ==, 100);
  g_assert_false (pathway_candidate_evidence_is_empty (studied));

  typed_in = pathway_candidates_get_evidence (f->db, candidate, &error);
  g_assert_no_error (error);
  g_assert_null (typed_in->plan_title);
  g_assert_cmpint (typed_in->days_completed, ==, 0);
  g_assert_cmpint (typed_in->average_score, ==, -1);
  g_assert_true (pathway_candidate_evidence_is_empty (typed_in));

  missing = pathway_candidates_get_evidence (f->db, 9999, &error);
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
}

typedef struct {
  gint64    id;
  gboolean  updated;
  GError   *error;
  gboolean  done;
} Imported;

static void
imported (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Imported *imported = user_data;

  imported->id = pathway_candidates_import_finish (PATHWAY_DB (object), result, &imported->updated, &imported->error);
  imported->done = TRUE;
}

static void
import (Fixture    *f,
        const char *text,
        Imported   *result)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  pathway_candidates_import_async (f->db, f->recruiter_id, bytes, NULL, imported, result);
  while (!result->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_import_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *profile = NULL;
  g_autoptr(GError) error = NULL;
  Imported first = { 0 }, again = { 0 }, bad = { 0 };
  gint64 student = pathway_test_add_passing_student (f->db);

  profile = pathway_candidates_export_profile (f->db, student, &error);
  g_assert_no_error (error);
  g_assert_true (pathway_users_delete (f->db, student, &error));

  /* In a worker thread on its own connection: then seen on this one. */
  import (f, profile, &first);
  g_assert_no_error (first.error);
  g_assert_cmpint (first.id, >, 0);
  g_assert_false (first.updated);
  g_assert_cmpint (pathway_test_count (f->db, "SELECT count(*) FROM users WHERE id = ?1 AND source = 'import'",
                                       first.id), ==, 1);

  import (f, profile, &again);
  g_assert_no_error (again.error);
  g_assert_cmpint (again.id, ==, first.id);
  g_assert_true (again.updated);

  import (f, "{\"format\": \"pathway-profile\", \"version\": 9}", &bad);
  g_assert_nonnull (bad.error);
  g_assert_cmpint (bad.id, ==, 0);
  g_assert_false (bad.updated);
  g_clear_error (&bad.error);
  g_assert_cmpint (pathway_test_count (f->db, "SELECT count(*) FROM users WHERE user_type = 'student'", 0), ==, 1);
}

static void
test_import_cancelled (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);
  Imported result = { 0 };

  g_cancellable_cancel (cancellable);
  pathway_candidates_import_async (f->db, f->recruiter_id, bytes, cancellable, imported, &result);
  while (!result.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&result.error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  pathway_test_use_curriculum ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, pathway_test_recruiter_db_set_up, func, pathway_test_recruiter_db_tear_down)
  ADD ("/store/candidate-evidence/figures", test_evidence);
  ADD ("/store/candidate-evidence/import-async", test_import_async);
  ADD ("/store/candidate-evidence/import-cancelled", test_import_cancelled);
#undef ADD

  return g_test_run ();
}
