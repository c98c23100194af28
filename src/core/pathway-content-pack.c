/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-content-pack"

#include "config.h"

#include "pathway-content-pack.h"

#include <glib/gi18n.h>

#include "pathway-core-error.h"
#include "pathway-json.h"
#include "pathway-lesson-rules.h"
#include "pathway-quiz.h"

/* The limits data/curricula/README.md sets. */
#define FORMAT           "pathway-content-pack"
#define VERSION          1
#define MAX_DAYS         31
#define MIN_QUESTIONS    5
#define MAX_QUESTIONS    8

typedef struct {
  const char *title;
  const char *lesson;
  const char *quiz_title;
  int         required_score;
  JsonNode   *questions;
} PackDay;

typedef struct {
  const char *key;
  const char *title;
  GArray     *days;   /* PackDay, day n at n - 1 */
} PackMonth;

struct _PathwayContentPack {
  JsonNode   *root;   /* owns every string and node the months point to */
  const char *title;
  GArray     *months; /* PackMonth */
};

void
pathway_content_pack_free (PathwayContentPack *pack)
{
  if (pack == NULL)
    return;

  g_clear_pointer (&pack->months, g_array_unref);
  g_clear_pointer (&pack->root, json_node_unref);
  g_free (pack);
}

static void
clear_month (gpointer data)
{
  PackMonth *month = data;

  g_clear_pointer (&month->days, g_array_unref);
}

static gboolean
parse_quiz (JsonObject  *day_object,
            const char  *location,
            PackDay     *day,
            GError     **error)
{
  static const char * const members[] = { "title", "required_score", "questions", NULL };
  g_autofree char *quiz_location = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  JsonObject *quiz;
  JsonArray *array;
  guint n_questions;

  quiz = pathway_json_get_object (day_object, "quiz", location, error);
  if (quiz == NULL)
    return FALSE;

  /* Translators: a place in a content pack, such as “Month “web-foundations”, day 4, quiz” */
  quiz_location = g_strdup_printf (_("%s, quiz"), location);
  if (!pathway_json_check_members (quiz, members, quiz_location, error))
    return FALSE;

  day->quiz_title = pathway_json_get_string (quiz, "title", quiz_location, error);
  if (day->quiz_title == NULL)
    return FALSE;

  day->required_score = PATHWAY_QUIZ_DEFAULT_REQUIRED_SCORE;
  if (json_object_has_member (quiz, "required_score") &&
      !pathway_json_get_int (quiz, "required_score", 0, 100, &day->required_score, quiz_location, error))
    return FALSE;

  array = pathway_json_get_array (quiz, "questions", quiz_location, error);
  if (array == NULL)
    return FALSE;

  n_questions = json_array_get_length (array);
  if (n_questions < MIN_QUESTIONS || n_questions > MAX_QUESTIONS)
    {
      g_autofree char *problem = g_strdup_printf (ngettext ("the quiz has %u question; it needs %d to %d",
                                                            "the quiz has %u questions; it needs %d to %d",
                                                            n_questions),
                                                  n_questions, MIN_QUESTIONS, MAX_QUESTIONS);
      pathway_json_set_error (error, location, problem);
      return FALSE;
    }

  day->questions = json_object_get_member (quiz, "questions");
  questions = pathway_quiz_parse_questions_at (day->questions, location, error);

  return questions != NULL;
}

static gboolean
parse_day (JsonNode    *node,
           guint        day_number,
           const char  *month_location,
           PackDay     *day,
           GError     **error)
{
  static const char * const members[] = { "day", "title", "lesson", "quiz", NULL };
  g_autofree char *location = NULL;
  JsonObject *object;
  int number;

  /* Translators: a place in a content pack, such as “Month “web-foundations”, day 4” */
  location = g_strdup_printf (_("%s, day %u"), month_location, day_number);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      pathway_json_set_error (error, location, _("it must be an object"));
      return FALSE;
    }

  object = json_node_get_object (node);
  if (!pathway_json_check_members (object, members, location, error) ||
      !pathway_json_get_int (object, "day", 1, MAX_DAYS, &number, location, error))
    return FALSE;

  if (number != (int) day_number)
    {
      g_autofree char *problem = g_strdup_printf (_("“day” is %d; days are numbered from 1 in order, "
                                                    "without gaps or repeats"),
                                                  number);
      pathway_json_set_error (error, location, problem);
      return FALSE;
    }

  day->title = pathway_json_get_string (object, "title", location, error);
  if (day->title == NULL)
    return FALSE;

  day->lesson = pathway_json_get_string (object, "lesson", location, error);
  if (day->lesson == NULL || !pathway_lesson_check (day->lesson, location, error))
    return FALSE;

  return parse_quiz (object, location, day, error);
}

