/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidate-profile"

#include "config.h"

#include "pathway-candidates.h"

#include <glib/gi18n.h>

#include "pathway-candidate-evidence.h"
#include "pathway-json.h"
#include "pathway-rows.h"
#include "pathway-text-lists.h"
#include "pathway-time.h"

/* The profile a student exports for recruiters to import (pathway-candidate-import.c): a JSON
 * document of format "pathway-profile", version 1. Its profile_id, kept per student in
 * candidate_preferences, lets a second import of the same student update the candidate instead of
 * adding them again. */

#define MAX_BEST_SCORES 30

/* ───────────────────────────── export ───────────────────────────── */

/* The student's preferences row, made with a new profile id the first time they export. */
static PathwayCandidatePreferences *
ensure_profile_id (PathwayDb  *db,
                   gint64      user_id,
                   GError    **error)
{
  const gint64 values[] = { user_id };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PathwayCandidatePreferences) preferences = NULL;
  gboolean found;

  preferences = pathway_row_find_optional (db, &pathway_candidate_preferences_table, "user_id = ?1", values, 1,
                                           &local_error);
  found = preferences != NULL;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (found && preferences->profile_id != NULL)
    return g_steal_pointer (&preferences);

  if (!found)
    {
      preferences = pathway_candidate_preferences_new ();
      preferences->user_id = user_id;
    }
  preferences->profile_id = g_uuid_string_random ();

  if (!(found ? pathway_candidate_preferences_rows_update (db, preferences, error)
              : pathway_candidate_preferences_rows_insert (db, preferences, error)))
    return NULL;

  return g_steal_pointer (&preferences);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int_member (JsonBuilder *builder,
                const char  *name,
                gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_list_member (JsonBuilder *builder,
                 const char  *name,
                 JsonNode    *list)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_value (builder, list != NULL ? json_node_copy (list) : pathway_text_list_to_json (NULL));
}

/* The plan as the recruiter's side counts it (pathway_candidates_get_evidence()). */
static void
add_plan (JsonBuilder                    *builder,
          const PathwayCandidateEvidence *evidence)
{
  json_builder_set_member_name (builder, "plan");
  if (evidence->plan_title == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  add_string_member (builder, "title", evidence->plan_title);
  add_int_member (builder, "months_total", evidence->months_total);
  add_int_member (builder, "months_completed", evidence->months_completed);
  add_int_member (builder, "current_month", evidence->current_month);
  json_builder_end_object (builder);
}

/* The most recent best quiz scores, newest first. */
static gboolean
add_best_scores (JsonBuilder  *builder,
                 PathwayDb    *db,
                 gint64        user_id,
                 GError      **error)
{
  g_autoptr(PathwayStmt) stmt =
    pathway_db_prepare (db,
                        "SELECT d.month_index, d.day_number, q.title, d.best_score FROM day_progress AS d "
                        "LEFT JOIN quizzes AS q ON q.plan_id = d.plan_id AND q.month_index = d.month_index "
                        "                      AND q.day = d.day_number "
                        "WHERE d.user_id = ?1 AND d.best_score IS NOT NULL "
                        "ORDER BY coalesce(d.completed_at, d.updated_at) DESC, d.id DESC LIMIT ?2",
                        error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, user_id);
  sqlite3_bind_int (stmt, 2, MAX_BEST_SCORES);

  json_builder_set_member_name (builder, "best_scores");
  json_builder_begin_array (builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int month = sqlite3_column_int (stmt, 0);
      int day = sqlite3_column_int (stmt, 1);
      const char *title = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *fallback = NULL;

      if (title == NULL || pathway_json_is_blank (title))
        /* Translators: a quiz without a title in an exported profile */
        title = fallback = g_strdup_printf (_("Month %d, day %d"), month, day);

      json_builder_begin_object (builder);
      add_int_member (builder, "month", month);
      add_int_member (builder, "day", day);
      add_string_member (builder, "title", title);
      add_int_member (builder, "best_score", sqlite3_column_int (stmt, 3));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (rc != SQLITE_DONE)
    {
      pathway_db_set_error (db, error, _("profile"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
add_evidence (JsonBuilder                    *builder,
              const PathwayCandidateEvidence *evidence,
              PathwayDb                      *db,
              gint64                          user_id,
              GError                        **error)
{
  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_object (builder);
  add_int_member (builder, "days_completed", evidence->days_completed);
  add_int_member (builder, "quizzes_passed", evidence->quizzes_passed);
  json_builder_set_member_name (builder, "average_score");
  if (evidence->average_score < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, evidence->average_score);
  if (!add_best_scores (builder, db, user_id, error))
    return FALSE;
  json_builder_end_object (builder);
  return TRUE;
}

static char *
to_text (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}

/* The student's profile as a "pathway-profile" JSON document for recruiters: who they are, what
 * they want to do, their plan and the evidence of their study. The first export gives the
 * student a profile id, kept for every later one. */
char *
pathway_candidates_export_profile (PathwayDb  *db,
                                   gint64      student_user_id,
                                   GError    **error)
{
  const gint64 values[] = { student_user_id };
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayUser) user = NULL;
  g_autoptr(PathwayOnboarding) onboarding = NULL;
  g_autoptr(PathwayCandidatePreferences) preferences = NULL;
  g_autoptr(PathwayCandidateEvidence) evidence = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) now = pathway_timestamp_now ();
  g_autofree char *exported_at = pathway_timestamp_format (now);
  PathwayProfileSummary *summary;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return NULL;

  user = pathway_users_get (db, student_user_id, error);
  if (user == NULL)
    return NULL;

  onboarding = pathway_row_find (db, &pathway_onboarding_table, "user_id = ?1", values, 1, &local_error);
  if (onboarding == NULL)
    {
      if (g_error_matches (local_error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND))
        g_set_error_literal (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND,
                             _("There is no profile to export yet: finish onboarding first."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  summaries = pathway_row_select (db, &pathway_profile_summaries_table, "user_id = ?1", values, 1, error);
  preferences = summaries != NULL ? ensure_profile_id (db, student_user_id, error) : NULL;
  if (preferences == NULL)
    return NULL;
  summary = summaries->len > 0 ? g_ptr_array_index (summaries, 0) : NULL;
  evidence = pathway_candidates_get_evidence (db, student_user_id, error);
  if (evidence == NULL)
    return NULL;

  json_builder_begin_object (builder);
  add_string_member (builder, "format", PATHWAY_PROFILE_FORMAT);
  add_int_member (builder, "version", PATHWAY_PROFILE_VERSION);
  add_string_member (builder, "profile_id", preferences->profile_id);
  add_string_member (builder, "name", onboarding->name);
  add_string_member (builder, "email", user->email);
  add_string_member (builder, "headline", preferences->headline);
  add_list_member (builder, "goals", onboarding->career_goals);
  add_list_member (builder, "skills", onboarding->current_skills);
  add_list_member (builder, "interests", summary != NULL ? summary->interests : NULL);
  add_string_member (builder, "location", preferences->location);
  add_plan (builder, evidence);
  if (!add_evidence (builder, evidence, db, student_user_id, error))
    return NULL;
  add_string_member (builder, "exported_at", exported_at);
  json_builder_end_object (builder);

  if (!pathway_transaction_commit (transaction, error))
    return NULL;

  return to_text (builder);
}
