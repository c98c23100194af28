/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "pathway-markdown-render.h"
#include "pathway-markdown-view.h"
#include "pathway-test-ui.h"

typedef struct {
  const char *pack;
  guint       day;
} Lesson;

/* Day 1 and the day with the most code of each built-in pack. */
static const Lesson lessons[] = {
  { "python-foundations", 1 }, { "python-foundations", 5 },
  { "kotlin-foundations", 1 }, { "kotlin-foundations", 11 },
  { "sql-for-analysis", 1 },   { "sql-for-analysis", 6 },
  { "web-foundations", 1 },    { "web-foundations", 4 },
};

static char *
load_lesson (const Lesson *lesson)
{
  g_autofree char *file_name = g_strconcat (lesson->pack, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "curricula", "content",
                                                 file_name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *months, *days;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  months = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "months");
  days = json_object_get_array_member (json_array_get_object_element (months, 0), "days");
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      JsonObject *day = json_array_get_object_element (days, i);

      if (json_object_get_int_member (day, "day") == lesson->day)
        return g_strdup (json_object_get_string_member (day, "lesson"));
    }

  g_assert_not_reached ();
}

typedef struct {
  GtkWindow           *window;
  PathwayMarkdownView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = PATHWAY_MARKDOWN_VIEW (pathway_markdown_view_new ());
  /* An overlay scrollbar fades out on a timer, which could redraw the window under a picture. */
  gtk_scrolled_window_set_overlay_scrolling (GTK_SCROLLED_WINDOW (scrolled), FALSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, scrolled);
  gtk_window_set_default_size (fixture->window, 720, 900);
  gtk_window_present (fixture->window);
  pathway_test_ui_settle ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  pathway_test_ui_settle ();
}

static char *
buffer_text (PathwayMarkdownView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static GtkTextTag *
tag (PathwayMarkdownView *view,
     const char          *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  GtkTextTag *found = gtk_text_tag_table_lookup (table, name);

  g_assert_nonnull (found);
  return found;
}

/* The iter at the first occurrence of needle in the view's text, which must hold it. */
static void
find_text (PathwayMarkdownView *view,
           const char          *needle,
           GtkTextIter         *iter)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_forward_search (&start, needle, GTK_TEXT_SEARCH_TEXT_ONLY, iter, NULL, NULL))
    g_error ("“%s” is not in the view", needle);
}

static gboolean
has_tag_at (PathwayMarkdownView *view,
            const char          *needle,
            const char          *tag_name)
{
  GtkTextIter iter;

  find_text (view, needle, &iter);
  return gtk_text_iter_has_tag (&iter, tag (view, tag_name));
}

static gboolean
in_code (PathwayMarkdownView *view,
         const GtkTextIter   *iter)
{
  return gtk_text_iter_has_tag (iter, tag (view, PATHWAY_MARKDOWN_TAG_CODE)) ||
         gtk_text_iter_has_tag (iter, tag (view, PATHWAY_MARKDOWN_TAG_CODE_BLOCK)) ||
         gtk_text_iter_has_tag (iter, tag (view, PATHWAY_MARKDOWN_TAG_CODE_BLOCK_NEXT));
}

/* Markdown syntax may only be left where the lesson shows code. */
static void
assert_no_syntax (PathwayMarkdownView *view,
                  const char          *syntax)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter iter, match;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_forward_search (&iter, syntax, GTK_TEXT_SEARCH_TEXT_ONLY, &match, &iter, NULL))
    if (!in_code (view, &match))
      g_error ("“%s” left at offset %d", syntax, gtk_text_iter_get_offset (&match));
}

/* The text of the first "## " heading, and of the first inline code span outside fences. */
static char *
first_heading (const char *markdown)
{
  const char *start = strstr (markdown, "## ");

  g_assert_nonnull (start);
  start += 3;
  return g_strndup (start, strcspn (start, "\n"));
}

static char *
first_code_span (const char *markdown)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  gboolean fenced = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *open = strchr (lines[i], '`');
      const char *close;

      if (g_str_has_prefix (lines[i], "```"))
        fenced = !fenced;
      if (fenced || open == NULL || g_str_has_prefix (lines[i], "```") || open[1] == '`')
        continue;
      close = strchr (open + 1, '`');
      if (close != NULL && close > open + 1)
        return g_strndup (open + 1, close - open - 1);
    }

  g_assert_not_reached ();
}

