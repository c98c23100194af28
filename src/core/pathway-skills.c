/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-skills"

#include "config.h"

#include "pathway-skills.h"

#include <string.h>

struct _PathwaySkillSet {
  GHashTable *skills;  /* key → the first spelling added */
};

/* Other spellings of one skill, and the key they all share. Keys are written as
 * pathway_skill_normalize() returns them; spellings that differ only in case, spaces,
 * hyphens or slashes need no entry (“Java Script”, “scikit_learn”, “CI CD”). */
static const struct {
  const char *alias;
  const char *key;
} aliases[] = {
  { "JS",                          "javascript" },
  { "ECMAScript",                  "javascript" },
  { "ES6",                         "javascript" },
  { "Vanilla JS",                  "javascript" },
  { "TS",                          "typescript" },
  { "Py",                          "python" },
  { "Python3",                     "python" },
  { "Postgres",                    "postgresql" },
  { "psql",                        "postgresql" },
  { "pgsql",                       "postgresql" },
  { "k8s",                         "kubernetes" },
  { "ML",                          "machine learning" },
  { "AI",                          "artificial intelligence" },
  { "Natural Language Processing", "nlp" },
  { "Golang",                      "go" },
  { "ReactJS",                     "react" },
  { "React.js",                    "react" },
  { "VueJS",                       "vue" },
  { "Vue.js",                      "vue" },
  { "NodeJS",                      "node.js" },
  { "Node",                        "node.js" },
  { "NextJS",                      "next.js" },
  { "ExpressJS",                   "express" },
  { "Express.js",                  "express" },
  { "HTML5",                       "html" },
  { "CSS3",                        "css" },
  { "sklearn",                     "scikit-learn" },
  { "GCP",                         "google cloud" },
  { "Google Cloud Platform",       "google cloud" },
  { "Amazon Web Services",         "aws" },
  { "Microsoft Azure",             "azure" },
  { "C Sharp",                     "c#" },
  { "CPP",                         "c++" },
  { "dotnet",                      ".net" },
  { "Mongo",                       "mongodb" },
  { "MSSQL",                       "sql server" },
  { "Microsoft SQL Server",        "sql server" },
  { "ObjC",                        "objective-c" },
  { "REST",                        "rest apis" },
  { "REST API",                    "rest apis" },
  { "RESTful",                     "rest apis" },
  { "RESTful APIs",                "rest apis" },
  { "CICD",                        "ci/cd" },
  { "OOP",                         "object-oriented programming" },
  { "TDD",                         "test-driven development" },
  { "UX",                          "ux design" },
  { "UI",                          "ui design" },
  { "CLI",                         "command line" },
  { "Spark",                       "apache spark" },
  { "Airflow",                     "apache airflow" },
  { "MS Excel",                    "excel" },
  { "Microsoft Excel",             "excel" },
  { "Data Visualisation",          "data visualization" },
  { "Data Viz",                    "data visualization" },
  { "Data Modelling",              "data modeling" },
  { "Retrieval-Augmented Generation", "rag" },
};

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/* The punctuation that is part of a name is kept: the pluses of “C++”, the sharp of “C#”
 * and the dot of “.NET” or “Node.js”. Other punctuation separates words; apostrophes go. */
static gboolean
keeps_punctuation (gunichar c,
                   gunichar previous,
                   gunichar next)
{
  switch (c)
    {
    case '+':
      return previous != 0 && (is_word_char (previous) || previous == '+');
    case '#':
      return previous != 0 && is_word_char (previous);
    case '.':
      return is_word_char (next) && (previous == 0 || is_word_char (previous));
    default:
      return FALSE;
    }
}

/* Words of letters and digits separated by single spaces; text must be case folded. */
static char *
strip_punctuation (const char *text)
{
  GString *key = g_string_sized_new (strlen (text));
  gunichar previous = 0;  /* last character kept, 0 at the start of a word */

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next = g_utf8_get_char (g_utf8_next_char (p));

      if (c == 0x266F)  /* MUSIC SHARP SIGN, as in “C♯” */
        c = '#';

      if (is_apostrophe (c))
        continue;

      if (!is_word_char (c) && !keeps_punctuation (c, previous, next))
        {
          previous = 0;
          continue;
        }

      if (previous == 0 && key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append_unichar (key, c);
      previous = c;
    }

  return g_string_free (key, FALSE);
}

static gboolean
is_ascii (const char *text)
{
  for (; *text != '\0'; text++)
    if ((guchar) *text >= 0x80)
      return FALSE;

  return TRUE;
}

