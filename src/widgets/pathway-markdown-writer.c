/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-markdown"

#include "config.h"

#include "pathway-markdown-writer.h"

#include <string.h>

#define LIST_INSET        8   /* from the text's edge to a top-level bullet */
#define LIST_INDENT       28  /* from a bullet to its item's text */
#define ITEM_GAP          6
/* Beyond these, text is shown plain: every tag costs GtkTextBuffer time along its whole line. */
#define MAX_LINK_TAGS     1000
#define MAX_INLINE_SPANS  2000
/* Pango's layout time grows faster than a line's length, and faster still without a place to
 * wrap: no lesson comes near these. */
#define MAX_LINE_CHARS    10000
#define MAX_RUN_CHARS     1000

typedef struct {
  glong       start;
  GtkTextTag *tag;  /* NULL for a span shown as plain text */
} OpenSpan;

typedef struct {
  glong       start;
  glong       end;
  GtkTextTag *tag;
} Span;

static void
add_tag (GtkTextTagTable *table,
         const char      *name,
         const char      *first_property,
         ...) G_GNUC_NULL_TERMINATED;

static void
add_tag (GtkTextTagTable *table,
         const char      *name,
         const char      *first_property,
         ...)
{
  GtkTextTag *tag = gtk_text_tag_new (name);
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (tag), first_property, args);
  va_end (args);
  gtk_text_tag_table_add (table, tag);
  g_object_unref (tag);
}

/* In order of priority, lowest first: paragraph tags, then what adjusts them, then inline ones.
 * Sizes follow libadwaita's title-1, title-2 and title-4 over an 11 pt body. */
void
_pathway_markdown_tags_create (GtkTextTagTable *table)
{
  g_return_if_fail (GTK_IS_TEXT_TAG_TABLE (table));

  add_tag (table, PATHWAY_MARKDOWN_TAG_PARAGRAPH,
           "pixels-below-lines", PATHWAY_MARKDOWN_BLOCK_GAP, "pixels-inside-wrap", 3, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_ITEM, "pixels-below-lines", ITEM_GAP, "pixels-inside-wrap", 3, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_H1, "weight", 800, "scale", 20.0 / 11.0,
           "pixels-above-lines", 24, "pixels-below-lines", 12, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_H2, "weight", 800, "scale", 15.0 / 11.0,
           "pixels-above-lines", 20, "pixels-below-lines", 8, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_H3, "weight", 700, "scale", 13.0 / 11.0,
           "pixels-above-lines", 16, "pixels-below-lines", 6, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_H4, "weight", 700,
           "pixels-above-lines", 12, "pixels-below-lines", 4, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_CODE_BLOCK, "family", "monospace", "insert-hyphens", FALSE, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_CODE_BLOCK_NEXT, "family", "monospace", "insert-hyphens", FALSE, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_RULE,
           "pixels-above-lines", 4, "pixels-below-lines", PATHWAY_MARKDOWN_BLOCK_GAP + 4, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_BLOCK_END, "pixels-below-lines", PATHWAY_MARKDOWN_BLOCK_GAP, NULL);
  /* A code box's padding is its first and last lines' spacing; the gap after it is below that. */
  add_tag (table, PATHWAY_MARKDOWN_TAG_CODE_FIRST, "pixels-above-lines", PATHWAY_MARKDOWN_CODE_PAD_Y, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_CODE_LAST,
           "pixels-below-lines", PATHWAY_MARKDOWN_CODE_PAD_Y + PATHWAY_MARKDOWN_BLOCK_GAP, NULL);
  for (guint depth = 1; depth <= PATHWAY_MARKDOWN_MAX_DEPTH; depth++)
    {
      g_autofree char *name = g_strdup_printf (PATHWAY_MARKDOWN_TAG_QUOTE, depth);

      add_tag (table, name, "style", PANGO_STYLE_NORMAL, NULL);
    }
  add_tag (table, PATHWAY_MARKDOWN_TAG_DIM, "style", PANGO_STYLE_NORMAL, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_STRONG, "weight", PANGO_WEIGHT_BOLD, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_EMPHASIS, "style", PANGO_STYLE_ITALIC, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_CODE, "family", "monospace", "insert-hyphens", FALSE, NULL);
  add_tag (table, PATHWAY_MARKDOWN_TAG_LINK, "underline", PANGO_UNDERLINE_SINGLE, NULL);
  /* Nothing above the first block: the view has its own top margin. */
  add_tag (table, PATHWAY_MARKDOWN_TAG_TOP, "pixels-above-lines", 0, NULL);
}

