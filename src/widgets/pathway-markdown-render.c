/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-markdown"

#include "config.h"

#include "pathway-markdown-render.h"

#include <md4c.h>
#include <string.h>

#include "pathway-markdown-inline.h"
#include "pathway-markdown-writer.h"

typedef struct {
  MD_BLOCKTYPE type;
  guint        number;     /* ordered lists: the next item's number */
  char         delimiter;  /* ordered lists: '.' or ')' */
  gboolean     tight;
} Block;

/* md4c's events, turned into the writer's paragraphs and spans. */
typedef struct {
  PathwayMarkdownWriter w;
  GArray               *blocks;  /* Block: the open blocks, innermost last */
  GString              *code;    /* the code block being read, if any */
  guint                 n_cells;
  guint                 n_code_blocks;
} Renderer;

#define TAG(r, name) _pathway_markdown_writer_tag (&(r)->w, (name))

static void
enter_list_item (Renderer *r)
{
  static const char * const bullets[] = { "•", "◦" };
  Block *list = &g_array_index (r->blocks, Block, r->blocks->len - 2);
  const char *tag_name = list->tight ? PATHWAY_MARKDOWN_TAG_ITEM : PATHWAY_MARKDOWN_TAG_PARAGRAPH;

  _pathway_markdown_writer_end (&r->w);
  r->w.n_items++;
  if (list->type == MD_BLOCK_OL)
    {
      char number[32];

      g_snprintf (number, sizeof number, "%u%c", list->number++, list->delimiter);
      _pathway_markdown_writer_begin_item (&r->w, tag_name, number);
    }
  else
    _pathway_markdown_writer_begin_item (&r->w, tag_name,
                                         bullets[(r->w.n_items - 1) % G_N_ELEMENTS (bullets)]);
}

/* Each line of a code block is a paragraph of its own, all in the block's tag. */
static void
emit_code_block (Renderer *r)
{
  g_autoptr(GString) code = g_steal_pointer (&r->code);
  const char *tag_name = r->n_code_blocks++ % 2 == 0 ? PATHWAY_MARKDOWN_TAG_CODE_BLOCK
                                                     : PATHWAY_MARKDOWN_TAG_CODE_BLOCK_NEXT;
  const char *line = code->str;
  const char *end = code->str + code->len;
  glong first_start = -1, first_end = -1, last_start = -1;

  /* md4c ends the text with the last line's newline. */
  if (end > line && end[-1] == '\n')
    end--;

  for (;;)
    {
      const char *newline = memchr (line, '\n', (gsize) (end - line));
      const char *line_end = newline != NULL ? newline : end;

      _pathway_markdown_writer_begin (&r->w, tag_name, PATHWAY_MARKDOWN_CODE);
      last_start = r->w.paragraph_start;
      first_start = first_start < 0 ? last_start : first_start;
      _pathway_markdown_writer_append (&r->w, line, (gsize) (line_end - line));
      _pathway_markdown_writer_end (&r->w);
      first_end = first_end < 0 ? r->w.n_chars : first_end;

      if (newline == NULL)
        break;
      line = newline + 1;
    }

  _pathway_markdown_writer_push_span (&r->w, first_start, first_end,
                                      TAG (r, PATHWAY_MARKDOWN_TAG_CODE_FIRST));
  _pathway_markdown_writer_push_span (&r->w, last_start, r->w.n_chars,
                                      TAG (r, PATHWAY_MARKDOWN_TAG_CODE_LAST));
}

static const char *
heading_tag (const MD_BLOCK_H_DETAIL *detail)
{
  static const char * const names[] = {
    PATHWAY_MARKDOWN_TAG_H1, PATHWAY_MARKDOWN_TAG_H2, PATHWAY_MARKDOWN_TAG_H3, PATHWAY_MARKDOWN_TAG_H4,
  };

  return names[CLAMP (detail->level, 1, G_N_ELEMENTS (names)) - 1];
}