/* The window's last painting, or NULL if a change since has not been painted yet. */
static GskRenderNode *
painted_node (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

/* Like pathway_test_ui_screenshot, but waits for the painting: under a sanitizer, a style change
 * can take longer to paint than the helper's settling does. */
static void
save_picture (GtkWidget  *widget,
              const char *name)
{
  const char *folder = g_getenv ("PATHWAY_SCREENSHOT_DIR");
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;

  if (folder == NULL)
    return;

  pathway_test_ui_settle ();
  while ((node = painted_node (widget)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                              gtk_widget_get_height (widget)));
  path = g_build_filename (folder, file_name, NULL);
  g_assert_true (g_mkdir_with_parents (folder, 0755) == 0 && gdk_texture_save_to_png (texture, path));
}

static void
save_pictures (GtkWindow  *window,
               const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *dark = g_strconcat (name, "-dark", NULL);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  save_picture (GTK_WIDGET (window), name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  save_picture (GTK_WIDGET (window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* Page by page, so that the pictures show all of the lesson; pages overlap by a line or two. */
static void
photograph_pages (Fixture    *fixture,
                  const char *name)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->view));
  double value = 0;

  pathway_test_ui_settle ();
  for (guint page = 1; page <= 8; page++)
    {
      g_autofree char *page_name = g_strdup_printf ("%s-%u", name, page);
      double page_size = gtk_adjustment_get_page_size (adjustment);
      double bottom = gtk_adjustment_get_upper (adjustment) - page_size;

      gtk_adjustment_set_value (adjustment, MIN (value, bottom));
      save_pictures (fixture->window, page_name);
      if (value >= bottom)
        break;
      value += page_size - 48;
    }
  gtk_adjustment_set_value (adjustment, 0);
}

static void
test_lessons (Fixture       *fixture,
              gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (lessons); i++)
    {
      g_autofree char *markdown = load_lesson (&lessons[i]);
      g_autofree char *heading = first_heading (markdown);
      g_autofree char *code = first_code_span (markdown);
      g_autofree char *name = NULL;

      pathway_markdown_view_set_markdown (fixture->view, markdown);
      assert_no_syntax (fixture->view, "## ");
      assert_no_syntax (fixture->view, "**");
      assert_no_syntax (fixture->view, "```");

      g_assert_true (has_tag_at (fixture->view, heading, PATHWAY_MARKDOWN_TAG_H2));
      g_assert_true (has_tag_at (fixture->view, code, PATHWAY_MARKDOWN_TAG_CODE));
      g_assert_true (has_tag_at (fixture->view, "•\t", PATHWAY_MARKDOWN_TAG_ITEM));

      name = g_strdup_printf ("markdown-%s-%u", lessons[i].pack, lessons[i].day);
      photograph_pages (fixture, name);
    }
}

static void
test_lesson_link (Fixture       *fixture,
                  gconstpointer  data)
{
  static const Lesson kotlin = { "kotlin-foundations", 1 };
  g_autofree char *markdown = load_lesson (&kotlin);
  GtkTextIter iter;

  pathway_markdown_view_set_markdown (fixture->view, markdown);
  find_text (fixture->view, "play.kotlinlang.org", &iter);
  g_assert_cmpstr (pathway_markdown_view_get_uri_at_iter (fixture->view, &iter), ==,
                   "https://play.kotlinlang.org");
  g_assert_true (gtk_text_iter_has_tag (&iter, tag (fixture->view, PATHWAY_MARKDOWN_TAG_LINK)));

  /* The link ends where its text does. */
  gtk_text_iter_forward_chars (&iter, strlen ("play.kotlinlang.org"));
  g_assert_null (pathway_markdown_view_get_uri_at_iter (fixture->view, &iter));
}

/* Only http and https links get a link tag; the others are plain text. */
static void
test_unsafe_links (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const plain[] = { "one", "two", "three", "four" };
  GtkTextIter iter;

  pathway_markdown_view_set_markdown (fixture->view,
                                      "[one](javascript:alert(1)) [two](file:///etc/passwd) "
                                      "[three](data:text/html,x) [four](relative/page) "
                                      "[five](https://example.org/a?b=1&amp;c=2) <https://example.org/auto>");
  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      find_text (fixture->view, plain[i], &iter);
      g_assert_null (pathway_markdown_view_get_uri_at_iter (fixture->view, &iter));
      g_assert_false (gtk_text_iter_has_tag (&iter, tag (fixture->view, PATHWAY_MARKDOWN_TAG_LINK)));
    }

  find_text (fixture->view, "five", &iter);
  g_assert_cmpstr (pathway_markdown_view_get_uri_at_iter (fixture->view, &iter), ==,
                   "https://example.org/a?b=1&c=2");
  find_text (fixture->view, "example.org/auto", &iter);
  g_assert_cmpstr (pathway_markdown_view_get_uri_at_iter (fixture->view, &iter), ==,
                   "https://example.org/auto");
}

