/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidate-import"

#include "config.h"

#include "pathway-candidates.h"

#include <glib/gi18n.h>

#include "pathway-core-error.h"
#include "pathway-json.h"
#include "pathway-time.h"

/* A recruiter imports the profile a student exported (pathway-candidate-profile.c). The file comes
 * from outside: its size and depth are capped before parsing, and every field is checked before
 * anything is written, so a bad file leaves the database as it was. */

#define MAX_BEST_SCORES  30
#define MAX_LIST_ITEMS   100
#define MAX_ITEM_LENGTH  100
#define MAX_TEXT_LENGTH  200
#define MAX_MONTHS       36
#define MAX_DAYS         (MAX_MONTHS * 31)

typedef struct {
  const char *profile_id;
  const char *name;
  const char *email;
  const char *headline;
  const char *location;
  GStrv       goals;
  GStrv       skills;
  GStrv       interests;
  char       *summary;
} Profile;

static void
profile_clear (Profile *profile)
{
  g_clear_pointer (&profile->goals, g_strfreev);
  g_clear_pointer (&profile->skills, g_strfreev);
  g_clear_pointer (&profile->interests, g_strfreev);
  g_clear_pointer (&profile->summary, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Profile, profile_clear)

static gboolean
check_text_length (const char  *text,
                   const char  *member,
                   int          max,
                   const char  *location,
                   GError     **error)
{
  if (g_utf8_strlen (text, -1) <= max)
    return TRUE;

  pathway_json_set_problem (error, location, _("“%s” is longer than %d characters"), member, max);
  return FALSE;
}

/* A string member that may be missing, null or blank (then *value is NULL). */
static gboolean
get_optional_string (JsonObject   *object,
                     const char   *member,
                     int           max,
                     const char  **value,
                     const char   *location,
                     GError      **error)
{
  if (!pathway_json_get_optional_string (object, member, value, location, error))
    return FALSE;

  if (*value != NULL && pathway_json_is_blank (*value))
    *value = NULL;
  return *value == NULL || check_text_length (*value, member, max, location, error);
}

static gboolean
get_required_string (JsonObject   *object,
                     const char   *member,
                     int           max,
                     const char  **value,
                     const char   *location,
                     GError      **error)
{
  *value = pathway_json_get_string (object, member, location, error);
  return *value != NULL && check_text_length (*value, member, max, location, error);
}

static GStrv
get_string_list (JsonObject  *object,
                 const char  *member,
                 const char  *location,
                 GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = pathway_json_get_array (object, member, location, error);

  if (array == NULL)
    return NULL;

  if (json_array_get_length (array) > MAX_LIST_ITEMS)
    {
      pathway_json_set_problem (error, location, _("“%s” has more than %d entries"), member, MAX_LIST_ITEMS);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          pathway_json_is_blank ((text = json_node_get_string (node))))
        {
          pathway_json_set_problem (error, location, _("entry %u of “%s” must be a non-empty string"),
                                    i + 1, member);
          return NULL;
        }
      if (!check_text_length (text, member, MAX_ITEM_LENGTH, location, error))
        return NULL;
      g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

static gboolean
read_header (JsonObject  *object,
             const char  *location,
             GError     **error)
{
  const char *format = pathway_json_get_string (object, "format", location, error);
  const char *exported_at;
  g_autoptr(GDateTime) when = NULL;
  int version;

  if (format == NULL)
    return FALSE;
  if (g_strcmp0 (format, PATHWAY_PROFILE_FORMAT) != 0)
    {
      g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                   _("This is not a Pathway profile: its format is “%s”, not “%s”."), format, PATHWAY_PROFILE_FORMAT);
      return FALSE;
    }

  if (!pathway_json_get_int (object, "version", 1, G_MAXINT, &version, location, error))
    return FALSE;
  if (version > PATHWAY_PROFILE_VERSION)
    {
      g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                   _("The profile was exported by a newer version of Pathway (profile version %d). "
                     "Update Pathway to import it."), version);
      return FALSE;
    }

  exported_at = pathway_json_get_string (object, "exported_at", location, error);
  if (exported_at == NULL)
    return FALSE;
  when = pathway_timestamp_parse (exported_at);
  if (when == NULL)
    {
      pathway_json_set_problem (error, location, _("“%s” is not a date and time such as 2026-11-21T14:03:00Z"),
                                "exported_at");
      return FALSE;
    }

  return TRUE;
}

