/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-catalogue"

#include "config.h"

#include "pathway-catalogue.h"

#include <json-glib/json-glib.h>
#include <stdarg.h>
#include <string.h>

#include "pathway-core-error.h"
#include "pathway-skills.h"

#define CATALOGUE_FORMAT  "pathway-catalogue"
#define CATALOGUE_VERSION 1

typedef struct {
  PathwayCatalogueGoal public;
  char                *id_key;     /* for find_goal () */
  char                *title_key;
} Goal;

struct _PathwayCatalogue {
  GPtrArray  *goals;   /* of Goal, in the order they are offered */
  GHashTable *months;  /* key → PathwayCatalogueMonth */
};

static const char * const catalogue_fields[] = { "format", "version", "goals", "months", NULL };
static const char * const goal_fields[] = { "id", "title", "summary", "months", NULL };
static const char * const month_fields[] = { "title", "goals", "topics", "prerequisites", "skills", NULL };
/* Fields a month may leave out. */
static const char * const optional_month_fields[] = { "lessons", NULL };

static void
goal_free (Goal *goal)
{
  g_free (goal->public.id);
  g_free (goal->public.title);
  g_free (goal->public.summary);
  g_strfreev (goal->public.months);
  g_free (goal->id_key);
  g_free (goal->title_key);
  g_free (goal);
}

static void
month_free (PathwayCatalogueMonth *month)
{
  g_free (month->key);
  g_free (month->title);
  g_strfreev (month->goals);
  g_strfreev (month->topics);
  g_strfreev (month->prerequisites);
  g_strfreev (month->skills);
  g_strfreev (month->prerequisite_keys);
  g_strfreev (month->skill_keys);
  g_free (month);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Goal, goal_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayCatalogueMonth, month_free)

static void
catalogue_clear (gpointer data)
{
  PathwayCatalogue *self = data;

  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->months, g_hash_table_unref);
}

PathwayCatalogue *
pathway_catalogue_ref (PathwayCatalogue *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
pathway_catalogue_unref (PathwayCatalogue *self)
{
  if (self != NULL)
    g_atomic_rc_box_release_full (self, catalogue_clear);
}

/* Goals are found by what people type: case, spaces and hyphens do not count, so
 * “fullstack developer” finds “Full-Stack Developer”. */
static char *
match_key (const char *text)
{
  g_autofree char *key = pathway_skill_normalize (text);
  GString *squashed = g_string_sized_new (strlen (key));

  for (const char *p = key; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (squashed, *p);

  return g_string_free (squashed, FALSE);
}

/* The messages name the faulty place, such as goals[2].months[5]. They are for whoever
 * edits the catalogue, which ships with Pathway, so they are not translated. */
static gboolean invalid (GError    **error,
                         const char *where,
                         const char *format,
                         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GError    **error,
         const char *where,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
               "Invalid catalogue: %s: %s", where, message);
  return FALSE;
}

static gboolean
is_kebab_case (const char *text)
{
  gboolean after_hyphen = TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '-' && !after_hyphen)
        after_hyphen = TRUE;
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_hyphen = FALSE;
      else
        return FALSE;
    }

  return !after_hyphen;
}

/* Exactly the documented fields: a misspelt field would otherwise be silently ignored. */
static gboolean
check_fields (JsonObject         *object,
              const char         *where,
              const char * const *fields,
              const char * const *optional,
              GError            **error)
{
  g_autoptr(GList) names = json_object_get_members (object);

  for (GList *l = names; l != NULL; l = l->next)
    if (!g_strv_contains (fields, l->data) && (optional == NULL || !g_strv_contains (optional, l->data)))
      return invalid (error, where, "unknown field “%s”", (const char *) l->data);

  for (guint i = 0; fields[i] != NULL; i++)
    if (!json_object_has_member (object, fields[i]))
      return invalid (error, where, "missing field “%s”", fields[i]);

  return TRUE;
}

static const char *
node_get_text (JsonNode   *node,
               const char *where,
               GError    **error)
{
  const char *text;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      invalid (error, where, "expected a string");
      return NULL;
    }

  text = json_node_get_string (node);
  if (*text == '\0')
    {
      invalid (error, where, "must not be empty");
      return NULL;
    }

  return text;
}

static char *
read_text (JsonObject *object,
           const char *where,
           const char *field,
           GError    **error)
{
  g_autofree char *path = g_strdup_printf ("%s.%s", where, field);

  return g_strdup (node_get_text (json_object_get_member (object, field), path, error));
}

