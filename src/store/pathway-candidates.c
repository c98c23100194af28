/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidates"

#include "config.h"

#include "pathway-candidates.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-embedding.h"
#include "pathway-json.h"
#include "pathway-matching.h"
#include "pathway-rows.h"
#include "pathway-text-lists.h"

#define CANDIDATE_NAME_MAX 200
#define HEADLINE_MAX       200
#define LOCATION_MAX       100
#define EMAIL_MAX          254

PathwayCandidateDraft *
pathway_candidate_draft_new (void)
{
  PathwayCandidateDraft *draft = g_new0 (PathwayCandidateDraft, 1);

  draft->source = PATHWAY_USER_SOURCE_PLATFORM;
  draft->grade = PATHWAY_UNSET;
  draft->salary_expectation = PATHWAY_UNSET;
  return draft;
}

void
pathway_candidate_draft_free (PathwayCandidateDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->name);
  g_free (draft->email);
  g_strfreev (draft->goals);
  g_strfreev (draft->skills);
  g_strfreev (draft->interests);
  g_free (draft->summary);
  g_free (draft->location);
  g_free (draft->headline);
  g_free (draft->profile_id);
  g_free (draft);
}

/* The address as stored: trimmed and lower-cased, so that one person is not two candidates. NULL
 * when there is none; FALSE when it is not an address. */
static gboolean
normalize_email (const char  *text,
                 char       **email,
                 GError     **error)
{
  g_autofree char *stripped = pathway_text_dup_stripped (text);
  const char *at;

  *email = NULL;
  if (stripped == NULL)
    return TRUE;

  if (!g_utf8_validate (stripped, -1, NULL))
    {
      pathway_store_set_invalid (error, _("The email address is not valid UTF-8 text."));
      return FALSE;
    }

  at = strchr (stripped, '@');
  if (at == NULL || at == stripped || at[1] == '\0' || strchr (at + 1, '@') != NULL ||
      strpbrk (stripped, " \t\r\n,;<>\"") != NULL || strlen (stripped) > EMAIL_MAX)
    {
      pathway_store_set_invalid (error, _("“%s” is not an email address."), stripped);
      return FALSE;
    }

  *email = g_ascii_strdown (stripped, -1);
  return TRUE;
}

static gboolean
is_longer (const char *text,
           int         max)
{
  return text != NULL && g_utf8_strlen (text, -1) > max;
}

static gboolean
check_texts (const PathwayCandidateDraft  *draft,
             GError                      **error)
{
  const char *texts[] = { draft->name, draft->headline, draft->location, draft->summary };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && !g_utf8_validate (texts[i], -1, NULL))
      {
        pathway_store_set_invalid (error, _("The candidate holds text that is not valid UTF-8."));
        return FALSE;
      }

  if (is_longer (draft->name, CANDIDATE_NAME_MAX))
    pathway_store_set_invalid (error, _("The candidate’s name can have up to %d characters."), CANDIDATE_NAME_MAX);
  else if (is_longer (draft->headline, HEADLINE_MAX))
    pathway_store_set_invalid (error, _("The candidate’s headline can have up to %d characters."), HEADLINE_MAX);
  else if (is_longer (draft->location, LOCATION_MAX))
    pathway_store_set_invalid (error, _("The candidate’s location can have up to %d characters."), LOCATION_MAX);
  else
    return TRUE;
  return FALSE;
}

static gboolean
check_draft (const PathwayCandidateDraft  *draft,
             GError                      **error)
{
  if (draft->name == NULL || !g_utf8_validate (draft->name, -1, NULL) || pathway_json_is_blank (draft->name))
    {
      pathway_store_set_invalid (error, _("A candidate needs a name."));
      return FALSE;
    }

  if (!check_texts (draft, error))
    return FALSE;

  if (draft->salary_expectation != PATHWAY_UNSET && draft->salary_expectation < 0)
    {
      pathway_store_set_invalid (error, _("The salary a candidate expects cannot be negative."));
      return FALSE;
    }

  return TRUE;
}

