/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-markdown"

#include "config.h"

#include "pathway-markdown-render.h"

#include <md4c.h>
#include <string.h>

#include "pathway-markdown-inline.h"

#define LIST_INSET        8   /* from the text's edge to a top-level bullet */
#define LIST_INDENT       28  /* from a bullet to its item's text */
/* Beyond these, text is shown plain: tags cost GtkTextBuffer time on every character of a line. */
#define MAX_LINK_TAGS     1000
#define MAX_INLINE_SPANS  2000
#define MAX_LINE_CHARS    10000
#define MAX_RUN_CHARS     1000

typedef struct {
  MD_BLOCKTYPE type;
  guint        number;     /* ordered lists: the next item's number */
  char         delimiter;  /* ordered lists: '.' or ')' */
  gboolean     tight;
} Block;

typedef struct {
  glong       start;
  GtkTextTag *tag;  /* NULL for spans shown as plain text */
} OpenSpan;

typedef struct {
  glong       start;
  glong       end;
  GtkTextTag *tag;
} Span;

typedef enum {
  PARAGRAPH_CONTINUES_ITEM = 1 << 0,  /* a list item's first block goes on its marker's line */
  PARAGRAPH_MARKER         = 1 << 1,  /* a list item's marker line, with a hanging indent */
  PARAGRAPH_CODE           = 1 << 2,  /* a line of a code block, padded inside its box */
} ParagraphFlags;

typedef struct {
  GtkTextTagTable *table;
  GPtrArray       *link_tags;
  GHashTable      *links;        /* URI → its tag */
  GtkTextTag      *quote_tags[PATHWAY_MARKDOWN_MAX_DEPTH];

  GString         *text;
  glong            n_chars;
  glong            line_chars;   /* since the last line break */
  glong            run_chars;    /* since the last place to wrap */
  GArray          *blocks;       /* Block: the open blocks, innermost last */
  GArray          *open_spans;   /* OpenSpan */
  GArray          *spans;        /* Span: applied once the text is in the buffer */
  GString         *code;         /* the code block being read, if any */

  guint            n_quotes;
  guint            n_items;
  guint            n_cells;
  guint            n_inline_spans;
  guint            n_code_blocks;

  glong            paragraph_start;  /* -1 between paragraphs */
  GtkTextTag      *paragraph_tag;
  GtkTextTag      *paragraph_margin;
  glong            last_start;       /* the last finished paragraph, -1 if none */
  glong            last_end;
  gboolean         last_was_code;
  gboolean         item_pending;     /* a marker was written and its item has no text yet */
} Renderer;

static GtkTextTag *
lookup (Renderer   *r,
        const char *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (r->table, name);

  g_assert (tag != NULL);
  return tag;
}

/* Same-tag ranges that touch are merged: deeply nested emphasis must not become thousands of
 * overlapping applications of one tag. */
static void
push_span (Renderer   *r,
           glong       start,
           glong       end,
           GtkTextTag *tag)
{
  Span span = { start, end, tag };

  if (tag == NULL || end <= start)
    return;

  for (guint i = r->spans->len; i > 0 && i + 2 + PATHWAY_MARKDOWN_MAX_DEPTH >= r->spans->len; i--)
    {
      Span *last = &g_array_index (r->spans, Span, i - 1);

      if (last->tag == tag && last->start <= end && start <= last->end)
        {
          last->start = MIN (last->start, start);
          last->end = MAX (last->end, end);
          return;
        }
    }

  g_array_append_val (r->spans, span);
}

/* Pango needs time that grows faster than the length to lay out a very long line, and faster
 * still when the line has nowhere to wrap. So text that no lesson holds is cut into lines at a
 * space, and long runs without one get a zero-width space to wrap at. */
static void
append (Renderer   *r,
        const char *text,
        gsize       size)
{
  const char *end = text + size;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gboolean space = *p == ' ';

      r->n_chars++;
      r->line_chars = *p == '\n' ? 0 : r->line_chars + 1;
      r->run_chars = space || *p == '\n' ? 0 : r->run_chars + 1;

      if (space && r->line_chars > MAX_LINE_CHARS)
        {
          g_string_append_len (r->text, text, p - text);
          g_string_append_c (r->text, '\n');
          r->line_chars = 0;
          text = p + 1;
        }
      else if (r->run_chars > MAX_RUN_CHARS)
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (r->text, text, next - text);
          g_string_append (r->text, r->line_chars > MAX_LINE_CHARS ? "\n" : "\u200B");
          r->n_chars++;
          r->line_chars = r->line_chars > MAX_LINE_CHARS ? 0 : r->line_chars + 1;
          r->run_chars = 0;
          text = next;
        }
    }

  g_string_append_len (r->text, text, end - text);
}

