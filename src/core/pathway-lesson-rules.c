/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-lesson-rules"

#include "config.h"

#include "pathway-lesson-rules.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-json.h"

/* The level-2 sections of every lesson, in order. */
static const char * const lesson_sections[] = { "Objectives", "Explanation", "Worked Example", "Exercise" };

/* Words as the README counts them: runs of characters between white space. */
guint
pathway_lesson_count_words (const char *markdown)
{
  gboolean in_word = FALSE;
  guint n_words = 0;

  g_return_val_if_fail (markdown != NULL, 0);

  for (const char *p = markdown; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean is_space = g_unichar_isspace (g_utf8_get_char (p));

      if (!is_space && !in_word)
        n_words++;
      in_word = !is_space;
    }

  return n_words;
}

static gsize
count_leading (const char *text,
               char        c)
{
  gsize n = 0;

  while (text[n] == c)
    n++;

  return n;
}

/* The text of a CommonMark ATX heading of level 2 (“## Title ##”), or NULL. */
static char *
level_two_heading (const char *line)
{
  g_autofree char *text = NULL;
  gsize length;
  gsize closing;

  if (!g_str_has_prefix (line, "##") || (line[2] != ' ' && line[2] != '\t' && line[2] != '\0'))
    return NULL;

  text = g_strstrip (g_strdup (line + 2));

  /* An optional closing run of #, if white space comes before it. */
  length = strlen (text);
  closing = 0;
  while (closing < length && text[length - closing - 1] == '#')
    closing++;
  if (closing == length)
    text[0] = '\0';
  else if (closing > 0 && (text[length - closing - 1] == ' ' || text[length - closing - 1] == '\t'))
    text[length - closing] = '\0';

  return g_strdup (g_strstrip (text));
}

/* The lesson's level-2 headings outside fenced code blocks, where “## ” is a comment or output. */
static GPtrArray *
collect_level_two_headings (const char *markdown)
{
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  char fence = '\0';
  gsize fence_length = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strchomp (lines[i]);
      gsize indent = MIN (count_leading (line, ' '), 4);
      const char *rest = line + indent;
      gsize run;
      char *heading;

      /* Four spaces make indented code, which neither opens nor closes a fence nor is a heading. */
      if (indent == 4)
        continue;

      run = MAX (count_leading (rest, '`'), count_leading (rest, '~'));
      if (run >= 3)
        {
          if (fence == '\0' && !(rest[0] == '`' && strchr (rest + run, '`') != NULL))
            {
              fence = rest[0];
              fence_length = run;
              continue;
            }
          if (fence == rest[0] && run >= fence_length && rest[run] == '\0')
            {
              fence = '\0';
              continue;
            }
        }

      if (fence != '\0')
        continue;

      heading = level_two_heading (rest);
      if (heading != NULL)
        g_ptr_array_add (headings, heading);
    }

  return g_steal_pointer (&headings);
}

/* A heading quoted in a message is untrusted text of any length: its start is enough. */
#define MAX_QUOTED_CHARS 60

static char *
shorten (const char *text)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= MAX_QUOTED_CHARS)
    return g_strdup (text);

  start = g_utf8_substring (text, 0, MAX_QUOTED_CHARS);
  return g_strconcat (start, "…", NULL);
}

static int
section_position (const char *heading)
{
  for (guint i = 0; i < G_N_ELEMENTS (lesson_sections); i++)
    if (g_str_equal (heading, lesson_sections[i]))
      return i;

  return -1;
}

static gboolean
contains_string (GPtrArray  *strings,
                 guint       from,
                 const char *string)
{
  for (guint i = from; i < strings->len; i++)
    if (g_str_equal (g_ptr_array_index (strings, i), string))
      return TRUE;

  return FALSE;
}

static gboolean
check_sections (const char  *lesson,
                const char  *location,
                GError     **error)
{
  g_autoptr(GPtrArray) headings = collect_level_two_headings (lesson);
  g_autofree char *problem = NULL;
  guint next = 0;

  for (guint i = 0; i < headings->len && problem == NULL; i++)
    {
      const char *heading = g_ptr_array_index (headings, i);
      int position = section_position (heading);

      if (position == (int) next)
        next++;
      else if (position < 0)
        {
          g_autofree char *quoted = shorten (heading);

          problem = g_strdup_printf (_("the lesson has an unexpected section “## %s”; its level-2 sections "
                                       "are “## Objectives”, “## Explanation”, “## Worked Example” and "
                                       "“## Exercise”"),
                                     quoted);
        }
      else if (position < (int) next)
        problem = g_strdup_printf (_("the lesson has the section “## %s” twice"), heading);
      else if (contains_string (headings, i + 1, lesson_sections[next]))
        problem = g_strdup_printf (_("the lesson’s section “## %s” comes after “## %s”; the sections are "
                                     "Objectives, Explanation, Worked Example and Exercise, in that order"),
                                   lesson_sections[next], heading);
      else
        problem = g_strdup_printf (_("the lesson has no section “## %s”"), lesson_sections[next]);
    }

  if (problem == NULL && next < G_N_ELEMENTS (lesson_sections))
    problem = g_strdup_printf (_("the lesson has no section “## %s”"), lesson_sections[next]);

  if (problem != NULL)
    {
      pathway_json_set_error (error, location, problem);
      return FALSE;
    }

  return TRUE;
}

/* Refuses, with an error placed at location, a lesson that breaks either rule. */
gboolean
pathway_lesson_check (const char  *markdown,
                      const char  *location,
                      GError     **error)
{
  guint n_words;

  g_return_val_if_fail (markdown != NULL, FALSE);
  g_return_val_if_fail (location != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_words = pathway_lesson_count_words (markdown);
  if (n_words < PATHWAY_LESSON_MIN_WORDS || n_words > PATHWAY_LESSON_MAX_WORDS)
    {
      g_autofree char *problem = g_strdup_printf (ngettext ("the lesson has %u word; it needs %d to %d",
                                                            "the lesson has %u words; it needs %d to %d",
                                                            n_words),
                                                  n_words, PATHWAY_LESSON_MIN_WORDS, PATHWAY_LESSON_MAX_WORDS);
      pathway_json_set_error (error, location, problem);
      return FALSE;
    }

  return check_sections (markdown, location, error);
}
