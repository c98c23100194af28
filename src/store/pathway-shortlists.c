/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-shortlists"

#include "config.h"

#include "pathway-shortlists.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pathway-rows.h"
#include "pathway-time.h"

static const char *
status_label (PathwayShortlistStatus status)
{
  switch (status)
    {
    case PATHWAY_SHORTLIST_SHORTLISTED:
      return _("shortlisted");
    case PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED:
      return _("interview scheduled");
    case PATHWAY_SHORTLIST_INTERVIEWED:
      return _("interviewed");
    case PATHWAY_SHORTLIST_HIRED:
      return _("hired");
    case PATHWAY_SHORTLIST_REJECTED:
      return _("rejected");
    default:
      g_assert_not_reached ();
    }
}

static JsonBuilder *
details_begin (gint64 job_id)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "job_id");
  json_builder_add_int_value (builder, job_id);
  return builder;
}

static JsonNode *
details_end (JsonBuilder *builder)
{
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* {"job_id"} alone. */
static JsonNode *
job_details (gint64 job_id)
{
  g_autoptr(JsonBuilder) builder = details_begin (job_id);

  return details_end (builder);
}

/* Writes one row of the candidate's timeline; details is taken. */
static gboolean
add_interaction (PathwayDb               *db,
                 gint64                   recruiter_id,
                 gint64                   candidate_id,
                 PathwayInteractionType   type,
                 JsonNode                *details,
                 const char              *notes,
                 GError                 **error)
{
  g_autoptr(PathwayInteraction) interaction = pathway_interaction_new ();

  interaction->recruiter_id = recruiter_id;
  interaction->candidate_id = candidate_id;
  interaction->interaction_type = type;
  interaction->details = details;
  interaction->notes = g_strdup (notes);
  return pathway_interactions_insert (db, interaction, error);
}

/* Puts a student on a job's shortlist, with the match score found for them if any, and marks the
 * match as shortlisted. Returns the shortlist row's id, or 0. */
gint64
pathway_shortlists_add (PathwayDb               *db,
                        gint64                   job_id,
                        gint64                   student_id,
                        PathwayShortlistSource   source,
                        GError                 **error)
{
  const gint64 values[] = { job_id, student_id };
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayJob) job = NULL;
  g_autoptr(PathwayUser) student = NULL;
  g_autoptr(PathwayShortlist) shortlist = NULL;
  g_autoptr(PathwayCandidateMatch) match = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonBuilder) details = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), 0);
  g_return_val_if_fail (source == PATHWAY_SHORTLIST_SOURCE_PLATFORM || source == PATHWAY_SHORTLIST_SOURCE_EMAIL, 0);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL ||
      (job = pathway_jobs_get (db, job_id, error)) == NULL ||
      (student = pathway_users_get (db, student_id, error)) == NULL)
    return 0;

  if (student->user_type != PATHWAY_USER_TYPE_STUDENT)
    {
      g_set_error_literal (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                           _("Only candidates can be shortlisted, not recruiters."));
      return 0;
    }

  shortlist = pathway_row_find_optional (db, &pathway_shortlists_table, "job_id = ?1 AND student_id = ?2", values, 2, &local_error);
  if (shortlist != NULL)
    {
      g_set_error_literal (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                           _("This candidate is already on the job’s shortlist."));
      return 0;
    }
  if (local_error == NULL)
    match = pathway_row_find_optional (db, &pathway_candidate_matches_table, "job_id = ?1 AND candidate_id = ?2", values, 2,
                           &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }

  shortlist = pathway_shortlist_new ();
  shortlist->recruiter_id = job->recruiter_id;
  shortlist->job_id = job_id;
  shortlist->student_id = student_id;
  shortlist->match_score = match != NULL ? (int) CLAMP (round (match->match_score), 0, 100) : PATHWAY_UNSET;
  shortlist->status = PATHWAY_SHORTLIST_SHORTLISTED;
  shortlist->source = source;
  if (!pathway_shortlists_insert (db, shortlist, error))
    return 0;

  if (match != NULL)
    {
      match->status = PATHWAY_MATCH_SHORTLISTED;
      if (!pathway_candidate_matches_update (db, match, error))
        return 0;
    }

  details = details_begin (job_id);
  if (shortlist->match_score != PATHWAY_UNSET)
    {
      json_builder_set_member_name (details, "match_score");
      json_builder_add_int_value (details, shortlist->match_score);
    }

  if (!add_interaction (db, job->recruiter_id, student_id, PATHWAY_INTERACTION_SHORTLISTED,
                        details_end (details), NULL, error) ||
      !pathway_transaction_commit (transaction, error))
    return 0;

  return shortlist->id;
}

