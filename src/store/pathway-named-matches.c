/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-named-matches"

#include "config.h"

#include "pathway-named-matches.h"

#include <glib/gi18n.h>

#include "pathway-rows.h"

#define COLUMN(field, TYPE) { #field, PATHWAY_COLUMN_##TYPE, G_STRUCT_OFFSET (PathwayNamedMatch, field), NULL, 0 }

static void
free_named_match (gpointer record)
{
  pathway_record_free (&pathway_named_matches_table, record);
}

static const PathwayColumn named_match_columns[] = {
  COLUMN (id, ID),
  COLUMN (candidate_id, ID),
  COLUMN (name, TEXT),
  COLUMN (headline, TEXT),
  COLUMN (match_score, REAL),
  COLUMN (match_reasons, JSON),
  { "status", PATHWAY_COLUMN_ENUM, G_STRUCT_OFFSET (PathwayNamedMatch, status), pathway_match_status_nicks, 0 },
  COLUMN (shortlist_id, ID),
  { "shortlist_status", PATHWAY_COLUMN_ENUM, G_STRUCT_OFFSET (PathwayNamedMatch, shortlist_status),
    pathway_shortlist_status_nicks, 0 },
};

const PathwayTable pathway_named_matches_table = {
  "named_matches", N_("match"), sizeof (PathwayNamedMatch),
  named_match_columns, G_N_ELEMENTS (named_match_columns), free_named_match
};

/* The job's best limit matches, in pathway_matches_list()'s order: best first, then by candidate.
 * A candidate without an onboarding row (added by a sync, say) is named by their email. */
GPtrArray *
pathway_named_matches_for_job (PathwayDb  *db,
                               gint64      job_id,
                               guint       limit,
                               GError    **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  g_autoptr(GPtrArray) matches = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  stmt = pathway_db_prepare (db,
                             "SELECT m.id, m.candidate_id, coalesce(o.name, u.email), cp.headline, m.match_score, "
                             "       m.match_reasons, m.status, s.id, s.status "
                             "FROM candidate_matches AS m JOIN users AS u ON u.id = m.candidate_id "
                             "LEFT JOIN onboarding AS o ON o.user_id = m.candidate_id "
                             "LEFT JOIN candidate_preferences AS cp ON cp.user_id = m.candidate_id "
                             "LEFT JOIN shortlists AS s ON s.job_id = m.job_id AND s.student_id = m.candidate_id "
                             "WHERE m.job_id = ?1 ORDER BY m.match_score DESC, m.candidate_id LIMIT ?2",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, job_id);
  sqlite3_bind_int64 (stmt, 2, limit);

  matches = pathway_row_collect (db, &pathway_named_matches_table, stmt, error);
  if (matches == NULL)
    return NULL;

  for (guint i = 0; i < matches->len; i++)
    {
      PathwayNamedMatch *match = g_ptr_array_index (matches, i);

      if (match->name == NULL)
        match->name = g_strdup (_("Unnamed candidate"));
    }

  return g_steal_pointer (&matches);
}