/* "Learning plan “Data Analyst Plan”: 2 of 12 months completed, now in month 3." */
static gboolean
read_plan (JsonObject  *object,
           GString     *summary,
           GError     **error)
{
  const char *location = _("Profile, plan");
  JsonNode *node = json_object_get_member (object, "plan");
  static const char * const members[] = { "title", "months_total", "months_completed", "current_month", NULL };
  JsonObject *plan;
  const char *title;
  int total, completed, current;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  plan = pathway_json_get_object (object, "plan", _("Profile"), error);
  if (plan == NULL ||
      !pathway_json_check_members (plan, members, location, error) ||
      !get_required_string (plan, "title", MAX_TEXT_LENGTH, &title, location, error) ||
      !pathway_json_get_int (plan, "months_total", 0, MAX_MONTHS, &total, location, error) ||
      !pathway_json_get_int (plan, "months_completed", 0, total, &completed, location, error) ||
      !pathway_json_get_int (plan, "current_month", 0, MAX_MONTHS, &current, location, error))
    return FALSE;

  if (summary->len > 0)
    g_string_append_c (summary, ' ');
  g_string_append_printf (summary, _("Learning plan “%s”: %d of %d months completed, now in month %d."),
                          title, completed, total, current);
  return TRUE;
}

static gboolean
read_best_scores (JsonObject  *evidence,
                  GError     **error)
{
  static const char * const members[] = { "month", "day", "title", "best_score", NULL };
  JsonArray *scores = pathway_json_get_array (evidence, "best_scores", _("Profile, evidence"), error);

  if (scores == NULL)
    return FALSE;

  if (json_array_get_length (scores) > MAX_BEST_SCORES)
    {
      pathway_json_set_problem (error, _("Profile, evidence"), _("“%s” has more than %d entries"),
                                "best_scores", MAX_BEST_SCORES);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (scores); i++)
    {
      JsonNode *node = json_array_get_element (scores, i);
      g_autofree char *location = g_strdup_printf (_("Profile, best score %u"), i + 1);
      const char *title;
      int value;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          pathway_json_set_error (error, location, _("it must be an object"));
          return FALSE;
        }

      if (!pathway_json_check_members (json_node_get_object (node), members, location, error) ||
          !pathway_json_get_int (json_node_get_object (node), "month", 1, MAX_MONTHS, &value, location, error) ||
          !pathway_json_get_int (json_node_get_object (node), "day", 1, 31, &value, location, error) ||
          !get_required_string (json_node_get_object (node), "title", MAX_TEXT_LENGTH, &title, location, error) ||
          !pathway_json_get_int (json_node_get_object (node), "best_score", 0, 100, &value, location, error))
        return FALSE;
    }

  return TRUE;
}

/* "40 days of lessons completed. 38 quizzes passed, average score 86 %." */
static gboolean
read_evidence (JsonObject  *object,
               GString     *summary,
               GError     **error)
{
  const char *location = _("Profile, evidence");
  static const char * const members[] = { "days_completed", "quizzes_passed", "average_score", "best_scores", NULL };
  JsonObject *evidence = pathway_json_get_object (object, "evidence", _("Profile"), error);
  JsonNode *average_node;
  int days, passed, average = -1;

  if (evidence == NULL ||
      !pathway_json_check_members (evidence, members, location, error) ||
      !pathway_json_get_int (evidence, "days_completed", 0, MAX_DAYS, &days, location, error) ||
      !pathway_json_get_int (evidence, "quizzes_passed", 0, MAX_DAYS, &passed, location, error))
    return FALSE;

  average_node = json_object_get_member (evidence, "average_score");
  if (average_node != NULL && !JSON_NODE_HOLDS_NULL (average_node) &&
      !pathway_json_get_int (evidence, "average_score", 0, 100, &average, location, error))
    return FALSE;

  if (!read_best_scores (evidence, error))
    return FALSE;

  if (summary->len > 0)
    g_string_append_c (summary, ' ');
  g_string_append_printf (summary, ngettext ("%d day of lessons completed.", "%d days of lessons completed.", days), days);
  g_string_append_c (summary, ' ');
  if (average >= 0)
    g_string_append_printf (summary, ngettext ("%d quiz passed, average score %d %%.",
                                               "%d quizzes passed, average score %d %%.", passed),
                            passed, average);
  else
    g_string_append_printf (summary, ngettext ("%d quiz passed.", "%d quizzes passed.", passed), passed);
  return TRUE;
}