/* Whether a candidate may go from one step to the other. */
gboolean
pathway_shortlists_can_move (PathwayShortlistStatus from,
                             PathwayShortlistStatus to)
{
  if (to == PATHWAY_SHORTLIST_REJECTED)
    return from != PATHWAY_SHORTLIST_REJECTED;

  switch (from)
    {
    case PATHWAY_SHORTLIST_SHORTLISTED:
      return to == PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED;
    case PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED:
      return to == PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED || to == PATHWAY_SHORTLIST_INTERVIEWED;
    case PATHWAY_SHORTLIST_INTERVIEWED:
      return to == PATHWAY_SHORTLIST_HIRED;
    case PATHWAY_SHORTLIST_HIRED:
    case PATHWAY_SHORTLIST_REJECTED:
    default:
      return FALSE;
    }
}

static gboolean
is_web_link (const char *link)
{
  g_autoptr(GUri) uri = g_uri_parse (link, G_URI_FLAGS_NONE, NULL);

  return uri != NULL && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0' &&
         (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 ||
          g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0);
}

/* The interaction an interview writes: {"job_id", "scheduled_time", "meeting_link"}. */
static JsonNode *
interview_details (gint64                   job_id,
                   const PathwayInterview  *interview,
                   GError                 **error)
{
  g_autoptr(JsonBuilder) details = NULL;
  g_autofree char *when = NULL;

  if (interview == NULL || interview->scheduled_time == NULL)
    {
      g_set_error_literal (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                           _("Choose when the interview is."));
      return NULL;
    }

  if (interview->meeting_link != NULL && !is_web_link (interview->meeting_link))
    {
      g_set_error_literal (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                           _("The meeting link must be a web address starting with https:// or http://."));
      return NULL;
    }

  when = pathway_timestamp_format (interview->scheduled_time);
  details = details_begin (job_id);
  json_builder_set_member_name (details, "scheduled_time");
  json_builder_add_string_value (details, when);
  if (interview->meeting_link != NULL)
    {
      json_builder_set_member_name (details, "meeting_link");
      json_builder_add_string_value (details, interview->meeting_link);
    }
  return details_end (details);
}

/* {"job_id", "from", "to"}, the statuses as stored. */
static JsonNode *
change_details (gint64                 job_id,
                PathwayShortlistStatus from,
                PathwayShortlistStatus to)
{
  g_autoptr(JsonBuilder) details = details_begin (job_id);

  json_builder_set_member_name (details, "from");
  json_builder_add_string_value (details, pathway_shortlist_status_nicks[from]);
  json_builder_set_member_name (details, "to");
  json_builder_add_string_value (details, pathway_shortlist_status_nicks[to]);
  return details_end (details);
}

/* Moves a shortlisted candidate to status, with the interview's time and link for an interview.
 * Writes interview_scheduled, offer_sent (when hired) or status_changed to the timeline. */
gboolean
pathway_shortlists_move (PathwayDb               *db,
                         gint64                   shortlist_id,
                         PathwayShortlistStatus   status,
                         const PathwayInterview  *interview,
                         GError                 **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayShortlist) shortlist = NULL;
  PathwayInteractionType type = PATHWAY_INTERACTION_STATUS_CHANGED;
  JsonNode *details;
  PathwayShortlistStatus from;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (status >= PATHWAY_SHORTLIST_SHORTLISTED && status <= PATHWAY_SHORTLIST_REJECTED, FALSE);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL || (shortlist = pathway_shortlists_get (db, shortlist_id, error)) == NULL)
    return FALSE;

  from = shortlist->status;
  if (!pathway_shortlists_can_move (from, status))
    {
      /* Translators: both are steps such as “shortlisted” or “hired” */
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT,
                   _("A candidate cannot move from “%s” to “%s”: candidates move one step at a time, or to "
                     "“rejected”."), status_label (from), status_label (status));
      return FALSE;
    }

  if (status == PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED)
    {
      type = PATHWAY_INTERACTION_INTERVIEW_SCHEDULED;
      details = interview_details (shortlist->job_id, interview, error);
      if (details == NULL)
        return FALSE;
    }
  else if (status == PATHWAY_SHORTLIST_HIRED)
    {
      type = PATHWAY_INTERACTION_OFFER_SENT;
      details = job_details (shortlist->job_id);
    }
  else
    details = change_details (shortlist->job_id, from, status);

  shortlist->status = status;
  if (!pathway_shortlists_update (db, shortlist, error))
    {
      json_node_unref (details);
      return FALSE;
    }

  return add_interaction (db, shortlist->recruiter_id, shortlist->student_id, type, details, NULL, error) &&
         pathway_transaction_commit (transaction, error);
}

