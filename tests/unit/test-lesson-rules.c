/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-core-error.h"
#include "pathway-lesson-rules.h"

/* A lesson of about 450 words from parts, each followed by a paragraph of text. */
static char *
lesson_from_parts (const char * const *parts)
{
  GString *lesson = g_string_new (NULL);
  guint n_parts = g_strv_length ((char **) parts);

  for (guint i = 0; i < n_parts; i++)
    {
      g_string_append_printf (lesson, "%s\n\n", parts[i]);
      for (guint w = 0; w < 450 / n_parts; w++)
        g_string_append (lesson, w % 15 == 14 ? "read.\n" : "read ");
      g_string_append (lesson, "\n\n");
    }

  return g_string_free (lesson, FALSE);
}

/* A valid lesson of exactly n_words words; the headings count as 9 of them. */
static char *
lesson_of_words (guint n_words)
{
  static const char * const headings[] = { "## Objectives", "## Explanation", "## Worked Example", "## Exercise" };
  GString *lesson = g_string_new (NULL);
  guint n_body = n_words - 9;

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      guint n = i < 3 ? n_body / 4 : n_body - 3 * (n_body / 4);

      g_string_append_printf (lesson, "%s\n\n", headings[i]);
      for (guint w = 0; w < n; w++)
        g_string_append (lesson, "study ");
      g_string_append (lesson, "\n\n");
    }

  return g_string_free (lesson, FALSE);
}

static void
assert_valid (const char *lesson)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pathway_lesson_check (lesson, "Lesson", &error));
  g_assert_no_error (error);
}

static void
assert_refused (const char *lesson,
                const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pathway_lesson_check (lesson, "Lesson", &error));
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_count_words (void)
{
  g_assert_cmpuint (pathway_lesson_count_words (""), ==, 0);
  g_assert_cmpuint (pathway_lesson_count_words (" \n\t "), ==, 0);
  g_assert_cmpuint (pathway_lesson_count_words ("one"), ==, 1);
  g_assert_cmpuint (pathway_lesson_count_words ("  ## Objectives\n\n- Write `print()`.  "), ==, 5);
  /* Any white space separates words, no-break and em spaces included; other characters do not. */
  g_assert_cmpuint (pathway_lesson_count_words ("café\u00a0crème\u2003brûlée naïve-text"), ==, 4);
}