static void
test_raw_html (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *text = NULL;

  pathway_markdown_view_set_markdown (fixture->view,
                                      "Some <b>x</b> here.\n\n<script>alert(1)</script>\n\n"
                                      "<div>\n*block*\n</div>\n");
  text = buffer_text (fixture->view);
  g_assert_nonnull (strstr (text, "Some <b>x</b> here."));
  g_assert_nonnull (strstr (text, "<script>alert(1)</script>"));
  g_assert_nonnull (strstr (text, "<div>"));
  g_assert_false (has_tag_at (fixture->view, "x</b>", PATHWAY_MARKDOWN_TAG_STRONG));
}

static void
test_structure (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *text = NULL;

  pathway_markdown_view_set_markdown (fixture->view,
                                      "# Title\n\n"
                                      "- one\n- two\n  1. nested\n\n"
                                      "3) three\n4) four\n\n"
                                      "> quoted *words*\n\n"
                                      "---\n\n"
                                      "| a | b |\n| --- | --- |\n| 1 | 2 |\n\n"
                                      "hard  \nbreak &amp; &#0; &copy; &bogus;\n\n"
                                      "    indented code\n");
  text = buffer_text (fixture->view);
  g_assert_cmpstr (text, ==,
                   "Title\n"
                   "•\tone\n•\ttwo\n1.\tnested\n"
                   "3)\tthree\n4)\tfour\n"
                   "quoted words\n"
                   "\n"
                   "a | b\n1 | 2\n"
                   "hard\u2028break & \uFFFD © &bogus;\n"
                   "indented code");
  g_assert_true (has_tag_at (fixture->view, "Title", PATHWAY_MARKDOWN_TAG_H1));
  g_assert_true (has_tag_at (fixture->view, "quoted", "quote-1"));
  g_assert_true (has_tag_at (fixture->view, "words", PATHWAY_MARKDOWN_TAG_EMPHASIS));
  g_assert_true (has_tag_at (fixture->view, "a | b", PATHWAY_MARKDOWN_TAG_STRONG));
  g_assert_true (has_tag_at (fixture->view, " | 2", PATHWAY_MARKDOWN_TAG_DIM));
  g_assert_true (has_tag_at (fixture->view, "indented code", PATHWAY_MARKDOWN_TAG_CODE_BLOCK));
}