/* Paragraph-level tags do not add up, so each combination of margins is one tag. */
static GtkTextTag *
margin_tag (Renderer *r,
            int       left,
            int       indent,
            int       right)
{
  g_autofree char *name = g_strdup_printf ("margin:%d:%d:%d", left, indent, right);
  g_autoptr(PangoTabArray) tabs = NULL;
  GtkTextTag *tag = gtk_text_tag_table_lookup (r->table, name);

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
  gtk_text_tag_table_add (r->table, tag);
  g_object_unref (tag);
  return tag;
}

static void
end_paragraph (Renderer *r)
{
  if (r->paragraph_start < 0)
    return;

  append (r, "\n", 1);
  push_span (r, r->paragraph_start, r->n_chars, r->paragraph_tag);
  push_span (r, r->paragraph_start, r->n_chars, r->paragraph_margin);
  for (guint depth = 0; depth < MIN (r->n_quotes, PATHWAY_MARKDOWN_MAX_DEPTH); depth++)
    push_span (r, r->paragraph_start, r->n_chars, r->quote_tags[depth]);

  r->last_start = r->paragraph_start;
  r->last_end = r->n_chars;
  r->last_was_code = FALSE;
  r->paragraph_start = -1;
  r->n_inline_spans = 0;
}

static void
begin_paragraph (Renderer       *r,
                 const char     *tag_name,
                 ParagraphFlags  flags)
{
  guint quotes = MIN (r->n_quotes, PATHWAY_MARKDOWN_MAX_DEPTH);
  guint items = MIN (r->n_items, PATHWAY_MARKDOWN_MAX_DEPTH);
  int left = PATHWAY_MARKDOWN_MARGIN + quotes * PATHWAY_MARKDOWN_QUOTE_INDENT;
  int right = PATHWAY_MARKDOWN_MARGIN;
  int indent = 0;

  if (r->item_pending && (flags & PARAGRAPH_CONTINUES_ITEM))
    {
      r->item_pending = FALSE;
      r->paragraph_tag = lookup (r, tag_name);
      return;
    }

  r->item_pending = FALSE;
  end_paragraph (r);

  if (items > 0)
    left += LIST_INSET + items * LIST_INDENT;
  if (flags & PARAGRAPH_MARKER)
    {
      left -= LIST_INDENT;
      indent = -LIST_INDENT;
    }
  if (flags & PARAGRAPH_CODE)
    {
      left += PATHWAY_MARKDOWN_CODE_PAD_X;
      right += PATHWAY_MARKDOWN_CODE_PAD_X;
    }

  r->paragraph_start = r->n_chars;
  r->paragraph_tag = lookup (r, tag_name);
  r->paragraph_margin = margin_tag (r, left, indent, right);
}

/* The gap after a list or a table, whose rows sit close together. A code block has its own. */
static void
mark_block_end (Renderer *r)
{
  if (r->last_start >= 0 && !r->last_was_code)
    push_span (r, r->last_start, r->last_end, lookup (r, PATHWAY_MARKDOWN_TAG_BLOCK_END));
}

static void
open_span (Renderer   *r,
           GtkTextTag *tag)
{
  OpenSpan span = { r->n_chars, tag };

  g_array_append_val (r->open_spans, span);
}

static void
close_span (Renderer *r)
{
  OpenSpan *span;

  g_return_if_fail (r->open_spans->len > 0);

  span = &g_array_index (r->open_spans, OpenSpan, r->open_spans->len - 1);
  if (span->tag != NULL && r->n_inline_spans++ < MAX_INLINE_SPANS)
    push_span (r, span->start, r->n_chars, span->tag);
  g_array_set_size (r->open_spans, r->open_spans->len - 1);
}

static Block *
top_block (Renderer *r,
           guint     level)
{
  g_assert (r->blocks->len > level);
  return &g_array_index (r->blocks, Block, r->blocks->len - 1 - level);
}