static void
set_color (GtkTextTagTable *table,
           const char      *name,
           const char      *property,
           const GdkRGBA   *color)
{
  g_object_set (gtk_text_tag_table_lookup (table, name), property, color, NULL);
}

/* Every colour is the text's own or the accent, so light, dark and high contrast all work. */
void
_pathway_markdown_tags_set_colors (GtkTextTagTable *table,
                                   const GdkRGBA   *foreground,
                                   const GdkRGBA   *accent)
{
  GdkRGBA dim = *foreground;
  GdkRGBA code = *foreground;

  g_return_if_fail (GTK_IS_TEXT_TAG_TABLE (table));

  dim.alpha *= 0.7f;
  code.alpha *= 0.1f;
  set_color (table, PATHWAY_MARKDOWN_TAG_LINK, "foreground-rgba", accent);
  set_color (table, PATHWAY_MARKDOWN_TAG_CODE, "background-rgba", &code);
  set_color (table, PATHWAY_MARKDOWN_TAG_DIM, "foreground-rgba", &dim);
  for (guint depth = 1; depth <= PATHWAY_MARKDOWN_MAX_DEPTH; depth++)
    {
      g_autofree char *name = g_strdup_printf (PATHWAY_MARKDOWN_TAG_QUOTE, depth);

      set_color (table, name, "foreground-rgba", &dim);
    }
}

GtkTextTag *
_pathway_markdown_writer_tag (PathwayMarkdownWriter *w,
                              const char            *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (w->table, name);

  g_assert (tag != NULL);
  return tag;
}

void
_pathway_markdown_writer_init (PathwayMarkdownWriter *w,
                               GtkTextView           *view,
                               GPtrArray             *link_tags,
                               gsize                  size)
{
  memset (w, 0, sizeof *w);
  w->table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (view));
  w->left_margin = gtk_text_view_get_left_margin (view);
  w->right_margin = gtk_text_view_get_right_margin (view);
  w->link_tags = link_tags;
  for (guint depth = 0; depth < PATHWAY_MARKDOWN_MAX_DEPTH; depth++)
    {
      g_autofree char *name = g_strdup_printf (PATHWAY_MARKDOWN_TAG_QUOTE, depth + 1);

      w->quote_tags[depth] = _pathway_markdown_writer_tag (w, name);
    }
  w->text = g_string_sized_new (size + 1);
  w->open_spans = g_array_new (FALSE, FALSE, sizeof (OpenSpan));
  w->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  w->paragraph_start = -1;
  w->last_start = -1;
}

void
_pathway_markdown_writer_clear (PathwayMarkdownWriter *w)
{
  g_string_free (w->text, TRUE);
  g_array_unref (w->open_spans);
  g_array_unref (w->spans);
}

/* One tag per URI, named after it and holding it; NULL (plain text) past the limit. */
GtkTextTag *
_pathway_markdown_writer_link_tag (PathwayMarkdownWriter *w,
                                   const char            *uri)
{
  g_autofree char *name = g_strconcat ("link:", uri, NULL);
  GtkTextTag *tag = gtk_text_tag_table_lookup (w->table, name);

  if (tag != NULL || w->link_tags->len >= MAX_LINK_TAGS)
    return tag;

  tag = gtk_text_tag_new (name);
  g_object_set_data_full (G_OBJECT (tag), PATHWAY_MARKDOWN_URI_KEY, g_strdup (uri), g_free);
  gtk_text_tag_table_add (w->table, tag);
  g_ptr_array_add (w->link_tags, tag);
  return tag;
}