/* ^[a-z0-9]+(-[a-z0-9]+)*$ */
static gboolean
is_month_key (const char *key)
{
  gboolean after_dash = TRUE;

  for (const char *p = key; *p != '\0'; p++)
    {
      if (*p == '-' && !after_dash)
        after_dash = TRUE;
      else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
        after_dash = FALSE;
      else
        return FALSE;
    }

  return !after_dash;
}

static gboolean
parse_days (JsonArray   *days,
            const char  *location,
            PackMonth   *month,
            GError     **error)
{
  guint n_days = json_array_get_length (days);

  if (n_days < 1 || n_days > MAX_DAYS)
    {
      g_autofree char *problem = g_strdup_printf (ngettext ("it has %u day; it needs 1 to %d",
                                                            "it has %u days; it needs 1 to %d",
                                                            n_days),
                                                  n_days, MAX_DAYS);
      pathway_json_set_error (error, location, problem);
      return FALSE;
    }

  month->days = g_array_sized_new (FALSE, TRUE, sizeof (PackDay), n_days);
  for (guint i = 0; i < n_days; i++)
    {
      PackDay day = { 0 };

      if (!parse_day (json_array_get_element (days, i), i + 1, location, &day, error))
        return FALSE;

      g_array_append_val (month->days, day);
    }

  return TRUE;
}

/* keys maps each month key seen so far to its position, to refuse a key used twice. */
static gboolean
parse_month (JsonNode    *node,
             guint        position,
             GHashTable  *keys,
             PackMonth   *month,
             GError     **error)
{
  static const char * const members[] = { "key", "title", "days", NULL };
  g_autofree char *position_location = NULL;
  g_autofree char *location = NULL;
  JsonObject *object;
  JsonArray *days;
  guint earlier;

  /* Translators: a place in a content pack: the month at this position, such as “Month 2” */
  position_location = g_strdup_printf (_("Month %u"), position);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      pathway_json_set_error (error, position_location, _("it must be an object"));
      return FALSE;
    }

  object = json_node_get_object (node);
  if (!pathway_json_check_members (object, members, position_location, error))
    return FALSE;

  month->key = pathway_json_get_string (object, "key", position_location, error);
  if (month->key == NULL)
    return FALSE;

  /* The key is not repeated here: it could be anything, of any length. */
  if (!is_month_key (month->key))
    {
      pathway_json_set_error (error, position_location,
                              _("“key” must be lowercase-kebab-case, such as “web-foundations”"));
      return FALSE;
    }

  earlier = GPOINTER_TO_UINT (g_hash_table_lookup (keys, month->key));
  if (earlier != 0)
    {
      g_autofree char *problem = g_strdup_printf (_("the key “%s” is already used by month %u"),
                                                  month->key, earlier);
      pathway_json_set_error (error, position_location, problem);
      return FALSE;
    }
  g_hash_table_insert (keys, (gpointer) month->key, GUINT_TO_POINTER (position));

  /* Translators: a place in a content pack: the month with this key, such as “Month “web-foundations”” */
  location = g_strdup_printf (_("Month “%s”"), month->key);

  month->title = pathway_json_get_string (object, "title", location, error);
  if (month->title == NULL)
    return FALSE;

  days = pathway_json_get_array (object, "days", location, error);
  if (days == NULL)
    return FALSE;

  return parse_days (days, location, month, error);
}

static gboolean
has_format (JsonNode *root)
{
  JsonNode *format;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;

  format = json_object_get_member (json_node_get_object (root), "format");
  return format != NULL && JSON_NODE_HOLDS_VALUE (format) &&
         json_node_get_value_type (format) == G_TYPE_STRING &&
         g_str_equal (json_node_get_string (format), FORMAT);
}

/* Format and version first, so that another kind of file is named as such rather than picked apart. */
static gboolean
check_format (JsonNode  *root,
              GError   **error)
{
  int version;

  if (!has_format (root))
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                           _("The file is not a Pathway content pack."));
      return FALSE;
    }

  if (!pathway_json_get_int (json_node_get_object (root), "version", G_MININT, G_MAXINT, &version,
                             _("Content pack"), error))
    return FALSE;

  if (version != VERSION)
    {
      g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                   _("The content pack has version %d; this version of Pathway reads version %d."),
                   version, VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_pack (PathwayContentPack  *pack,
            GError             **error)
{
  static const char * const members[] = { "format", "version", "title", "months", NULL };
  g_autoptr(GHashTable) keys = NULL;
  const char *location = _("Content pack");
  JsonObject *object;
  JsonArray *months;
  guint n_months;

  if (!check_format (pack->root, error))
    return FALSE;

  object = json_node_get_object (pack->root);
  if (!pathway_json_check_members (object, members, location, error))
    return FALSE;

  pack->title = pathway_json_get_string (object, "title", location, error);
  if (pack->title == NULL)
    return FALSE;

  months = pathway_json_get_array (object, "months", location, error);
  if (months == NULL)
    return FALSE;

  n_months = json_array_get_length (months);
  if (n_months == 0)
    {
      pathway_json_set_error (error, location, _("it has no months"));
      return FALSE;
    }

  keys = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_months; i++)
    {
      PackMonth month = { 0 };

      if (!parse_month (json_array_get_element (months, i), i + 1, keys, &month, error))
        {
          clear_month (&month);
          return FALSE;
        }

      g_array_append_val (pack->months, month);
    }

  return TRUE;
}