static void
enter_list_item (Renderer *r)
{
  static const char * const bullets[] = { "•\t", "◦\t", "▪\t" };
  Block *list = top_block (r, 1);

  begin_paragraph (r, list->tight ? PATHWAY_MARKDOWN_TAG_ITEM : PATHWAY_MARKDOWN_TAG_PARAGRAPH,
                   PARAGRAPH_MARKER);
  if (list->type == MD_BLOCK_OL)
    {
      char marker[32];

      g_snprintf (marker, sizeof marker, "%u%c\t", list->number++, list->delimiter);
      append (r, marker, strlen (marker));
    }
  else
    {
      const char *bullet = bullets[(r->n_items - 1) % G_N_ELEMENTS (bullets)];

      append (r, bullet, strlen (bullet));
    }
  r->item_pending = TRUE;
}

static void
emit_code_block (Renderer *r)
{
  g_autoptr(GString) code = g_steal_pointer (&r->code);
  const char *line = code->str;
  const char *end = code->str + code->len;
  glong first_start = r->n_chars;
  glong first_end = -1;
  glong last_start = r->n_chars;

  /* md4c ends the text with the last line's newline; each line is a paragraph of its own. */
  if (end > line && end[-1] == '\n')
    end--;

  for (;;)
    {
      const char *newline = memchr (line, '\n', (gsize) (end - line));
      const char *line_end = newline != NULL ? newline : end;

      begin_paragraph (r, r->n_code_blocks % 2 == 0 ? PATHWAY_MARKDOWN_TAG_CODE_BLOCK
                                                    : PATHWAY_MARKDOWN_TAG_CODE_BLOCK_NEXT,
                       PARAGRAPH_CODE);
      first_start = first_end < 0 ? r->paragraph_start : first_start;
      last_start = r->paragraph_start;
      append (r, line, (gsize) (line_end - line));
      end_paragraph (r);
      first_end = first_end < 0 ? r->n_chars : first_end;

      if (newline == NULL)
        break;
      line = newline + 1;
    }

  push_span (r, first_start, first_end, lookup (r, PATHWAY_MARKDOWN_TAG_CODE_FIRST));
  push_span (r, last_start, r->n_chars, lookup (r, PATHWAY_MARKDOWN_TAG_CODE_LAST));
  r->last_was_code = TRUE;
  r->n_code_blocks++;
}

static const char *
heading_tag (const MD_BLOCK_H_DETAIL *detail)
{
  static const char * const names[] = {
    PATHWAY_MARKDOWN_TAG_H1, PATHWAY_MARKDOWN_TAG_H2, PATHWAY_MARKDOWN_TAG_H3, PATHWAY_MARKDOWN_TAG_H4,
  };

  return names[CLAMP (detail->level, 1, G_N_ELEMENTS (names)) - 1];
}

static void
enter_table_cell (Renderer *r,
                  gboolean  header)
{
  if (r->n_cells++ > 0)
    {
      open_span (r, lookup (r, PATHWAY_MARKDOWN_TAG_DIM));
      append (r, " | ", 3);
      close_span (r);
    }
  open_span (r, header ? lookup (r, PATHWAY_MARKDOWN_TAG_STRONG) : NULL);
}

static void
push_block (Renderer     *r,
            MD_BLOCKTYPE  type,
            void         *detail)
{
  Block block = { type, 1, '.', FALSE };

  if (type == MD_BLOCK_UL)
    block.tight = ((MD_BLOCK_UL_DETAIL *) detail)->is_tight;
  else if (type == MD_BLOCK_OL)
    {
      MD_BLOCK_OL_DETAIL *ol = detail;

      block.number = ol->start;
      block.delimiter = ol->mark_delimiter;
      block.tight = ol->is_tight;
    }
  g_array_append_val (r->blocks, block);
}

static int
enter_block (MD_BLOCKTYPE  type,
             void         *detail,
             void         *user_data)
{
  Renderer *r = user_data;

  push_block (r, type, detail);
  switch (type)
    {
    case MD_BLOCK_QUOTE:
      end_paragraph (r);
      r->n_quotes++;
      break;
    case MD_BLOCK_LI:
      end_paragraph (r);
      r->n_items++;
      enter_list_item (r);
      break;
    case MD_BLOCK_H:
      begin_paragraph (r, heading_tag (detail), PARAGRAPH_CONTINUES_ITEM);
      break;
    case MD_BLOCK_P:
    case MD_BLOCK_HTML:
      begin_paragraph (r, PATHWAY_MARKDOWN_TAG_PARAGRAPH, PARAGRAPH_CONTINUES_ITEM);
      break;
    case MD_BLOCK_CODE:
      end_paragraph (r);
      r->code = g_string_new (NULL);
      break;
    case MD_BLOCK_HR:
      begin_paragraph (r, PATHWAY_MARKDOWN_TAG_RULE, 0);
      break;
    case MD_BLOCK_TR:
      begin_paragraph (r, PATHWAY_MARKDOWN_TAG_ITEM, 0);
      r->n_cells = 0;
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      enter_table_cell (r, type == MD_BLOCK_TH);
      break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
    case MD_BLOCK_TABLE:
      end_paragraph (r);
      break;
    case MD_BLOCK_DOC:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    default:
      break;
    }

  return 0;
}