/* Paragraph-level tags do not add up, so each combination of margins is a tag of its own. */
static GtkTextTag *
margin_tag (PathwayMarkdownWriter *w,
            int                    left,
            int                    indent,
            int                    right)
{
  g_autofree char *name = g_strdup_printf ("margin:%d:%d:%d", left, indent, right);
  g_autoptr(PangoTabArray) tabs = NULL;
  GtkTextTag *tag = gtk_text_tag_table_lookup (w->table, name);

  if (tag != NULL)
    return tag;

  tag = gtk_text_tag_new (name);
  g_object_set (tag, "left-margin", left, "right-margin", right, "indent", indent, NULL);
  /* The tab after a list marker lines the item's first line up with its wrapped lines. */
  if (indent < 0)
    {
      tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, -indent);
      g_object_set (tag, "tabs", tabs, NULL);
    }
  gtk_text_tag_table_add (w->table, tag);
  g_object_unref (tag);
  return tag;
}

/* Ranges of one tag that touch are merged: deeply nested emphasis, or a thousand code lines,
 * must not become as many applications of a tag. */
void
_pathway_markdown_writer_push_span (PathwayMarkdownWriter *w,
                                    glong                  start,
                                    glong                  end,
                                    GtkTextTag            *tag)
{
  Span span = { start, end, tag };

  if (tag == NULL || end <= start)
    return;

  for (guint i = w->spans->len; i > 0 && i + 2 + PATHWAY_MARKDOWN_MAX_DEPTH >= w->spans->len; i--)
    {
      Span *last = &g_array_index (w->spans, Span, i - 1);

      if (last->tag == tag && last->start <= end && start <= last->end)
        {
          last->start = MIN (last->start, start);
          last->end = MAX (last->end, end);
          return;
        }
    }

  g_array_append_val (w->spans, span);
}

/* Text that no lesson holds is cut into lines at a space, and a long run without one gets a
 * zero-width space to wrap at. */
void
_pathway_markdown_writer_append (PathwayMarkdownWriter *w,
                                 const char            *text,
                                 gsize                  size)
{
  const char *end = text + size;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gboolean space = *p == ' ';

      w->n_chars++;
      w->line_chars = *p == '\n' ? 0 : w->line_chars + 1;
      w->run_chars = space || *p == '\n' ? 0 : w->run_chars + 1;

      if (space && w->line_chars > MAX_LINE_CHARS)
        {
          g_string_append_len (w->text, text, p - text);
          g_string_append_c (w->text, '\n');
          w->line_chars = 0;
          text = p + 1;
        }
      else if (w->run_chars > MAX_RUN_CHARS)
        {
          const char *next = g_utf8_next_char (p);
          gboolean cut = w->line_chars > MAX_LINE_CHARS;

          g_string_append_len (w->text, text, next - text);
          g_string_append (w->text, cut ? "\n" : "\u200B");
          w->n_chars++;
          w->line_chars = cut ? 0 : w->line_chars + 1;
          w->run_chars = 0;
          text = next;
        }
    }

  g_string_append_len (w->text, text, end - text);
}

void
_pathway_markdown_writer_end (PathwayMarkdownWriter *w)
{
  glong start = w->paragraph_start;

  if (start < 0)
    return;

  _pathway_markdown_writer_append (w, "\n", 1);
  _pathway_markdown_writer_push_span (w, start, w->n_chars, w->paragraph_tag);
  _pathway_markdown_writer_push_span (w, start, w->n_chars, w->paragraph_margin);
  for (guint depth = 0; depth < MIN (w->n_quotes, PATHWAY_MARKDOWN_MAX_DEPTH); depth++)
    _pathway_markdown_writer_push_span (w, start, w->n_chars, w->quote_tags[depth]);

  w->last_start = start;
  w->last_end = w->n_chars;
  w->last_was_code = (w->paragraph_kind & PATHWAY_MARKDOWN_CODE) != 0;
  w->paragraph_start = -1;
  w->n_inline_spans = 0;
}