/* Casefold between two NFKC passes: folding can leave text that is not normalised. */
static char *
fold (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *compatible = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *normalized = NULL;

  if (is_ascii (valid))
    {
      g_autofree char *lower = g_ascii_strdown (valid, -1);

      return strip_punctuation (lower);
    }

  compatible = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  folded = g_utf8_casefold (compatible, -1);
  normalized = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);
  return strip_punctuation (normalized);
}

/* Aliases are looked up without spaces, so “Java Script” finds “javascript”. */
static char *
squash (const char *key)
{
  GString *squashed = g_string_sized_new (strlen (key));

  for (; *key != '\0'; key++)
    if (*key != ' ')
      g_string_append_c (squashed, *key);

  return g_string_free (squashed, FALSE);
}

static void
add_alias (GHashTable *table,
           const char *spelling,
           const char *key)
{
  g_autofree char *folded = fold (spelling);
  char *squashed = squash (folded);

  /* Two keys for one spelling would be a mistake in the table above. */
  g_assert (!g_hash_table_contains (table, squashed) ||
            g_str_equal (g_hash_table_lookup (table, squashed), key));
  g_hash_table_replace (table, squashed, (gpointer) key);
}

static GHashTable *
get_alias_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *new_table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
        {
          add_alias (new_table, aliases[i].key, aliases[i].key);
          add_alias (new_table, aliases[i].alias, aliases[i].key);
        }

      g_once_init_leave (&table, new_table);
    }

  return table;
}

/* The comparison key of a skill: case folded, NFKC, trimmed, words separated by one space,
 * punctuation dropped unless it is part of the name, known aliases replaced by one key.
 * The key is for comparing, not for showing. An empty key means there was no name. */
char *
pathway_skill_normalize (const char *skill)
{
  g_autofree char *key = NULL;
  g_autofree char *squashed = NULL;
  const char *alias;

  g_return_val_if_fail (skill != NULL, NULL);

  key = fold (skill);
  squashed = squash (key);
  alias = g_hash_table_lookup (get_alias_table (), squashed);

  return alias != NULL ? g_strdup (alias) : g_steal_pointer (&key);
}

gboolean
pathway_skill_equal (const char *a,
                     const char *b)
{
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;

  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  key_a = pathway_skill_normalize (a);
  key_b = pathway_skill_normalize (b);
  return g_str_equal (key_a, key_b);
}

PathwaySkillSet *
pathway_skill_set_new (void)
{
  PathwaySkillSet *set = g_new0 (PathwaySkillSet, 1);

  set->skills = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return set;
}

void
pathway_skill_set_free (PathwaySkillSet *set)
{
  if (set == NULL)
    return;

  g_hash_table_unref (set->skills);
  g_free (set);
}

/* TRUE when the skill was new. Names without letters or digits are ignored. */
gboolean
pathway_skill_set_add (PathwaySkillSet *set,
                       const char      *skill)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (set != NULL, FALSE);
  g_return_val_if_fail (skill != NULL, FALSE);

  key = pathway_skill_normalize (skill);
  if (*key == '\0' || g_hash_table_contains (set->skills, key))
    return FALSE;

  g_hash_table_insert (set->skills, g_steal_pointer (&key), g_strstrip (g_strdup (skill)));
  return TRUE;
}

/* skills may be NULL. */
void
pathway_skill_set_add_all (PathwaySkillSet    *set,
                           const char * const *skills)
{
  g_return_if_fail (set != NULL);

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    pathway_skill_set_add (set, skills[i]);
}

gboolean
pathway_skill_set_contains (PathwaySkillSet *set,
                            const char      *skill)
{
  return pathway_skill_set_lookup (set, skill) != NULL;
}

/* The spelling the set holds for skill, or NULL. */
const char *
pathway_skill_set_lookup (PathwaySkillSet *set,
                          const char      *skill)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (set != NULL, NULL);
  g_return_val_if_fail (skill != NULL, NULL);

  key = pathway_skill_normalize (skill);
  return g_hash_table_lookup (set->skills, key);
}

guint
pathway_skill_set_get_size (PathwaySkillSet *set)
{
  g_return_val_if_fail (set != NULL, 0);

  return g_hash_table_size (set->skills);
}

/* How many different skills of skills the set holds: two spellings of one skill count once.
 * skills may be NULL. */
guint
pathway_skill_set_count_known (PathwaySkillSet    *set,
                               const char * const *skills)
{
  g_autoptr(GHashTable) counted = NULL;

  g_return_val_if_fail (set != NULL, 0);

  counted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      char *key = pathway_skill_normalize (skills[i]);

      if (g_hash_table_contains (set->skills, key))
        g_hash_table_add (counted, key);
      else
        g_free (key);
    }

  return g_hash_table_size (counted);
}