static int
leave_block (MD_BLOCKTYPE  type,
             void         *detail,
             void         *user_data)
{
  Renderer *r = user_data;

  switch (type)
    {
    case MD_BLOCK_QUOTE:
      end_paragraph (r);
      r->n_quotes--;
      break;
    case MD_BLOCK_LI:
      end_paragraph (r);
      r->n_items--;
      r->item_pending = FALSE;
      break;
    case MD_BLOCK_CODE:
      emit_code_block (r);
      break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      end_paragraph (r);
      if (r->n_items == 0)
        mark_block_end (r);
      break;
    case MD_BLOCK_TABLE:
      end_paragraph (r);
      mark_block_end (r);
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      close_span (r);
      break;
    case MD_BLOCK_H:
    case MD_BLOCK_P:
    case MD_BLOCK_HTML:
    case MD_BLOCK_HR:
    case MD_BLOCK_TR:
      end_paragraph (r);
      break;
    case MD_BLOCK_DOC:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    default:
      break;
    }

  g_array_set_size (r->blocks, r->blocks->len - 1);
  return 0;
}

static char *
attribute_to_string (const MD_ATTRIBUTE *attribute)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; attribute->substr_offsets[i] < attribute->size; i++)
    {
      const char *text = attribute->text + attribute->substr_offsets[i];
      gsize size = attribute->substr_offsets[i + 1] - attribute->substr_offsets[i];

      if (attribute->substr_types[i] == MD_TEXT_ENTITY)
        _pathway_markdown_append_entity (out, text, size);
      else if (attribute->substr_types[i] == MD_TEXT_NULLCHAR)
        g_string_append (out, "\uFFFD");
      else
        g_string_append_len (out, text, (gssize) size);
    }

  return g_string_free (out, FALSE);
}

/* One tag per URI, holding it; NULL (plain text) for anything but http and https. */
static GtkTextTag *
link_tag (Renderer           *r,
          const MD_ATTRIBUTE *href)
{
  g_autofree char *uri = attribute_to_string (href);
  GtkTextTag *tag;

  if (!pathway_markdown_is_openable_uri (uri))
    return NULL;

  tag = g_hash_table_lookup (r->links, uri);
  if (tag != NULL || r->link_tags->len >= MAX_LINK_TAGS)
    return tag;

  tag = gtk_text_tag_new (NULL);
  g_object_set_data_full (G_OBJECT (tag), PATHWAY_MARKDOWN_URI_KEY, g_strdup (uri), g_free);
  gtk_text_tag_table_add (r->table, tag);
  g_ptr_array_add (r->link_tags, tag);
  g_hash_table_insert (r->links, g_steal_pointer (&uri), tag);
  return tag;
}

static const char *
span_tag (MD_SPANTYPE type)
{
  if (type == MD_SPAN_EM)
    return PATHWAY_MARKDOWN_TAG_EMPHASIS;
  if (type == MD_SPAN_STRONG)
    return PATHWAY_MARKDOWN_TAG_STRONG;
  if (type == MD_SPAN_CODE)
    return PATHWAY_MARKDOWN_TAG_CODE;
  /* Images show their description; the picture itself is never fetched. */
  return NULL;
}

static int
enter_span (MD_SPANTYPE  type,
            void        *detail,
            void        *user_data)
{
  Renderer *r = user_data;
  const char *name = span_tag (type);

  /* A link is two spans: its own tag, and the shared one that gives links their look. */
  if (type == MD_SPAN_A)
    {
      GtkTextTag *tag = link_tag (r, &((MD_SPAN_A_DETAIL *) detail)->href);

      open_span (r, tag);
      open_span (r, tag != NULL ? lookup (r, PATHWAY_MARKDOWN_TAG_LINK) : NULL);
    }
  else
    open_span (r, name != NULL ? lookup (r, name) : NULL);

  return 0;
}