static GStrv
read_list (JsonObject *object,
           const char *where,
           const char *field,
           GError    **error)
{
  g_autofree char *path = g_strdup_printf ("%s.%s", where, field);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, field);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      invalid (error, path, "expected a list of strings");
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      const char *text = node_get_text (json_array_get_element (array, i), item_path, error);

      if (text == NULL)
        return NULL;
      g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

/* Normalised once here, since plans compare them again and again. */
static GStrv
normalize_skills (GStrv skills)
{
  GStrv keys = g_new0 (char *, g_strv_length (skills) + 1);

  for (guint i = 0; skills[i] != NULL; i++)
    keys[i] = pathway_skill_normalize (skills[i]);

  return keys;
}

static PathwayCatalogueMonth *
read_month (const char *key,
            JsonNode   *node,
            GError    **error)
{
  g_autofree char *where = g_strdup_printf ("months.%s", key);
  g_autoptr(PathwayCatalogueMonth) month = NULL;
  JsonObject *object;

  if (!is_kebab_case (key))
    {
      invalid (error, where, "a month key is lowercase-kebab-case");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, where, "expected an object");
      return NULL;
    }

  object = json_node_get_object (node);
  if (!check_fields (object, where, month_fields, optional_month_fields, error))
    return NULL;

  month = g_new0 (PathwayCatalogueMonth, 1);
  month->key = g_strdup (key);
  if ((month->title = read_text (object, where, "title", error)) == NULL ||
      (month->goals = read_list (object, where, "goals", error)) == NULL ||
      (month->topics = read_list (object, where, "topics", error)) == NULL ||
      (month->prerequisites = read_list (object, where, "prerequisites", error)) == NULL ||
      (month->skills = read_list (object, where, "skills", error)) == NULL)
    return NULL;

  month->lessons = PATHWAY_CATALOGUE_DEFAULT_LESSONS;
  if (json_object_has_member (object, "lessons"))
    {
      JsonNode *lessons = json_object_get_member (object, "lessons");

      if (!JSON_NODE_HOLDS_VALUE (lessons) || json_node_get_value_type (lessons) != G_TYPE_INT64 ||
          json_node_get_int (lessons) < 1 || json_node_get_int (lessons) > 31)
        {
          invalid (error, where, "\"lessons\" is a whole number from 1 to 31");
          return NULL;
        }
      month->lessons = json_node_get_int (lessons);
    }

  month->prerequisite_keys = normalize_skills (month->prerequisites);
  month->skill_keys = normalize_skills (month->skills);
  return g_steal_pointer (&month);
}

static gboolean
read_months (PathwayCatalogue *self,
             JsonNode         *node,
             GError          **error)
{
  g_autoptr(GList) keys = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "months", "expected an object of months by key");

  object = json_node_get_object (node);
  keys = json_object_get_members (object);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      PathwayCatalogueMonth *month = read_month (l->data, json_object_get_member (object, l->data), error);

      if (month == NULL)
        return FALSE;
      g_hash_table_insert (self->months, month->key, month);
    }

  return TRUE;
}

/* Every key defined, none twice: a goal teaches each month once. */
static gboolean
check_goal_months (PathwayCatalogue *self,
                   const char       *where,
                   GStrv             months,
                   GError          **error)
{
  if (months[0] == NULL)
    return invalid (error, where, "a goal needs at least one month");

  for (guint i = 0; months[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s[%u]", where, i);

      if (!g_hash_table_contains (self->months, months[i]))
        return invalid (error, path, "“%s” is not defined in “months”", months[i]);

      for (guint j = 0; j < i; j++)
        if (g_str_equal (months[i], months[j]))
          return invalid (error, path, "“%s” is listed twice", months[i]);
    }

  return TRUE;
}

static Goal *
read_goal (PathwayCatalogue *self,
           JsonNode         *node,
           guint             index,
           GError          **error)
{
  g_autofree char *where = g_strdup_printf ("goals[%u]", index);
  g_autofree char *months_where = g_strdup_printf ("%s.months", where);
  g_autoptr(Goal) goal = NULL;
  PathwayCatalogueGoal *public;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, where, "expected an object");
      return NULL;
    }

  object = json_node_get_object (node);
  if (!check_fields (object, where, goal_fields, NULL, error))
    return NULL;

  goal = g_new0 (Goal, 1);
  public = &goal->public;
  if ((public->id = read_text (object, where, "id", error)) == NULL ||
      (public->title = read_text (object, where, "title", error)) == NULL ||
      (public->summary = read_text (object, where, "summary", error)) == NULL ||
      (public->months = read_list (object, where, "months", error)) == NULL ||
      !check_goal_months (self, months_where, public->months, error))
    return NULL;

  if (!is_kebab_case (public->id))
    {
      invalid (error, where, "the id “%s” is not lowercase-kebab-case", public->id);
      return NULL;
    }
  if (pathway_catalogue_lookup_goal (self, public->id) != NULL)
    {
      invalid (error, where, "the id “%s” is used twice", public->id);
      return NULL;
    }

  goal->id_key = match_key (public->id);
  goal->title_key = match_key (public->title);
  return g_steal_pointer (&goal);
}