/* Replaces the recruiter's notes on a shortlisted candidate; the timeline keeps each version. */
gboolean
pathway_shortlists_set_notes (PathwayDb   *db,
                              gint64       shortlist_id,
                              const char  *notes,
                              GError     **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayShortlist) shortlist = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL || (shortlist = pathway_shortlists_get (db, shortlist_id, error)) == NULL)
    return FALSE;

  text = notes != NULL ? g_strstrip (g_strdup (notes)) : NULL;
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);

  g_free (shortlist->notes);
  shortlist->notes = g_strdup (text);
  return pathway_shortlists_update (db, shortlist, error) &&
         add_interaction (db, shortlist->recruiter_id, shortlist->student_id, PATHWAY_INTERACTION_NOTE_ADDED,
                          job_details (shortlist->job_id), text, error) &&
         pathway_transaction_commit (transaction, error);
}

/* For the recruiter view to call when a candidate's details are opened. */
gboolean
pathway_shortlists_profile_viewed (PathwayDb  *db,
                                   gint64      recruiter_id,
                                   gint64      candidate_id,
                                   GError    **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);

  return add_interaction (db, recruiter_id, candidate_id, PATHWAY_INTERACTION_PROFILE_VIEWED, NULL, NULL, error);
}

/* Records an email sent to a candidate, with its subject ({"subject"}) when there is one. */
gboolean
pathway_shortlists_email_sent (PathwayDb   *db,
                               gint64       recruiter_id,
                               gint64       candidate_id,
                               const char  *subject,
                               GError     **error)
{
  JsonNode *details = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);

  if (subject != NULL)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "subject");
      json_builder_add_string_value (builder, subject);
      details = details_end (builder);
    }

  return add_interaction (db, recruiter_id, candidate_id, PATHWAY_INTERACTION_EMAIL_SENT, details, NULL, error);
}

/* A job's shortlist, in the order the candidates were added. */
GPtrArray *
pathway_shortlists_for_job (PathwayDb  *db,
                            gint64      job_id,
                            GError    **error)
{
  const gint64 values[] = { job_id };

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  return pathway_row_select (db, &pathway_shortlists_table, "job_id = ?1 ORDER BY created_at, id", values, 1, error);
}

/* Everything that happened with a candidate, newest first, as PathwayInteraction. */
GPtrArray *
pathway_shortlists_timeline (PathwayDb  *db,
                             gint64      candidate_id,
                             GError    **error)
{
  const gint64 values[] = { candidate_id };

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  return pathway_row_select (db, &pathway_interactions_table, "candidate_id = ?1 ORDER BY created_at DESC, id DESC",
                             values, 1, error);
}

/* One CSV field (RFC 4180). A spreadsheet runs a cell that starts with =, +, - or @ as a formula,
 * so such text is kept as text with a leading apostrophe. */
static gboolean
starts_formula (const char *value)
{
  return value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
}

static void
append_field (GString    *csv,
              const char *value)
{
  g_autofree char *text = NULL;

  if (value == NULL)
    value = "";

  text = starts_formula (value) ? g_strconcat ("'", value, NULL) : g_strdup (value);
  if (strpbrk (text, "\",\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static char *
local_date (const char *timestamp)
{
  g_autoptr(GDateTime) utc = pathway_timestamp_parse (timestamp);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d") : g_strdup ("");
}

/* A job's shortlist as CSV for a spreadsheet: a header line, then one line per candidate (name,
 * email, status, match score, notes, the local date they were added), lines ending CRLF. */
char *
pathway_shortlists_export_csv (PathwayDb  *db,
                               gint64      job_id,
                               GError    **error)
{
  g_autoptr(PathwayJob) job = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);
  const char *header[] = { _("Name"), _("Email"), _("Status"), _("Match Score"), _("Notes"), _("Added") };
  int rc;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  job = pathway_jobs_get (db, job_id, error);
  stmt = job != NULL ? pathway_db_prepare (db,
                                           "SELECT coalesce(o.name, u.email, ''), u.email, s.status, s.match_score, "
                                           "       s.notes, s.created_at "
                                           "FROM shortlists AS s JOIN users AS u ON u.id = s.student_id "
                                           "LEFT JOIN onboarding AS o ON o.user_id = s.student_id "
                                           "WHERE s.job_id = ?1 ORDER BY s.created_at, s.id",
                                           error) : NULL;
  if (stmt == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      append_field (csv, header[i]);
    }
  g_string_append (csv, "\r\n");

  sqlite3_bind_int64 (stmt, 1, job_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *added = local_date ((const char *) sqlite3_column_text (stmt, 5));

      for (int column = 0; column < 5; column++)
        {
          append_field (csv, (const char *) sqlite3_column_text (stmt, column));
          g_string_append_c (csv, ',');
        }
      append_field (csv, added);
      g_string_append (csv, "\r\n");
    }

  if (rc != SQLITE_DONE)
    {
      pathway_db_set_error (db, error, _("shortlist"));
      return NULL;
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}