/* Starts a paragraph, placed after the open quotes and list items. */
void
_pathway_markdown_writer_begin (PathwayMarkdownWriter    *w,
                                const char               *tag_name,
                                PathwayMarkdownParagraph  kind)
{
  guint quotes = MIN (w->n_quotes, PATHWAY_MARKDOWN_MAX_DEPTH);
  guint items = MIN (w->n_items, PATHWAY_MARKDOWN_MAX_DEPTH);
  int left = w->left_margin + quotes * PATHWAY_MARKDOWN_QUOTE_INDENT;
  int right = w->right_margin;
  int indent = 0;

  if (w->item_pending && (kind & PATHWAY_MARKDOWN_CONTINUES_ITEM))
    {
      w->item_pending = FALSE;
      w->paragraph_tag = _pathway_markdown_writer_tag (w, tag_name);
      return;
    }

  w->item_pending = FALSE;
  _pathway_markdown_writer_end (w);

  if (items > 0)
    left += LIST_INSET + items * LIST_INDENT;
  if (kind & PATHWAY_MARKDOWN_MARKER)
    {
      left -= LIST_INDENT;
      indent = -LIST_INDENT;
    }
  if (kind & PATHWAY_MARKDOWN_CODE)
    {
      left += PATHWAY_MARKDOWN_CODE_PAD_X;
      right += PATHWAY_MARKDOWN_CODE_PAD_X;
    }

  w->paragraph_start = w->n_chars;
  w->paragraph_tag = _pathway_markdown_writer_tag (w, tag_name);
  w->paragraph_margin = margin_tag (w, left, indent, right);
  w->paragraph_kind = kind;
}

/* A list item's marker line; its first paragraph goes on the same line. */
void
_pathway_markdown_writer_begin_item (PathwayMarkdownWriter *w,
                                     const char            *tag_name,
                                     const char            *marker)
{
  _pathway_markdown_writer_begin (w, tag_name, PATHWAY_MARKDOWN_MARKER);
  _pathway_markdown_writer_append (w, marker, strlen (marker));
  _pathway_markdown_writer_append (w, "\t", 1);
  w->item_pending = TRUE;
}

/* The gap after a list or a table, whose rows sit close together. A code block has its own. */
void
_pathway_markdown_writer_end_block (PathwayMarkdownWriter *w)
{
  _pathway_markdown_writer_end (w);
  if (w->last_start >= 0 && !w->last_was_code)
    _pathway_markdown_writer_push_span (w, w->last_start, w->last_end,
                                        _pathway_markdown_writer_tag (w, PATHWAY_MARKDOWN_TAG_BLOCK_END));
}

void
_pathway_markdown_writer_open_span (PathwayMarkdownWriter *w,
                                    GtkTextTag            *tag)
{
  OpenSpan span = { w->n_chars, tag };

  g_array_append_val (w->open_spans, span);
}

void
_pathway_markdown_writer_close_span (PathwayMarkdownWriter *w)
{
  OpenSpan *span;

  g_return_if_fail (w->open_spans->len > 0);

  span = &g_array_index (w->open_spans, OpenSpan, w->open_spans->len - 1);
  if (span->tag != NULL && w->n_inline_spans++ < MAX_INLINE_SPANS)
    _pathway_markdown_writer_push_span (w, span->start, w->n_chars, span->tag);
  g_array_set_size (w->open_spans, w->open_spans->len - 1);
}

/* Replaces the buffer's text with what was written, and tags it. */
void
_pathway_markdown_writer_finish (PathwayMarkdownWriter *w,
                                 GtkTextBuffer         *buffer)
{
  GtkTextIter start, end;

  _pathway_markdown_writer_end (w);
  /* The last paragraph needs no empty line after it. */
  if (w->text->len > 0 && w->text->str[w->text->len - 1] == '\n')
    g_string_truncate (w->text, w->text->len - 1);

  gtk_text_buffer_set_text (buffer, w->text->str, (int) w->text->len);
  for (guint i = 0; i < w->spans->len; i++)
    {
      Span *span = &g_array_index (w->spans, Span, i);

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) span->end);
      gtk_text_buffer_apply_tag (buffer, span->tag, &start, &end);
    }

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 1);
  gtk_text_buffer_apply_tag (buffer, _pathway_markdown_writer_tag (w, PATHWAY_MARKDOWN_TAG_TOP),
                             &start, &end);
}
