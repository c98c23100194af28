/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-text-lists"

#include "config.h"

#include "pathway-text-lists.h"

#include "pathway-skills.h"

static JsonNode *
take_array (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}

/* items may be NULL; blank items are left out. */
JsonNode *
pathway_text_list_to_json (const char * const *items)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (items[i]));

      if (*item != '\0')
        json_array_add_string_element (array, item);
    }

  return take_array (array);
}

/* Like pathway_text_list_to_json(), but a skill is kept once, as first spelt: “JS” after
 * “JavaScript” is the same skill. */
JsonNode *
pathway_skill_list_to_json (const char * const *skills)
{
  g_autoptr(PathwaySkillSet) seen = pathway_skill_set_new ();
  JsonArray *array = json_array_new ();

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      g_autofree char *skill = g_strstrip (g_strdup (skills[i]));

      if (pathway_skill_set_add (seen, skill))
        json_array_add_string_element (array, skill);
    }

  return take_array (array);
}

/* The strings of a JSON array; other elements are skipped. NULL gives an empty list. */
GStrv
pathway_text_list_from_json (JsonNode *node)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }

  return g_strv_builder_end (builder);
}

char *
pathway_text_list_join (JsonNode   *node,
                        const char *separator)
{
  g_auto(GStrv) items = pathway_text_list_from_json (node);

  g_return_val_if_fail (separator != NULL, NULL);

  return g_strjoinv (separator, items);
}

/* text without the white space around it; NULL for NULL and for text that is only white space. */
char *
pathway_text_dup_stripped (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

/* A list PATHWAY_TEXT_LIST_SQL() joined, split again; never NULL. */
GStrv
pathway_text_list_from_column (PathwayStmt *stmt,
                               int          column)
{
  g_return_val_if_fail (stmt != NULL, NULL);

  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return g_new0 (char *, 1);

  return g_strsplit ((const char *) sqlite3_column_text (stmt, column), PATHWAY_TEXT_LIST_SEPARATOR, -1);
}