static gboolean
read_profile (JsonNode  *root,
              Profile   *profile,
              GError   **error)
{
  static const char * const members[] = {
    "format", "version", "profile_id", "name", "email", "headline", "goals", "skills", "interests",
    "location", "plan", "evidence", "exported_at", NULL
  };
  const char *location = _("Profile");
  g_autoptr(GString) summary = g_string_new (NULL);
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                           _("This is not a Pathway profile: the file does not hold a JSON object."));
      return FALSE;
    }

  object = json_node_get_object (root);
  if (!read_header (object, location, error) ||
      !pathway_json_check_members (object, members, location, error))
    return FALSE;

  profile->profile_id = pathway_json_get_string (object, "profile_id", location, error);
  if (profile->profile_id == NULL)
    return FALSE;
  if (!g_uuid_string_is_valid (profile->profile_id))
    {
      pathway_json_set_problem (error, location, _("“%s” is not a UUID"), "profile_id");
      return FALSE;
    }

  if (!get_required_string (object, "name", MAX_TEXT_LENGTH, &profile->name, location, error) ||
      !get_optional_string (object, "email", 254, &profile->email, location, error) ||
      !get_optional_string (object, "headline", MAX_TEXT_LENGTH, &profile->headline, location, error) ||
      !get_optional_string (object, "location", MAX_ITEM_LENGTH, &profile->location, location, error) ||
      (profile->goals = get_string_list (object, "goals", location, error)) == NULL ||
      (profile->skills = get_string_list (object, "skills", location, error)) == NULL ||
      (profile->interests = get_string_list (object, "interests", location, error)) == NULL)
    return FALSE;

  if (profile->headline != NULL)
    g_string_append_printf (summary, "%s.", profile->headline);
  if (!read_plan (object, summary, error) ||
      !read_evidence (object, summary, error))
    return FALSE;

  profile->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  return TRUE;
}

/* The id the query finds for text, or 0. */
static gboolean
find_id (PathwayDb   *db,
         const char  *sql,
         const char  *text,
         gint64      *id,
         GError     **error)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, error);
  int rc;

  *id = 0;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      pathway_db_set_error (db, error, _("candidate"));
      return FALSE;
    }

  return TRUE;
}

/* The candidate the profile is about: the one imported with the same profile id, else the student
 * with the same email; 0 for someone new. */
static gboolean
find_candidate (PathwayDb      *db,
                const Profile  *profile,
                gint64         *user_id,
                GError        **error)
{
  g_autofree char *email = NULL;

  if (!find_id (db, "SELECT user_id FROM candidate_preferences WHERE profile_id = ?1",
                profile->profile_id, user_id, error))
    return FALSE;
  if (*user_id != 0 || profile->email == NULL)
    return TRUE;

  email = g_ascii_strdown (profile->email, -1);
  return find_id (db, "SELECT id FROM users WHERE email = ?1 AND user_type = 'student'",
                  g_strstrip (email), user_id, error);
}

static void
replace_strv (GStrv *field,
              GStrv  value)
{
  g_strfreev (*field);
  *field = g_strdupv (value);
}

static void
replace_text (char       **field,
              const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static void
apply_profile (PathwayCandidateDraft *draft,
               const Profile         *profile)
{
  replace_text (&draft->profile_id, profile->profile_id);
  replace_text (&draft->name, profile->name);
  if (profile->email != NULL)
    replace_text (&draft->email, profile->email);
  replace_text (&draft->headline, profile->headline);
  replace_text (&draft->location, profile->location);
  replace_text (&draft->summary, profile->summary);
  replace_strv (&draft->goals, profile->goals);
  replace_strv (&draft->skills, profile->skills);
  replace_strv (&draft->interests, profile->interests);
}

/* Imports a "pathway-profile" document for recruiter_id, in one transaction: a new candidate
 * (source import), or, when the profile was imported before or its email is a candidate's, an
 * update of that candidate, and then updated is set. Returns the candidate's id, or 0. */
gint64
pathway_candidates_import_profile (PathwayDb     *db,
                                   gint64         recruiter_id,
                                   GBytes        *bytes,
                                   gboolean      *updated,
                                   GError       **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_auto(Profile) profile = { NULL };
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(PathwayCandidateDraft) draft = NULL;
  gint64 existing = 0, id;

  g_return_val_if_fail (PATHWAY_IS_DB (db), 0);
  g_return_val_if_fail (bytes != NULL, 0);

  if (updated != NULL)
    *updated = FALSE;

  root = pathway_json_parse_untrusted (bytes, PATHWAY_PROFILE_MAX_SIZE, PATHWAY_PROFILE_MAX_DEPTH, error);
  if (root == NULL || !read_profile (root, &profile, error))
    return 0;

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL || !find_candidate (db, &profile, &existing, error))
    return 0;

  if (existing != 0)
    draft = pathway_candidates_load (db, existing, error);
  else
    {
      draft = pathway_candidate_draft_new ();
      draft->recruiter_id = recruiter_id;
      draft->source = PATHWAY_USER_SOURCE_IMPORT;
    }
  if (draft == NULL)
    return 0;

  apply_profile (draft, &profile);
  id = pathway_candidates_save (db, draft, error);
  if (id == 0 || !pathway_transaction_commit (transaction, error))
    return 0;

  if (updated != NULL)
    *updated = existing != 0;
  return id;
}
