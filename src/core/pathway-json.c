/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-json"

#include "config.h"

#include "pathway-json.h"

#include <glib/gi18n.h>

#include "pathway-core-error.h"

/* Counts the [ and { that are open at each point, outside strings. It does not check the rest of
 * the syntax: the parser does that once it is known to be safe to run. */
gboolean
pathway_json_check_limits (const char  *data,
                           gsize        size,
                           gsize        max_size,
                           guint        max_depth,
                           GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (size > max_size)
    {
      /* With the exact byte count, since just over the limit rounds to the limit. */
      g_autofree char *size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
      g_autofree char *max_text = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                   _("The data is too large: %s; the limit is %s."), size_text, max_text);
      return FALSE;
    }

  for (gsize i = 0; i < size; i++)
    {
      if (in_string)
        {
          /* An escaped character, \" included, never ends the string. */
          if (data[i] == '\\')
            i++;
          else if (data[i] == '"')
            in_string = FALSE;
          continue;
        }

      switch (data[i])
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > max_depth)
            {
              g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                           _("The data is nested more than %u levels deep."), max_depth);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          /* Unbalanced closers are the parser's to report. */
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }

  return TRUE;
}

JsonNode *
pathway_json_parse_untrusted (GBytes  *bytes,
                              gsize    max_size,
                              guint    max_depth,
                              GError **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (!pathway_json_check_limits (data, size, max_size, max_depth, error))
    return NULL;

  /* JSON is UTF-8; this also refuses NUL bytes, which would end the text early for the parser. */
  if (size > 0 && !g_utf8_validate_len (data, size, NULL))
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                           _("The data is not valid UTF-8 text."));
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (size > 0 && !json_parser_load_from_data (parser, data, (gssize) size, &parse_error))
    {
      g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                   _("The data is not valid JSON: %s"), parse_error->message);
      return NULL;
    }

  /* json-glib accepts empty or blank text and then has no root. */
  root = size > 0 ? json_parser_steal_root (parser) : NULL;
  if (root == NULL)
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA,
                           _("The data is empty."));
      return NULL;
    }

  return root;
}

void
pathway_json_set_error (GError     **error,
                        const char  *location,
                        const char  *problem)
{
  g_return_if_fail (location != NULL);
  g_return_if_fail (problem != NULL);

  /* Translators: where, then what, as in “Month “web-foundations”, day 4: the quiz has 3 questions; …” */
  g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA, _("%s: %s."), location, problem);
}

/* pathway_json_set_error() with the problem as a format and its arguments. */
void
pathway_json_set_problem (GError     **error,
                          const char  *location,
                          const char  *format,
                          ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  pathway_json_set_error (error, location, problem);
}

/* Only the members listed are allowed, so that a misspelt optional member is not silently ignored. */
gboolean
pathway_json_check_members (JsonObject         *object,
                            const char * const *allowed,
                            const char         *location,
                            GError            **error)
{
  g_autoptr(GList) members = NULL;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (allowed != NULL, FALSE);
  g_return_val_if_fail (location != NULL, FALSE);

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          pathway_json_set_problem (error, location, _("“%s” is not a known field"), (const char *) l->data);
          return FALSE;
        }
    }

  return TRUE;
}

static JsonNode *
get_member (JsonObject  *object,
            const char  *member,
            const char  *location,
            GError     **error)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (member != NULL, NULL);
  g_return_val_if_fail (location != NULL, NULL);

  node = json_object_get_member (object, member);
  if (node == NULL)
    pathway_json_set_problem (error, location, _("“%s” is missing"), member);

  return node;
}

static gboolean
holds_value_of_type (JsonNode *node,
                     GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Empty, or only white space. */
gboolean
pathway_json_is_blank (const char *text)
{
  g_return_val_if_fail (text != NULL, TRUE);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

const char *
pathway_json_get_string (JsonObject  *object,
                         const char  *member,
                         const char  *location,
                         GError     **error)
{
  JsonNode *node = get_member (object, member, location, error);
  const char *text;

  if (node == NULL)
    return NULL;

  if (!holds_value_of_type (node, G_TYPE_STRING))
    {
      pathway_json_set_problem (error, location, _("“%s” must be a string"), member);
      return NULL;
    }

  text = json_node_get_string (node);
  if (pathway_json_is_blank (text))
    {
      pathway_json_set_problem (error, location, _("“%s” is empty"), member);
      return NULL;
    }

  return text;
}

/* A string member that may be missing or null (then *value is NULL); any other type is an error.
 * Unlike pathway_json_get_string(), an empty string is returned as it is. */
gboolean
pathway_json_get_optional_string (JsonObject   *object,
                                  const char   *member,
                                  const char  **value,
                                  const char   *location,
                                  GError      **error)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (member != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (location != NULL, FALSE);

  *value = NULL;
  node = json_object_get_member (object, member);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!holds_value_of_type (node, G_TYPE_STRING))
    {
      pathway_json_set_problem (error, location, _("“%s” must be a string"), member);
      return FALSE;
    }

  *value = json_node_get_string (node);
  return TRUE;
}

gboolean
pathway_json_get_int (JsonObject  *object,
                      const char  *member,
                      int          min,
                      int          max,
                      int         *value,
                      const char  *location,
                      GError     **error)
{
  JsonNode *node;
  gint64 number;

  g_return_val_if_fail (min <= max, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  node = get_member (object, member, location, error);
  if (node == NULL)
    return FALSE;

  /* 70.0 or "70" are refused too: the format says integer. */
  if (!holds_value_of_type (node, G_TYPE_INT64))
    {
      pathway_json_set_problem (error, location, _("“%s” must be a whole number"), member);
      return FALSE;
    }

  number = json_node_get_int (node);
  if (number < min || number > max)
    {
      g_autofree char *number_text = g_strdup_printf ("%" G_GINT64_FORMAT, number);

      pathway_json_set_problem (error, location, _("“%s” is %s; it must be from %d to %d"),
                                member, number_text, min, max);
      return FALSE;
    }

  *value = (int) number;
  return TRUE;
}

JsonArray *
pathway_json_get_array (JsonObject  *object,
                        const char  *member,
                        const char  *location,
                        GError     **error)
{
  JsonNode *node = get_member (object, member, location, error);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      pathway_json_set_problem (error, location, _("“%s” must be an array"), member);
      return NULL;
    }

  return json_node_get_array (node);
}

JsonObject *
pathway_json_get_object (JsonObject  *object,
                         const char  *member,
                         const char  *location,
                         GError     **error)
{
  JsonNode *node = get_member (object, member, location, error);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      pathway_json_set_problem (error, location, _("“%s” must be an object"), member);
      return NULL;
    }

  return json_node_get_object (node);
}
