/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Internal to PathwayMarkdownView: the lesson's text and GtkTextTags, gathered paragraph by
 * paragraph and put into a GtkTextBuffer at once. Tag names are stable, for the view and tests. */

#define PATHWAY_MARKDOWN_TAG_PARAGRAPH       "paragraph"
#define PATHWAY_MARKDOWN_TAG_ITEM            "item"
#define PATHWAY_MARKDOWN_TAG_H1              "heading-1"
#define PATHWAY_MARKDOWN_TAG_H2              "heading-2"
#define PATHWAY_MARKDOWN_TAG_H3              "heading-3"
#define PATHWAY_MARKDOWN_TAG_H4              "heading-4"
/* Code blocks alternate between the two, so that two blocks in a row stay two boxes. */
#define PATHWAY_MARKDOWN_TAG_CODE_BLOCK      "code-block"
#define PATHWAY_MARKDOWN_TAG_CODE_BLOCK_NEXT "code-block-next"
#define PATHWAY_MARKDOWN_TAG_CODE_FIRST      "code-first"
#define PATHWAY_MARKDOWN_TAG_CODE_LAST       "code-last"
#define PATHWAY_MARKDOWN_TAG_RULE            "rule"
#define PATHWAY_MARKDOWN_TAG_BLOCK_END       "block-end"
#define PATHWAY_MARKDOWN_TAG_STRONG          "strong"
#define PATHWAY_MARKDOWN_TAG_EMPHASIS        "emphasis"
#define PATHWAY_MARKDOWN_TAG_CODE            "code"
#define PATHWAY_MARKDOWN_TAG_LINK            "link"
#define PATHWAY_MARKDOWN_TAG_DIM             "dim"
#define PATHWAY_MARKDOWN_TAG_TOP             "top"
/* One quote tag per nesting level, "quote-1" to "quote-6"; deeper levels look like the last. */
#define PATHWAY_MARKDOWN_TAG_QUOTE           "quote-%u"
#define PATHWAY_MARKDOWN_MAX_DEPTH           6

/* On each link's own tag: the URI it opens, always http or https. */
#define PATHWAY_MARKDOWN_URI_KEY             "pathway-markdown-uri"

/* Geometry in pixels, shared by the tags and the view's drawing. */
#define PATHWAY_MARKDOWN_MARGIN              24  /* the view's own, unless its caller sets others */
#define PATHWAY_MARKDOWN_QUOTE_INDENT        20
#define PATHWAY_MARKDOWN_CODE_PAD_X          12
#define PATHWAY_MARKDOWN_CODE_PAD_Y          10
#define PATHWAY_MARKDOWN_BLOCK_GAP           12

typedef enum {
  PATHWAY_MARKDOWN_CONTINUES_ITEM = 1 << 0,  /* a list item's first block goes on its marker's line */
  PATHWAY_MARKDOWN_MARKER         = 1 << 1,  /* a list item's marker line, with a hanging indent */
  PATHWAY_MARKDOWN_CODE           = 1 << 2,  /* a line of a code block, padded inside its box */
} PathwayMarkdownParagraph;

typedef struct {
  GtkTextTagTable          *table;
  GPtrArray                *link_tags;
  GtkTextTag               *quote_tags[PATHWAY_MARKDOWN_MAX_DEPTH];
  int                       left_margin;      /* the view's: a tag's margin replaces it */
  int                       right_margin;

  GString                  *text;
  glong                     n_chars;
  glong                     line_chars;       /* since the last line break */
  glong                     run_chars;        /* since the last place to wrap */
  GArray                   *open_spans;
  GArray                   *spans;            /* applied once the text is in the buffer */
  guint                     n_inline_spans;   /* in the current paragraph */

  guint                     n_quotes;         /* where the next paragraph sits: the parser's to set */
  guint                     n_items;

  glong                     paragraph_start;  /* -1 between paragraphs */
  GtkTextTag               *paragraph_tag;
  GtkTextTag               *paragraph_margin;
  PathwayMarkdownParagraph  paragraph_kind;
  gboolean                  item_pending;     /* a marker was written and its item has no text yet */
  glong                     last_start;       /* the last finished paragraph, -1 if none */
  glong                     last_end;
  gboolean                  last_was_code;
} PathwayMarkdownWriter;

void        _pathway_markdown_tags_create       (GtkTextTagTable          *table);
void        _pathway_markdown_tags_set_colors   (GtkTextTagTable          *table,
                                                 const GdkRGBA            *foreground,
                                                 const GdkRGBA            *accent);

void        _pathway_markdown_writer_init       (PathwayMarkdownWriter    *w,
                                                 GtkTextView              *view,
                                                 GPtrArray                *link_tags,
                                                 gsize                     size);
void        _pathway_markdown_writer_clear      (PathwayMarkdownWriter    *w);
GtkTextTag *_pathway_markdown_writer_tag        (PathwayMarkdownWriter    *w,
                                                 const char               *name);
GtkTextTag *_pathway_markdown_writer_link_tag   (PathwayMarkdownWriter    *w,
                                                 const char               *uri);
void        _pathway_markdown_writer_append     (PathwayMarkdownWriter    *w,
                                                 const char               *text,
                                                 gsize                     size);
void        _pathway_markdown_writer_begin      (PathwayMarkdownWriter    *w,
                                                 const char               *tag_name,
                                                 PathwayMarkdownParagraph  kind);
void        _pathway_markdown_writer_begin_item (PathwayMarkdownWriter    *w,
                                                 const char               *tag_name,
                                                 const char               *marker);
void        _pathway_markdown_writer_end        (PathwayMarkdownWriter    *w);
void        _pathway_markdown_writer_end_block  (PathwayMarkdownWriter    *w);
void        _pathway_markdown_writer_push_span  (PathwayMarkdownWriter    *w,
                                                 glong                     start,
                                                 glong                     end,
                                                 GtkTextTag               *tag);
void        _pathway_markdown_writer_open_span  (PathwayMarkdownWriter    *w,
                                                 GtkTextTag               *tag);
void        _pathway_markdown_writer_close_span (PathwayMarkdownWriter    *w);
void        _pathway_markdown_writer_finish     (PathwayMarkdownWriter    *w,
                                                 GtkTextBuffer            *buffer);

G_END_DECLS
