/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <pango/pango.h>

#include "pathway-markdown-inline.h"

/* Lesson Markdown in one-line places, and the check that keeps links to http and https. Neither
 * needs a display. */

static void
test_openable_uri (void)
{
  g_assert_true (pathway_markdown_is_openable_uri ("https://kotlinlang.org/docs/basic-syntax.html"));
  g_assert_true (pathway_markdown_is_openable_uri ("http://example.org"));
  g_assert_true (pathway_markdown_is_openable_uri ("HTTPS://Example.org/Path?q=1#top"));

  g_assert_false (pathway_markdown_is_openable_uri ("javascript:alert(1)"));
  g_assert_false (pathway_markdown_is_openable_uri ("JavaScript:alert(1)"));
  g_assert_false (pathway_markdown_is_openable_uri ("file:///etc/passwd"));
  g_assert_false (pathway_markdown_is_openable_uri ("data:text/html,<script>alert(1)</script>"));
  g_assert_false (pathway_markdown_is_openable_uri ("ftp://example.org/file"));
  g_assert_false (pathway_markdown_is_openable_uri ("relative/page.html"));
  g_assert_false (pathway_markdown_is_openable_uri ("//example.org/page"));
  g_assert_false (pathway_markdown_is_openable_uri ("https://"));
  g_assert_false (pathway_markdown_is_openable_uri ("https://exa mple.org"));
  g_assert_false (pathway_markdown_is_openable_uri (""));
  g_assert_false (pathway_markdown_is_openable_uri (NULL));
}

static void
test_inline_markup (void)
{
  static const struct {
    const char *markdown;
    const char *markup;
  } cases[] = {
    { "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;" },
    { "Fish & chips &amp; peas", "Fish &amp; chips &amp; peas" },
    { "\"double\" and 'single'", "&quot;double&quot; and &apos;single&apos;" },
    { "Use `a < b` here", "Use <tt>a &lt; b</tt> here" },
    { "**bold** and *it* and `x`", "<b>bold</b> and <i>it</i> and <tt>x</tt>" },
    { "[link](javascript:alert(1)) text", "link text" },
    { "line one\nline two", "line one\nline two" },
    { "What does this print?\n```python\nprint(\"<b>\" + 'x')\n```",
      "What does this print?\n<tt>print(&quot;&lt;b&gt;&quot; + &apos;x&apos;)</tt>" },
    { "bad \xff byte", "bad \uFFFD byte" },
    { "&copy; &#65; &#x1F600; &#0; &#1114112; &bogus; &lt;", "© A 😀 \uFFFD \uFFFD &amp;bogus; &lt;" },
    { "- one\n- two", "• one\n• two" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = pathway_markdown_inline_to_markup (cases[i].markdown);
      g_autoptr(GError) error = NULL;

      g_assert_cmpstr (markup, ==, cases[i].markup);
      pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/widgets/markdown/openable-uri", test_openable_uri);
  g_test_add_func ("/widgets/markdown/inline-markup", test_inline_markup);

  return g_test_run ();
}
