/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidate-evidence"

#include "config.h"

#include "pathway-candidate-evidence.h"

#include <glib/gi18n.h>
#include <math.h>

void
pathway_candidate_evidence_free (PathwayCandidateEvidence *evidence)
{
  if (evidence == NULL)
    return;

  g_free (evidence->plan_title);
  g_free (evidence);
}

/* Whether there is nothing to show: no plan and no lesson or quiz done. */
gboolean
pathway_candidate_evidence_is_empty (const PathwayCandidateEvidence *evidence)
{
  g_return_val_if_fail (evidence != NULL, TRUE);

  return evidence->plan_title == NULL && evidence->days_completed == 0 && evidence->quizzes_passed == 0;
}

/* The candidate's plan and study record, counted as the profile export counts them. */
PathwayCandidateEvidence *
pathway_candidates_get_evidence (PathwayDb  *db,
                                 gint64      user_id,
                                 GError    **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  g_autoptr(PathwayCandidateEvidence) evidence = NULL;
  int rc;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  stmt = pathway_db_prepare (db,
                             "SELECT p.title,"
                             " (SELECT count(*) FROM learning_paths WHERE plan_id = p.id),"
                             " (SELECT count(*) FROM learning_paths WHERE plan_id = p.id AND status = 'completed'),"
                             " u.current_month_index,"
                             " (SELECT count(*) FROM day_progress WHERE user_id = u.id AND status = 'completed'),"
                             " (SELECT count(DISTINCT quiz_id) FROM quiz_submissions"
                             "  WHERE user_id = u.id AND passed = 1),"
                             " (SELECT avg(best_score) FROM day_progress"
                             "  WHERE user_id = u.id AND best_score IS NOT NULL) "
                             "FROM users AS u LEFT JOIN learning_plans AS p ON p.id = u.current_plan_id "
                             "WHERE u.id = ?1",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, user_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND,
                   _("The candidate is no longer in the database."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      pathway_db_set_error (db, error, _("candidate"));
      return NULL;
    }

  evidence = g_new0 (PathwayCandidateEvidence, 1);
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      evidence->plan_title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      evidence->months_total = sqlite3_column_int (stmt, 1);
      evidence->months_completed = sqlite3_column_int (stmt, 2);
      evidence->current_month = sqlite3_column_type (stmt, 3) != SQLITE_NULL ? sqlite3_column_int (stmt, 3) : 1;
    }
  evidence->days_completed = sqlite3_column_int (stmt, 4);
  evidence->quizzes_passed = sqlite3_column_int (stmt, 5);
  evidence->average_score = sqlite3_column_type (stmt, 6) != SQLITE_NULL
                            ? (int) round (sqlite3_column_double (stmt, 6)) : -1;
  return g_steal_pointer (&evidence);
}