/* Everything a lesson may hold, for the pictures. */
static void
test_showcase (Fixture       *fixture,
               gconstpointer  data)
{
  pathway_markdown_view_set_markdown (fixture->view,
    "# Day 12: Reading Files\n\n"
    "A short introduction with **strong words**, *emphasis*, `inline_code()` and a "
    "[link to the docs](https://docs.python.org/3/). A hard line break follows.  \n"
    "This is the next line of the same paragraph.\n\n"
    "## Steps\n\n"
    "1. Open the file:\n\n"
    "   ```python\n"
    "   with open(\"notes.txt\") as f:\n"
    "       text = f.read()\n"
    "   ```\n\n"
    "2. Count the lines. This item is long enough to wrap onto a second line, so the hanging "
    "indent shows.\n"
    "   - a nested bullet\n"
    "     - and one deeper\n"
    "3. Close it.\n\n"
    "### Good to know\n\n"
    "> Quoted advice from a mentor, long enough to wrap onto a second line so the bar shows "
    "its full height.\n>\n> > And a quote inside the quote.\n\n"
    "---\n\n"
    "| Mode | Meaning |\n| --- | --- |\n| `r` | read |\n| `w` | write |\n\n"
    "Raw HTML stays text: <b>not bold</b>. "
    "[Unsafe](javascript:alert(1)) links are plain text.\n\n"
    "```\nfirst block\n```\n```\nsecond block, right after\n```\n");

  g_assert_true (has_tag_at (fixture->view, "Day 12", PATHWAY_MARKDOWN_TAG_H1));
  g_assert_true (has_tag_at (fixture->view, "Good to know", PATHWAY_MARKDOWN_TAG_H3));
  g_assert_true (has_tag_at (fixture->view, "with open", PATHWAY_MARKDOWN_TAG_CODE_BLOCK));
  g_assert_true (has_tag_at (fixture->view, "And a quote", "quote-2"));
  g_assert_true (has_tag_at (fixture->view, "first block", PATHWAY_MARKDOWN_TAG_CODE_BLOCK_NEXT));
  g_assert_true (has_tag_at (fixture->view, "second block", PATHWAY_MARKDOWN_TAG_CODE_BLOCK));
  photograph_pages (fixture, "markdown-showcase");
  gtk_window_set_default_size (fixture->window, 360, 1000);
  photograph_pages (fixture, "markdown-showcase-narrow");
}

/* Files written on Windows end their lines with CR LF; GtkTextBuffer would see two breaks. */
static void
test_crlf (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *text = NULL;

  pathway_markdown_view_set_markdown (fixture->view, "## Title\r\n\r\nLine one\r\nline two\r\n\r\n"
                                                     "```\r\ncode\r\nmore\r\n```\r\n- a\rb\r\n");
  text = buffer_text (fixture->view);
  g_assert_cmpstr (text, ==, "Title\nLine one line two\ncode\nmore\n•\ta b");
}

static void
test_invalid_utf8 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *text = NULL;

  pathway_markdown_view_set_markdown (fixture->view, "## Caf\xc3\n\n**bold \xff\xfe** `co\x80" "de`\n");
  text = buffer_text (fixture->view);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (has_tag_at (fixture->view, "Caf", PATHWAY_MARKDOWN_TAG_H2));
  g_assert_true (has_tag_at (fixture->view, "bold", PATHWAY_MARKDOWN_TAG_STRONG));
  g_assert_true (has_tag_at (fixture->view, "co", PATHWAY_MARKDOWN_TAG_CODE));
}

/* Every paragraph keeps to the margins the caller sets, even after the text was shown. */
static void
test_margins (Fixture       *fixture,
              gconstpointer  data)
{
  GtkTextView *view = GTK_TEXT_VIEW (fixture->view);
  GdkRectangle text, code;
  GtkTextIter iter;

  pathway_markdown_view_set_markdown (fixture->view, "Text\n\n    code\n");
  gtk_text_view_set_left_margin (view, 0);
  pathway_test_ui_settle ();
  find_text (fixture->view, "Text", &iter);
  gtk_text_view_get_iter_location (view, &iter, &text);
  find_text (fixture->view, "code", &iter);
  gtk_text_view_get_iter_location (view, &iter, &code);
  g_assert_cmpint (text.x, ==, 0);
  g_assert_cmpint (code.x, ==, PATHWAY_MARKDOWN_CODE_PAD_X);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Notified on change only; NULL, empty or blank Markdown is an empty view. */
static void
test_property (Fixture       *fixture,
               gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (fixture->view));
  g_autofree char *value = NULL;
  guint count = 0;

  g_signal_connect (fixture->view, "notify::markdown", G_CALLBACK (count_notify), &count);
  g_object_set (fixture->view, "markdown", "**a**", NULL);
  g_assert_cmpuint (count, ==, 1);
  pathway_markdown_view_set_markdown (fixture->view, "**a**");
  g_assert_cmpuint (count, ==, 1);
  g_object_get (fixture->view, "markdown", &value, NULL);
  g_assert_cmpstr (value, ==, "**a**");
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 1);

  pathway_markdown_view_set_markdown (fixture->view, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (pathway_markdown_view_get_markdown (fixture->view));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  pathway_markdown_view_set_markdown (fixture->view, "\n\n   \n");
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  pathway_markdown_view_set_markdown (fixture->view, "");
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  g_assert_cmpuint (count, ==, 4);
  g_signal_handlers_disconnect_by_func (fixture->view, count_notify, &count);
}