/* Whether another person than user_id already has email. */
static gboolean
email_taken (PathwayDb   *db,
             const char  *email,
             gint64       user_id,
             gboolean    *taken,
             GError     **error)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, "SELECT 1 FROM users WHERE email = ?1 AND id != ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, email, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, user_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      pathway_db_set_error (db, error, _("candidate"));
      return FALSE;
    }

  *taken = rc == SQLITE_ROW;
  return TRUE;
}

/* The user's row of table, or a new record when there is none (found FALSE); NULL on an error. */
static gpointer
find_by_user (PathwayDb           *db,
              const PathwayTable  *table,
              gint64               user_id,
              gboolean            *found,
              GError             **error)
{
  const gint64 values[] = { user_id };
  g_autoptr(GError) local_error = NULL;
  gpointer record;

  record = pathway_row_find_optional (db, table, "user_id = ?1", values, 1, &local_error);
  *found = record != NULL;
  if (record != NULL)
    return record;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  record = pathway_record_new (table);
  *PATHWAY_RECORD_FIELD (record, pathway_table_find_column (table, "user_id"), gint64) = user_id;
  return record;
}

/* Changes a found row; found says whether it was there or is new. */
typedef void (*FillFunc) (gpointer      record,
                          gboolean      found,
                          gconstpointer data);

/* Each of a candidate's rows but users is saved the same way: the user's row, or a new one, filled
 * from the draft and written back. */
static gboolean
save_by_user (PathwayDb           *db,
              const PathwayTable  *table,
              gint64               user_id,
              FillFunc             fill,
              gconstpointer        data,
              GError             **error)
{
  gboolean found = FALSE;
  gpointer record = find_by_user (db, table, user_id, &found, error);
  gboolean saved;

  if (record == NULL)
    return FALSE;

  fill (record, found, data);
  saved = found ? pathway_row_update (db, table, record, error) : pathway_row_insert (db, table, record, error);
  pathway_record_free (table, record);
  return saved;
}

static PathwayUser *
get_candidate_user (PathwayDb  *db,
                    gint64      user_id,
                    GError    **error)
{
  g_autoptr(PathwayUser) user = pathway_users_get (db, user_id, error);

  if (user == NULL)
    return NULL;

  if (user->user_type != PATHWAY_USER_TYPE_STUDENT)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND,
                   _("The candidate is no longer in the database."));
      return NULL;
    }

  return g_steal_pointer (&user);
}

static gboolean
save_user (PathwayDb                    *db,
           const PathwayCandidateDraft  *draft,
           const char                   *email,
           gint64                       *user_id,
           GError                      **error)
{
  g_autoptr(PathwayUser) user = NULL;
  gboolean taken = FALSE;

  if (email != NULL && !email_taken (db, email, draft->id, &taken, error))
    return FALSE;
  if (taken)
    {
      pathway_store_set_invalid (error, _("Another candidate already has this email."));
      return FALSE;
    }

  if (draft->id != 0)
    user = get_candidate_user (db, draft->id, error);
  else
    {
      user = pathway_user_new ();
      user->user_type = PATHWAY_USER_TYPE_STUDENT;
      user->source = draft->source;
      user->created_by_recruiter_id = draft->recruiter_id;
    }
  if (user == NULL)
    return FALSE;

  g_free (user->email);
  user->email = g_strdup (email);
  if (!(draft->id != 0 ? pathway_users_update (db, user, error) : pathway_users_insert (db, user, error)))
    return FALSE;

  *user_id = user->id;
  return TRUE;
}

static void
fill_onboarding (gpointer      record,
                 gboolean      found,
                 gconstpointer data)
{
  PathwayOnboarding *onboarding = record;
  const PathwayCandidateDraft *draft = data;

  g_free (onboarding->name);
  onboarding->name = g_strstrip (g_strdup (draft->name));
  if (draft->grade != PATHWAY_UNSET)
    onboarding->grade = draft->grade;
  else if (!found)
    onboarding->grade = PATHWAY_GRADE_SELF_TAUGHT;
  g_clear_pointer (&onboarding->career_goals, json_node_unref);
  onboarding->career_goals = pathway_text_list_to_json ((const char * const *) draft->goals);
  g_clear_pointer (&onboarding->current_skills, json_node_unref);
  onboarding->current_skills = pathway_skill_list_to_json ((const char * const *) draft->skills);
  /* How long a candidate a recruiter adds studies each day is not known. */
  if (onboarding->time_commitment == NULL)
    onboarding->time_commitment = g_strdup ("PT0S");
}