/* Reads and validates a whole pack: NULL and an error naming the first problem's place, unless every
 * part of the pack is valid. */
PathwayContentPack *
pathway_content_pack_new_from_bytes (GBytes  *bytes,
                                     GError **error)
{
  g_autoptr(PathwayContentPack) pack = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pack = g_new0 (PathwayContentPack, 1);
  pack->months = g_array_new (FALSE, TRUE, sizeof (PackMonth));
  g_array_set_clear_func (pack->months, clear_month);

  pack->root = pathway_json_parse_untrusted (bytes, PATHWAY_CONTENT_PACK_MAX_SIZE,
                                             PATHWAY_CONTENT_PACK_MAX_DEPTH, error);
  if (pack->root == NULL || !parse_pack (pack, error))
    return NULL;

  return g_steal_pointer (&pack);
}

const char *
pathway_content_pack_get_title (PathwayContentPack *pack)
{
  g_return_val_if_fail (pack != NULL, NULL);

  return pack->title;
}

guint
pathway_content_pack_get_n_months (PathwayContentPack *pack)
{
  g_return_val_if_fail (pack != NULL, 0);

  return pack->months->len;
}

/* The index of the month with key, or -1. */
int
pathway_content_pack_find_month (PathwayContentPack *pack,
                                 const char         *key)
{
  g_return_val_if_fail (pack != NULL, -1);
  g_return_val_if_fail (key != NULL, -1);

  for (guint i = 0; i < pack->months->len; i++)
    if (g_str_equal (g_array_index (pack->months, PackMonth, i).key, key))
      return i;

  return -1;
}

static const PackMonth *
lookup_month (PathwayContentPack *pack,
              guint               month)
{
  g_return_val_if_fail (pack != NULL, NULL);
  g_return_val_if_fail (month < pack->months->len, NULL);

  return &g_array_index (pack->months, PackMonth, month);
}

static const PackDay *
lookup_day (PathwayContentPack *pack,
            guint               month,
            guint               day_number)
{
  const PackMonth *found = lookup_month (pack, month);

  if (found == NULL)
    return NULL;

  g_return_val_if_fail (day_number >= 1 && day_number <= found->days->len, NULL);

  return &g_array_index (found->days, PackDay, day_number - 1);
}

const char *
pathway_content_pack_get_month_key (PathwayContentPack *pack,
                                    guint               month)
{
  const PackMonth *found = lookup_month (pack, month);

  return found != NULL ? found->key : NULL;
}

const char *
pathway_content_pack_get_month_title (PathwayContentPack *pack,
                                      guint               month)
{
  const PackMonth *found = lookup_month (pack, month);

  return found != NULL ? found->title : NULL;
}

guint
pathway_content_pack_get_n_days (PathwayContentPack *pack,
                                 guint               month)
{
  const PackMonth *found = lookup_month (pack, month);

  return found != NULL ? found->days->len : 0;
}

const char *
pathway_content_pack_get_day_title (PathwayContentPack *pack,
                                    guint               month,
                                    guint               day_number)
{
  const PackDay *day = lookup_day (pack, month, day_number);

  return day != NULL ? day->title : NULL;
}

const char *
pathway_content_pack_get_lesson (PathwayContentPack *pack,
                                 guint               month,
                                 guint               day_number)
{
  const PackDay *day = lookup_day (pack, month, day_number);

  return day != NULL ? day->lesson : NULL;
}

const char *
pathway_content_pack_get_quiz_title (PathwayContentPack *pack,
                                     guint               month,
                                     guint               day_number)
{
  const PackDay *day = lookup_day (pack, month, day_number);

  return day != NULL ? day->quiz_title : NULL;
}

int
pathway_content_pack_get_required_score (PathwayContentPack *pack,
                                         guint               month,
                                         guint               day_number)
{
  const PackDay *day = lookup_day (pack, month, day_number);

  return day != NULL ? day->required_score : -1;
}

/* quizzes.questions for the day: an array the pack owns, valid for pathway_quiz_parse_questions(). */
JsonNode *
pathway_content_pack_get_questions (PathwayContentPack *pack,
                                    guint               month,
                                    guint               day_number)
{
  const PackDay *day = lookup_day (pack, month, day_number);

  return day != NULL ? day->questions : NULL;
}