/* Colours follow the style: the inline code background is computed from the text colour. */
static void
test_dark_colors (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GdkRGBA) light = NULL;
  g_autoptr(GdkRGBA) dark = NULL;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  pathway_test_ui_settle ();
  g_object_get (tag (fixture->view, PATHWAY_MARKDOWN_TAG_CODE), "background-rgba", &light, NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  pathway_test_ui_settle ();
  g_object_get (tag (fixture->view, PATHWAY_MARKDOWN_TAG_CODE), "background-rgba", &dark, NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_true (light != NULL && dark != NULL);
  g_assert_cmpfloat (light->red, <, 0.5);
  g_assert_cmpfloat (dark->red, >, 0.5);
}

/* Shows piece repeated to size bytes, then tail. */
static void
set_repeated (Fixture    *fixture,
              const char *piece,
              gsize       size,
              const char *tail)
{
  g_autoptr(GString) document = g_string_new (NULL);

  while (document->len < size)
    g_string_append (document, piece);
  g_string_append (document, tail);
  pathway_markdown_view_set_markdown (fixture->view, document->str);
  pathway_test_ui_settle ();
}

/* Large and hostile documents render in time proportional to their size. */
static void
test_large (Fixture       *fixture,
            gconstpointer  data)
{
  static const Lesson python = { "python-foundations", 5 };
  g_autofree char *lesson = load_lesson (&python);
  g_autofree char *piece = g_strconcat (lesson, "\n\n", NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (fixture->view));
  GtkTextIter iter;

  set_repeated (fixture, piece, 2 * 1024 * 1024, "## The very end\n");
  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_iter_backward_char (&iter);
  g_assert_true (gtk_text_iter_has_tag (&iter, tag (fixture->view, PATHWAY_MARKDOWN_TAG_H2)));
  assert_no_syntax (fixture->view, "## ");

  set_repeated (fixture, "**a** *b* `c` [d](https://example.org/d) ", 2 * 1024 * 1024, "");
  g_assert_true (has_tag_at (fixture->view, "a", PATHWAY_MARKDOWN_TAG_STRONG));

  set_repeated (fixture, "> - ", 1024 * 1024, "deep");
  g_assert_true (has_tag_at (fixture->view, "deep", "quote-6"));

  /* A line with nowhere to wrap is what Pango finds slowest. */
  set_repeated (fixture, "x", 2 * 1024 * 1024, "");
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), >=, 2 * 1024 * 1024);
}

#define ADD_VIEW_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  ADD_VIEW_TEST ("/ui/markdown/lessons", test_lessons);
  ADD_VIEW_TEST ("/ui/markdown/lesson-link", test_lesson_link);
  ADD_VIEW_TEST ("/ui/markdown/unsafe-links", test_unsafe_links);
  ADD_VIEW_TEST ("/ui/markdown/raw-html", test_raw_html);
  ADD_VIEW_TEST ("/ui/markdown/structure", test_structure);
  ADD_VIEW_TEST ("/ui/markdown/showcase", test_showcase);
  ADD_VIEW_TEST ("/ui/markdown/crlf", test_crlf);
  ADD_VIEW_TEST ("/ui/markdown/invalid-utf8", test_invalid_utf8);
  ADD_VIEW_TEST ("/ui/markdown/margins", test_margins);
  ADD_VIEW_TEST ("/ui/markdown/property", test_property);
  ADD_VIEW_TEST ("/ui/markdown/dark-colors", test_dark_colors);
  ADD_VIEW_TEST ("/ui/markdown/large", test_large);

  return g_test_run ();
}