/* What the profile summary and the candidate vector are both made of. */
typedef struct {
  char          *summary_text;
  JsonNode      *skills;
  JsonNode      *interests;
  PathwayVector *vector;
} Profile;

static void
profile_clear (Profile *profile)
{
  g_clear_pointer (&profile->summary_text, g_free);
  g_clear_pointer (&profile->skills, json_node_unref);
  g_clear_pointer (&profile->interests, json_node_unref);
  g_clear_pointer (&profile->vector, pathway_vector_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Profile, profile_clear)

static void
fill_summary (gpointer      record,
              gboolean      found,
              gconstpointer data)
{
  PathwayProfileSummary *summary = record;
  const Profile *profile = data;

  g_free (summary->summary_text);
  summary->summary_text = g_strdup (profile->summary_text);
  g_clear_pointer (&summary->interests, json_node_unref);
  summary->interests = json_node_copy (profile->interests);
  g_clear_pointer (&summary->skills_tags, json_node_unref);
  summary->skills_tags = json_node_copy (profile->skills);
  g_clear_pointer (&summary->vector, pathway_vector_free);
  summary->vector = pathway_vector_copy (profile->vector);
}

static void
fill_vector (gpointer      record,
             gboolean      found,
             gconstpointer data)
{
  PathwayCandidateVector *candidate = record;
  const Profile *profile = data;

  g_clear_pointer (&candidate->vector, pathway_vector_free);
  candidate->vector = pathway_vector_copy (profile->vector);
  g_free (candidate->summary_text);
  candidate->summary_text = g_strdup (profile->summary_text);
  g_clear_pointer (&candidate->skills_tags, json_node_unref);
  candidate->skills_tags = json_node_copy (profile->skills);
}

/* The profile summary and the candidate vector, with one and the same embedding. */
static gboolean
save_profile (PathwayDb                    *db,
              gint64                        user_id,
              const PathwayCandidateDraft  *draft,
              GError                      **error)
{
  g_auto(Profile) profile = { 0 };
  g_auto(GStrv) skills = NULL;
  g_autofree char *text = NULL;

  profile.summary_text = g_strstrip (g_strdup (draft->summary != NULL ? draft->summary : ""));
  profile.skills = pathway_skill_list_to_json ((const char * const *) draft->skills);
  profile.interests = pathway_text_list_to_json ((const char * const *) draft->interests);
  /* The text the matching index checks stored vectors against (pathway-match-index.c). */
  skills = pathway_text_list_from_json (profile.skills);
  text = pathway_match_candidate_text (profile.summary_text, (const char * const *) skills);
  profile.vector = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);

  return save_by_user (db, &pathway_profile_summaries_table, user_id, fill_summary, &profile, error) &&
         save_by_user (db, &pathway_candidate_vectors_table, user_id, fill_vector, &profile, error);
}

static void
fill_preferences (gpointer      record,
                  gboolean      found,
                  gconstpointer data)
{
  PathwayCandidatePreferences *preferences = record;
  const PathwayCandidateDraft *draft = data;

  g_free (preferences->location);
  preferences->location = pathway_text_dup_stripped (draft->location);
  preferences->remote_ok = draft->remote_ok ? TRUE : FALSE;
  preferences->salary_expectation = draft->salary_expectation;
  g_free (preferences->headline);
  preferences->headline = pathway_text_dup_stripped (draft->headline);
  if (draft->profile_id != NULL)
    {
      g_free (preferences->profile_id);
      preferences->profile_id = g_strdup (draft->profile_id);
    }
}

/* Inserts the draft as a new candidate (id 0) or updates the one it names, across the five tables a
 * candidate is made of, in one transaction. Returns the candidate's user id, or 0. */