static void
test_words_limits (void)
{
  const struct {
    guint    n_words;
    gboolean valid;
  } cases[] = {
    { 299, FALSE }, { 300, TRUE }, { 500, TRUE }, { 700, TRUE }, { 701, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *lesson = lesson_of_words (cases[i].n_words);
      g_autofree char *message = g_strdup_printf ("Lesson: the lesson has %u words; it needs 300 to 700.",
                                                  cases[i].n_words);

      g_assert_cmpuint (pathway_lesson_count_words (lesson), ==, cases[i].n_words);
      if (cases[i].valid)
        assert_valid (lesson);
      else
        assert_refused (lesson, message);
    }

  assert_refused ("word", "Lesson: the lesson has 1 word; it needs 300 to 700.");
}

static void
test_sections (void)
{
  const struct {
    const char *parts[8];
    const char *problem; /* NULL if valid */
  } cases[] = {
    { { "## Objectives", "## Explanation", "## Worked Example", "## Exercise" }, NULL },
    /* Closing hashes, spaces, subsections and headings of other levels are fine. */
    { { "# Day 2", "  ## Objectives ##", "## Explanation", "### Step one", "## Worked Example",
        "#### Output", "## Exercise #" }, NULL },
    /* Lines that only look like headings inside code are not sections. */
    { { "## Objectives", "## Explanation", "```python\n## Exercise\nprint(1)\n```", "## Worked Example",
        "~~~~\n## Objectives\n```\n~~~~", "## Exercise" }, NULL },
    { { "## Objectives", "## Explanation", "    ## Indented code", "## Worked Example", "## Exercise" }, NULL },
    { { "## Objectives", "## Explanation", "``` `not a fence`\n## Worked Example", "## Exercise" }, NULL },
    { { "## Objectives", "## Explanation", "## Worked Example" }, "the lesson has no section “## Exercise”" },
    { { "## Objectives", "## Explanation", "## Worked Example", "```\n## Exercise\n```" },
      "the lesson has no section “## Exercise”" },
    /* A shorter fence does not close a longer one. */
    { { "## Objectives", "````markdown\n```\n## Exercise\n```\n````", "## Explanation", "## Worked Example",
        "## Exercise" }, NULL },
    /* An unclosed fence runs to the end of the lesson. */
    { { "## Objectives", "```sh", "## Explanation", "## Worked Example", "## Exercise" },
      "the lesson has no section “## Explanation”" },
    { { "## Objectives", "## Worked Example", "## Exercise" }, "the lesson has no section “## Explanation”" },
    { { "## Objectives", "## Worked Example", "## Explanation", "## Exercise" },
      "the lesson’s section “## Explanation” comes after “## Worked Example”; the sections are Objectives, "
      "Explanation, Worked Example and Exercise, in that order" },
    { { "## Objectives", "## Explanation", "## Explanation", "## Worked Example", "## Exercise" },
      "the lesson has the section “## Explanation” twice" },
    { { "## Objectives", "## Explanation", "## Worked Example", "## Exercise", "## Objectives" },
      "the lesson has the section “## Objectives” twice" },
    { { "## Objectives", "## Explanation", "## Summary", "## Worked Example", "## Exercise" },
      "the lesson has an unexpected section “## Summary”; its level-2 sections are “## Objectives”, "
      "“## Explanation”, “## Worked Example” and “## Exercise”" },
    { { "## objectives", "## Explanation", "## Worked Example", "## Exercise" },
      "the lesson has an unexpected section “## objectives”; its level-2 sections are “## Objectives”, "
      "“## Explanation”, “## Worked Example” and “## Exercise”" },
    { { "##Objectives", "## Explanation", "## Worked Example", "## Exercise" },
      "the lesson has no section “## Objectives”" },
    { { "# Objectives", "# Explanation", "# Worked Example", "# Exercise" },
      "the lesson has no section “## Objectives”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *lesson = lesson_from_parts (cases[i].parts);

      if (cases[i].problem == NULL)
        {
          assert_valid (lesson);
        }
      else
        {
          g_autofree char *message = g_strdup_printf ("Lesson: %s.", cases[i].problem);
          assert_refused (lesson, message);
        }
    }
}

/* A heading is quoted in the message, but not at any length. */
static void
test_long_heading (void)
{
  g_autofree char *long_heading = g_strnfill (500, 'x');
  g_autofree char *heading_line = g_strconcat ("## ", long_heading, NULL);
  g_autofree char *quoted = g_strnfill (60, 'x');
  g_autofree char *message = NULL;
  const char *parts[] = { "## Objectives", heading_line, "## Explanation", "## Worked Example", "## Exercise", NULL };
  g_autofree char *lesson = lesson_from_parts (parts);

  message = g_strdup_printf ("Lesson: the lesson has an unexpected section “## %s…”; its level-2 sections are "
                             "“## Objectives”, “## Explanation”, “## Worked Example” and “## Exercise”.", quoted);
  assert_refused (lesson, message);
}

static void
test_line_endings (void)
{
  g_autofree char *lesson = lesson_of_words (400);
  g_auto(GStrv) lines = g_strsplit (lesson, "\n", -1);
  g_autofree char *windows = g_strjoinv ("\r\n", lines);

  assert_valid (windows);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/lesson-rules/count-words", test_count_words);
  g_test_add_func ("/core/lesson-rules/words", test_words_limits);
  g_test_add_func ("/core/lesson-rules/sections", test_sections);
  g_test_add_func ("/core/lesson-rules/long-heading", test_long_heading);
  g_test_add_func ("/core/lesson-rules/line-endings", test_line_endings);

  return g_test_run ();
}