static gboolean
read_goals (PathwayCatalogue *self,
            JsonNode         *node,
            GError          **error)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, "goals", "expected a list of goals");

  array = json_node_get_array (node);
  if (json_array_get_length (array) == 0)
    return invalid (error, "goals", "the catalogue needs at least one goal");

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      Goal *goal = read_goal (self, json_array_get_element (array, i), i, error);

      if (goal == NULL)
        return FALSE;
      g_ptr_array_add (self->goals, goal);
    }

  return TRUE;
}

static gboolean
check_header (JsonObject *root,
              GError    **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");

  if (!JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), CATALOGUE_FORMAT) != 0)
    return invalid (error, "format", "expected “%s”", CATALOGUE_FORMAT);

  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    return invalid (error, "version", "expected a whole number");
  if (json_node_get_int (version) != CATALOGUE_VERSION)
    return invalid (error, "version", "version %" G_GINT64_FORMAT " is not supported; this Pathway reads version %d",
                    json_node_get_int (version), CATALOGUE_VERSION);

  return TRUE;
}

static JsonNode *
parse_json (GBytes  *bytes,
            GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  /* json-glib does not check that strings are UTF-8. */
  if (size > 0 && !g_utf8_validate_len (data, size, NULL))
    {
      invalid (error, "the file", "not UTF-8 text");
      return NULL;
    }

  if (!json_parser_load_from_data (parser, size > 0 ? data : "", size, &local_error))
    {
      invalid (error, "the file", "%s", local_error->message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      invalid (error, "the file", "it is empty");
      return NULL;
    }

  return json_parser_steal_root (parser);
}

/* Checks the whole shape: an error names the first faulty place. */
PathwayCatalogue *
pathway_catalogue_new_from_bytes (GBytes  *bytes,
                                  GError **error)
{
  g_autoptr(PathwayCatalogue) self = NULL;
  g_autoptr(JsonNode) root_node = NULL;
  JsonObject *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root_node = parse_json (bytes, error);
  if (root_node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      invalid (error, "the top level", "expected an object");
      return NULL;
    }

  root = json_node_get_object (root_node);
  if (!check_fields (root, "the top level", catalogue_fields, NULL, error) || !check_header (root, error))
    return NULL;

  self = g_atomic_rc_box_new0 (PathwayCatalogue);
  self->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) goal_free);
  self->months = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) month_free);

  if (!read_months (self, json_object_get_member (root, "months"), error) ||
      !read_goals (self, json_object_get_member (root, "goals"), error))
    return NULL;

  return g_steal_pointer (&self);
}

guint
pathway_catalogue_get_n_goals (PathwayCatalogue *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->goals->len;
}

const PathwayCatalogueGoal *
pathway_catalogue_get_goal (PathwayCatalogue *self,
                            guint             i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->goals->len, NULL);

  return &((Goal *) g_ptr_array_index (self->goals, i))->public;
}

/* By exact id, or NULL. */
const PathwayCatalogueGoal *
pathway_catalogue_lookup_goal (PathwayCatalogue *self,
                               const char       *id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->goals->len; i++)
    {
      Goal *goal = g_ptr_array_index (self->goals, i);

      if (g_str_equal (goal->public.id, id))
        return &goal->public;
    }

  return NULL;
}

/* The goal whose id or title is text, ignoring case, spaces and punctuation; or NULL. */
const PathwayCatalogueGoal *
pathway_catalogue_find_goal (PathwayCatalogue *self,
                             const char       *text)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  key = match_key (text);
  if (*key == '\0')
    return NULL;

  for (guint i = 0; i < self->goals->len; i++)
    {
      Goal *goal = g_ptr_array_index (self->goals, i);

      if (g_str_equal (goal->id_key, key) || g_str_equal (goal->title_key, key))
        return &goal->public;
    }

  return NULL;
}

const PathwayCatalogueMonth *
pathway_catalogue_lookup_month (PathwayCatalogue *self,
                                const char       *key)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->months, key);
}