gint64
pathway_candidates_save (PathwayDb                    *db,
                         const PathwayCandidateDraft  *draft,
                         GError                      **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autofree char *email = NULL;
  gint64 user_id = 0;

  g_return_val_if_fail (PATHWAY_IS_DB (db), 0);
  g_return_val_if_fail (draft != NULL, 0);
  g_return_val_if_fail (draft->source >= PATHWAY_USER_SOURCE_PLATFORM && draft->source <= PATHWAY_USER_SOURCE_IMPORT, 0);
  g_return_val_if_fail (draft->grade == PATHWAY_UNSET ||
                        (draft->grade >= PATHWAY_GRADE_HIGH_SCHOOL && draft->grade <= PATHWAY_GRADE_SELF_TAUGHT), 0);

  if (!check_draft (draft, error) || !normalize_email (draft->email, &email, error))
    return 0;

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL ||
      !save_user (db, draft, email, &user_id, error) ||
      !save_by_user (db, &pathway_onboarding_table, user_id, fill_onboarding, draft, error) ||
      !save_profile (db, user_id, draft, error) ||
      !save_by_user (db, &pathway_candidate_preferences_table, user_id, fill_preferences, draft, error) ||
      !pathway_transaction_commit (transaction, error))
    return 0;

  return user_id;
}

static gpointer
find_optional (PathwayDb           *db,
               const PathwayTable  *table,
               gint64               user_id,
               gboolean            *ok,
               GError             **error)
{
  gboolean found = FALSE;
  gpointer record = find_by_user (db, table, user_id, &found, error);

  *ok = record != NULL;
  if (found)
    return record;

  pathway_record_free (table, record);
  return NULL;
}

/* The candidate as a draft, for editing or for an import to update. */
PathwayCandidateDraft *
pathway_candidates_load (PathwayDb  *db,
                         gint64      user_id,
                         GError    **error)
{
  g_autoptr(PathwayUser) user = NULL;
  g_autoptr(PathwayOnboarding) onboarding = NULL;
  g_autoptr(PathwayProfileSummary) summary = NULL;
  g_autoptr(PathwayCandidateVector) candidate = NULL;
  g_autoptr(PathwayCandidatePreferences) preferences = NULL;
  g_autoptr(PathwayCandidateDraft) draft = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  user = get_candidate_user (db, user_id, error);
  if (user == NULL)
    return NULL;

  onboarding = find_optional (db, &pathway_onboarding_table, user_id, &ok, error);
  if (!ok)
    return NULL;
  summary = find_optional (db, &pathway_profile_summaries_table, user_id, &ok, error);
  if (!ok)
    return NULL;
  candidate = find_optional (db, &pathway_candidate_vectors_table, user_id, &ok, error);
  if (!ok)
    return NULL;
  preferences = find_optional (db, &pathway_candidate_preferences_table, user_id, &ok, error);
  if (!ok)
    return NULL;

  draft = pathway_candidate_draft_new ();
  draft->id = user->id;
  draft->recruiter_id = user->created_by_recruiter_id;
  draft->email = g_steal_pointer (&user->email);
  draft->source = user->source;
  if (onboarding != NULL)
    {
      draft->name = g_steal_pointer (&onboarding->name);
      draft->grade = onboarding->grade;
      draft->goals = pathway_text_list_from_json (onboarding->career_goals);
      draft->skills = pathway_text_list_from_json (onboarding->current_skills);
    }
  if (summary != NULL)
    {
      draft->summary = g_steal_pointer (&summary->summary_text);
      draft->interests = pathway_text_list_from_json (summary->interests);
    }
  else if (candidate != NULL)
    draft->summary = g_steal_pointer (&candidate->summary_text);
  if (preferences != NULL)
    {
      draft->location = g_steal_pointer (&preferences->location);
      draft->remote_ok = preferences->remote_ok;
      draft->salary_expectation = preferences->salary_expectation;
      draft->headline = g_steal_pointer (&preferences->headline);
      draft->profile_id = g_steal_pointer (&preferences->profile_id);
    }

  return g_steal_pointer (&draft);
}
