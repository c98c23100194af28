/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-private.h"

#include <stdarg.h>
#include <string.h>

/* Sentences, lists, addresses and amounts made from the words of pathway-demo-words.c. */

/* Copies template, replacing each {name} with the value paired with it; the pairs are name,
 * value, …, NULL. Templates come from pathway-demo-words.c, so an unknown name is a bug there. */
static void
fill_valist (GString    *out,
             const char *template,
             va_list     pairs)
{
  const char *names[16];
  const char *values[16];
  guint n_pairs = 0;
  const char *name;
  const char *p;

  while ((name = va_arg (pairs, const char *)) != NULL)
    {
      g_assert (n_pairs < G_N_ELEMENTS (names));
      names[n_pairs] = name;
      values[n_pairs] = va_arg (pairs, const char *);
      n_pairs++;
    }

  for (p = template; *p != '\0'; p++)
    {
      const char *end;
      gboolean found = FALSE;

      if (*p != '{' || (end = strchr (p, '}')) == NULL)
        {
          g_string_append_c (out, *p);
          continue;
        }

      for (guint i = 0; i < n_pairs && !found; i++)
        if (strlen (names[i]) == (gsize) (end - p - 1) && strncmp (names[i], p + 1, end - p - 1) == 0)
          {
            g_string_append (out, values[i] != NULL ? values[i] : "");
            found = TRUE;
          }

      if (!found)
        g_warning ("Demo template “%s” has a placeholder with no value", template);
      p = end;
    }
}

char *
_pathway_demo_fill (const char *template,
                    ...)
{
  GString *out = g_string_new (NULL);
  va_list pairs;

  va_start (pairs, template);
  fill_valist (out, template, pairs);
  va_end (pairs);
  return g_string_free (out, FALSE);
}

/* "a", "a and b", "a, b and c" */
char *
_pathway_demo_join_english (GPtrArray *items,
                            guint      max_items)
{
  GString *text = g_string_new (NULL);
  guint n = MIN (items->len, max_items);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == n ? " and " : ", ");
      g_string_append (text, g_ptr_array_index (items, i));
    }
  return g_string_free (text, FALSE);
}

char *
_pathway_demo_join_strings (GPtrArray  *items,
                            const char *separator)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, g_ptr_array_index (items, i));
    }
  return g_string_free (text, FALSE);
}

/* items (const char *) as a NULL-terminated copy, for the functions that take one. */
GStrv
_pathway_demo_strv (GPtrArray *items)
{
  GStrv strv = g_new0 (char *, items->len + 1);

  for (guint i = 0; i < items->len; i++)
    strv[i] = g_strdup (g_ptr_array_index (items, i));
  return strv;
}

/* "Łukasz" -> "lukasz", "O'Brien" -> "obrien": a name as letters that fit in an e-mail address. */
char *
_pathway_demo_slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *text = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (text, g_ascii_tolower (*p));
  if (text->len == 0)
    g_string_append (text, "demo");
  return g_string_free (text, FALSE);
}

/* 70000 -> "70,000" */
void
_pathway_demo_append_amount (GString *text,
                             int      amount)
{
  char digits[16];
  int n = g_snprintf (digits, sizeof digits, "%d", amount);

  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }
}

const char *
_pathway_demo_article (const char *noun)
{
  /* Titles here starting with a vowel sound: vowels, and the initialisms said "en-" and "em-". */
  if (strchr ("AEIOUaeiou", noun[0]) != NULL || g_str_has_prefix (noun, "NLP") || g_str_has_prefix (noun, "MLOps"))
    return "an";
  return "a";
}

/* A JSON array of the strings. */
JsonNode *
_pathway_demo_strings_node (GPtrArray *strings)
{
  JsonArray *array = json_array_sized_new (strings->len);

  for (guint i = 0; i < strings->len; i++)
    json_array_add_string_element (array, g_ptr_array_index (strings, i));
  return take_array (array);
}
