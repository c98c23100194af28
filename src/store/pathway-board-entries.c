/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-board-entries"

#include "config.h"

#include "pathway-board-entries.h"

#include <glib/gi18n.h>

#include "pathway-rows.h"

#define COLUMN(field, TYPE) { #field, PATHWAY_COLUMN_##TYPE, G_STRUCT_OFFSET (PathwayBoardEntry, field), NULL, 0 }

static void
free_board_entry (gpointer record)
{
  pathway_record_free (&pathway_board_entries_table, record);
}

static const PathwayColumn board_entry_columns[] = {
  COLUMN (id, ID),
  COLUMN (student_id, ID),
  COLUMN (name, TEXT),
  COLUMN (match_score, INT),
  COLUMN (notes, TEXT),
  { "status", PATHWAY_COLUMN_ENUM, G_STRUCT_OFFSET (PathwayBoardEntry, status), pathway_shortlist_status_nicks, 0 },
  COLUMN (interview_time, TIMESTAMP),
  COLUMN (meeting_link, TEXT),
  COLUMN (created_at, TIMESTAMP),
};

const PathwayTable pathway_board_entries_table = {
  "board_entries", N_("shortlisted candidate"), sizeof (PathwayBoardEntry),
  board_entry_columns, G_N_ELEMENTS (board_entry_columns), free_board_entry
};

/* The job's shortlist in the order the candidates were added, as pathway_shortlists_for_job().
 * The interview is the newest interview_scheduled interaction that names this job. */
GPtrArray *
pathway_board_entries_for_job (PathwayDb  *db,
                               gint64      job_id,
                               GError    **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  stmt = pathway_db_prepare (db,
                             "SELECT s.id, s.student_id, coalesce(o.name, u.email), s.match_score, s.notes, s.status, "
                             "       json_extract(i.details, '$.scheduled_time'), "
                             "       json_extract(i.details, '$.meeting_link'), s.created_at "
                             "FROM shortlists AS s JOIN users AS u ON u.id = s.student_id "
                             "LEFT JOIN onboarding AS o ON o.user_id = s.student_id "
                             "LEFT JOIN recruiter_interactions AS i ON i.id = "
                             "  (SELECT r.id FROM recruiter_interactions AS r "
                             "   WHERE r.candidate_id = s.student_id AND r.recruiter_id = s.recruiter_id "
                             "   AND r.interaction_type = 'interview_scheduled' "
                             "   AND json_extract(r.details, '$.job_id') = s.job_id "
                             "   ORDER BY r.id DESC LIMIT 1) "
                             "WHERE s.job_id = ?1 ORDER BY s.created_at, s.id",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, job_id);
  entries = pathway_row_collect (db, &pathway_board_entries_table, stmt, error);
  if (entries == NULL)
    return NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      PathwayBoardEntry *entry = g_ptr_array_index (entries, i);

      if (entry->name == NULL)
        entry->name = g_strdup (_("Unnamed candidate"));
    }

  return g_steal_pointer (&entries);
}

static void
set_too_late (GError **error)
{
  g_set_error_literal (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                       _("The shortlisting can no longer be undone: something else happened with the candidate "
                         "since. Move them to Rejected instead."));
}

/* The id of the candidate's newest interaction if it is the one that shortlisted them for job_id,
 * else 0. */
static gint64
find_shortlisted_interaction (PathwayDb         *db,
                              PathwayShortlist  *shortlist,
                              GError           **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  gint64 id = 0;
  int rc;

  stmt = pathway_db_prepare (db,
                             "SELECT id, interaction_type = 'shortlisted' AND json_extract(details, '$.job_id') = ?3 "
                             "FROM recruiter_interactions WHERE candidate_id = ?1 AND recruiter_id = ?2 "
                             "ORDER BY id DESC LIMIT 1",
                             error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, shortlist->student_id);
  sqlite3_bind_int64 (stmt, 2, shortlist->recruiter_id);
  sqlite3_bind_int64 (stmt, 3, shortlist->job_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 1) != 0)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      pathway_db_set_error (db, error, NULL);
      return -1;
    }

  return id;
}

static gboolean
restore_match (PathwayDb               *db,
               const PathwayShortlist  *shortlist,
               PathwayMatchStatus       match_status,
               GError                 **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;

  stmt = pathway_db_prepare (db,
                             "UPDATE candidate_matches SET status = ?3 "
                             "WHERE job_id = ?1 AND candidate_id = ?2 AND status = 'shortlisted'",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, shortlist->job_id);
  sqlite3_bind_int64 (stmt, 2, shortlist->student_id);
  sqlite3_bind_text (stmt, 3, pathway_match_status_nicks[match_status], -1, SQLITE_STATIC);
  return pathway_db_step_done (db, stmt, _("match"), error);
}

/* Takes back a pathway_shortlists_add() that nothing has followed: the shortlist row and its
 * "shortlisted" interaction go, and the match gets back match_status. Once the candidate has
 * moved, has notes, or has anything newer in their timeline, the timeline is kept as it is and
 * this fails with PATHWAY_STORE_ERROR_CONSTRAINT. */
gboolean
pathway_board_entries_undo_add (PathwayDb           *db,
                                gint64               shortlist_id,
                                PathwayMatchStatus   match_status,
                                GError             **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayShortlist) shortlist = NULL;
  gint64 interaction_id;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (match_status >= PATHWAY_MATCH_NEW && match_status <= PATHWAY_MATCH_DISMISSED, FALSE);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL || (shortlist = pathway_shortlists_get (db, shortlist_id, error)) == NULL)
    return FALSE;

  if (shortlist->status != PATHWAY_SHORTLIST_SHORTLISTED || shortlist->notes != NULL)
    {
      set_too_late (error);
      return FALSE;
    }

  interaction_id = find_shortlisted_interaction (db, shortlist, error);
  if (interaction_id < 0)
    return FALSE;
  if (interaction_id == 0)
    {
      set_too_late (error);
      return FALSE;
    }

  return pathway_interactions_delete (db, interaction_id, error) &&
         pathway_shortlists_delete (db, shortlist_id, error) &&
         restore_match (db, shortlist, match_status, error) &&
         pathway_transaction_commit (transaction, error);
}