static int
leave_span (MD_SPANTYPE  type,
            void        *detail,
            void        *user_data)
{
  Renderer *r = user_data;

  close_span (r);
  if (type == MD_SPAN_A)
    close_span (r);
  return 0;
}

static int
on_text (MD_TEXTTYPE    type,
         const MD_CHAR *text,
         MD_SIZE        size,
         void          *user_data)
{
  Renderer *r = user_data;
  g_autoptr(GString) decoded = NULL;

  if (r->code != NULL)
    {
      g_string_append_len (r->code, text, size);
      return 0;
    }

  if (r->paragraph_start < 0)
    begin_paragraph (r, PATHWAY_MARKDOWN_TAG_PARAGRAPH, PARAGRAPH_CONTINUES_ITEM);
  r->item_pending = FALSE;

  if (type == MD_TEXT_NULLCHAR)
    append (r, "\uFFFD", strlen ("\uFFFD"));
  else if (type == MD_TEXT_BR)
    /* A line separator breaks the line but not the paragraph, which keeps its tags. */
    append (r, "\u2028", strlen ("\u2028"));
  else if (type == MD_TEXT_SOFTBR)
    append (r, " ", 1);
  else if (type == MD_TEXT_ENTITY)
    {
      decoded = g_string_new (NULL);
      _pathway_markdown_append_entity (decoded, text, size);
      append (r, decoded->str, decoded->len);
    }
  else
    append (r, text, size);

  return 0;
}

static void
renderer_init (Renderer        *r,
               GtkTextTagTable *table,
               GPtrArray       *link_tags,
               gsize            size)
{
  r->table = table;
  r->link_tags = link_tags;
  r->links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint depth = 0; depth < PATHWAY_MARKDOWN_MAX_DEPTH; depth++)
    {
      g_autofree char *name = g_strdup_printf (PATHWAY_MARKDOWN_TAG_QUOTE, depth + 1);

      r->quote_tags[depth] = lookup (r, name);
    }
  r->text = g_string_sized_new (size + 1);
  r->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  r->open_spans = g_array_new (FALSE, FALSE, sizeof (OpenSpan));
  r->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  r->paragraph_start = -1;
  r->last_start = -1;
}

static void
renderer_clear (Renderer *r)
{
  g_clear_pointer (&r->links, g_hash_table_unref);
  g_string_free (r->text, TRUE);
  g_array_unref (r->blocks);
  g_array_unref (r->open_spans);
  g_array_unref (r->spans);
  if (r->code != NULL)
    g_string_free (r->code, TRUE);
}

static void
apply_spans (Renderer      *r,
             GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  /* The last paragraph needs no empty line after it. */
  if (r->text->len > 0 && r->text->str[r->text->len - 1] == '\n')
    g_string_truncate (r->text, r->text->len - 1);

  gtk_text_buffer_set_text (buffer, r->text->str, (int) r->text->len);
  for (guint i = 0; i < r->spans->len; i++)
    {
      Span *span = &g_array_index (r->spans, Span, i);

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) span->end);
      gtk_text_buffer_apply_tag (buffer, span->tag, &start, &end);
    }

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 1);
  gtk_text_buffer_apply_tag (buffer, lookup (r, PATHWAY_MARKDOWN_TAG_TOP), &start, &end);
}

void
_pathway_markdown_render (GtkTextBuffer *buffer,
                          const char    *markdown,
                          GPtrArray     *link_tags)
{
  g_autofree char *valid = _pathway_markdown_make_valid (markdown);
  gsize size = strlen (valid);
  Renderer r = { NULL };
  MD_PARSER parser = {
    .flags = MD_DIALECT_COMMONMARK | MD_FLAG_NOHTML | MD_FLAG_TABLES,
    .enter_block = enter_block,
    .leave_block = leave_block,
    .enter_span = enter_span,
    .leave_span = leave_span,
    .text = on_text,
  };

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (link_tags != NULL);

  renderer_init (&r, gtk_text_buffer_get_tag_table (buffer), link_tags, size);
  if (md_parse (valid, (MD_SIZE) size, &parser, &r) == 0)
    {
      end_paragraph (&r);
      apply_spans (&r, buffer);
    }
  else
    {
      /* Only on memory trouble: the plain text is still worth showing. */
      gtk_text_buffer_set_text (buffer, valid, (int) size);
    }
  renderer_clear (&r);
}