/* Tables are rare in lessons: a row is a line, its cells apart by a dim bar. */
static void
enter_table_cell (Renderer *r,
                  gboolean  header)
{
  if (r->n_cells++ > 0)
    {
      _pathway_markdown_writer_open_span (&r->w, TAG (r, PATHWAY_MARKDOWN_TAG_DIM));
      _pathway_markdown_writer_append (&r->w, " | ", 3);
      _pathway_markdown_writer_close_span (&r->w);
    }
  _pathway_markdown_writer_open_span (&r->w, header ? TAG (r, PATHWAY_MARKDOWN_TAG_STRONG) : NULL);
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
      _pathway_markdown_writer_end (&r->w);
      r->w.n_quotes++;
      break;
    case MD_BLOCK_LI:
      enter_list_item (r);
      break;
    case MD_BLOCK_H:
      _pathway_markdown_writer_begin (&r->w, heading_tag (detail), PATHWAY_MARKDOWN_CONTINUES_ITEM);
      break;
    case MD_BLOCK_P:
    case MD_BLOCK_HTML:
      _pathway_markdown_writer_begin (&r->w, PATHWAY_MARKDOWN_TAG_PARAGRAPH, PATHWAY_MARKDOWN_CONTINUES_ITEM);
      break;
    case MD_BLOCK_CODE:
      _pathway_markdown_writer_end (&r->w);
      r->code = g_string_new (NULL);
      break;
    case MD_BLOCK_HR:
      _pathway_markdown_writer_begin (&r->w, PATHWAY_MARKDOWN_TAG_RULE, 0);
      break;
    case MD_BLOCK_TR:
      _pathway_markdown_writer_begin (&r->w, PATHWAY_MARKDOWN_TAG_ITEM, 0);
      r->n_cells = 0;
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      enter_table_cell (r, type == MD_BLOCK_TH);
      break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
    case MD_BLOCK_TABLE:
      _pathway_markdown_writer_end (&r->w);
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
      _pathway_markdown_writer_end (&r->w);
      r->w.n_quotes--;
      break;
    case MD_BLOCK_LI:
      _pathway_markdown_writer_end (&r->w);
      r->w.n_items--;
      r->w.item_pending = FALSE;
      break;
    case MD_BLOCK_CODE:
      emit_code_block (r);
      break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      /* Nested lists sit as close as their items. */
      if (r->w.n_items == 0)
        _pathway_markdown_writer_end_block (&r->w);
      break;
    case MD_BLOCK_TABLE:
      _pathway_markdown_writer_end_block (&r->w);
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      _pathway_markdown_writer_close_span (&r->w);
      break;
    case MD_BLOCK_H:
    case MD_BLOCK_P:
    case MD_BLOCK_HTML:
    case MD_BLOCK_HR:
    case MD_BLOCK_TR:
      _pathway_markdown_writer_end (&r->w);
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

/* A link is two spans: its own tag, holding the URI, and the one that gives links their look.
 * Anything but http and https stays plain text. */
static void
enter_link (Renderer               *r,
            const MD_SPAN_A_DETAIL *detail)
{
  g_autofree char *uri = attribute_to_string (&detail->href);
  GtkTextTag *tag = NULL;

  if (pathway_markdown_is_openable_uri (uri))
    tag = _pathway_markdown_writer_link_tag (&r->w, uri);

  _pathway_markdown_writer_open_span (&r->w, tag);
  _pathway_markdown_writer_open_span (&r->w, tag != NULL ? TAG (r, PATHWAY_MARKDOWN_TAG_LINK) : NULL);
}

static int
enter_span (MD_SPANTYPE  type,
            void        *detail,
            void        *user_data)
{
  Renderer *r = user_data;

  if (type == MD_SPAN_A)
    enter_link (r, detail);
  else if (type == MD_SPAN_EM)
    _pathway_markdown_writer_open_span (&r->w, TAG (r, PATHWAY_MARKDOWN_TAG_EMPHASIS));
  else if (type == MD_SPAN_STRONG)
    _pathway_markdown_writer_open_span (&r->w, TAG (r, PATHWAY_MARKDOWN_TAG_STRONG));
  else if (type == MD_SPAN_CODE)
    _pathway_markdown_writer_open_span (&r->w, TAG (r, PATHWAY_MARKDOWN_TAG_CODE));
  else
    /* Images show their description; the picture itself is never fetched. */
    _pathway_markdown_writer_open_span (&r->w, NULL);

  return 0;
}

static int
leave_span (MD_SPANTYPE  type,
            void        *detail,
            void        *user_data)
{
  Renderer *r = user_data;

  _pathway_markdown_writer_close_span (&r->w);
  if (type == MD_SPAN_A)
    _pathway_markdown_writer_close_span (&r->w);
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

  if (r->w.paragraph_start < 0)
    _pathway_markdown_writer_begin (&r->w, PATHWAY_MARKDOWN_TAG_PARAGRAPH, PATHWAY_MARKDOWN_CONTINUES_ITEM);
  r->w.item_pending = FALSE;

  if (type == MD_TEXT_NULLCHAR)
    _pathway_markdown_writer_append (&r->w, "\uFFFD", strlen ("\uFFFD"));
  else if (type == MD_TEXT_BR)
    /* A line separator breaks the line but not the paragraph, which keeps its tags. */
    _pathway_markdown_writer_append (&r->w, "\u2028", strlen ("\u2028"));
  else if (type == MD_TEXT_SOFTBR)
    _pathway_markdown_writer_append (&r->w, " ", 1);
  else if (type == MD_TEXT_ENTITY)
    {
      decoded = g_string_new (NULL);
      _pathway_markdown_append_entity (decoded, text, size);
      _pathway_markdown_writer_append (&r->w, decoded->str, decoded->len);
    }
  else
    _pathway_markdown_writer_append (&r->w, text, size);

  return 0;
}

void
_pathway_markdown_render (GtkTextView *view,
                          const char  *markdown,
                          GPtrArray   *link_tags)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *valid = _pathway_markdown_make_valid (markdown);
  gsize size = strlen (valid);
  Renderer r = { .blocks = g_array_new (FALSE, FALSE, sizeof (Block)) };
  MD_PARSER parser = {
    .flags = MD_DIALECT_COMMONMARK | MD_FLAG_NOHTML | MD_FLAG_TABLES,
    .enter_block = enter_block,
    .leave_block = leave_block,
    .enter_span = enter_span,
    .leave_span = leave_span,
    .text = on_text,
  };

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (link_tags != NULL);

  _pathway_markdown_writer_init (&r.w, view, link_tags, size);
  if (md_parse (valid, (MD_SIZE) size, &parser, &r) == 0)
    _pathway_markdown_writer_finish (&r.w, buffer);
  else
    /* Only on memory trouble: the plain text is still worth showing. */
    gtk_text_buffer_set_text (buffer, valid, (int) size);

  _pathway_markdown_writer_clear (&r.w);
  g_array_unref (r.blocks);
  if (r.code != NULL)
    g_string_free (r.code, TRUE);
}
