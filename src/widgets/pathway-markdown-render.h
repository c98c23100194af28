/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Internal to PathwayMarkdownView: lesson Markdown into a GtkTextBuffer, as text plus GtkTextTags.
 * The tag names below are stable, so the view and the tests can find them. */

#define PATHWAY_MARKDOWN_TAG_PARAGRAPH  "paragraph"
#define PATHWAY_MARKDOWN_TAG_ITEM       "item"
#define PATHWAY_MARKDOWN_TAG_H1         "heading-1"
#define PATHWAY_MARKDOWN_TAG_H2         "heading-2"
#define PATHWAY_MARKDOWN_TAG_H3         "heading-3"
#define PATHWAY_MARKDOWN_TAG_H4         "heading-4"
#define PATHWAY_MARKDOWN_TAG_CODE_BLOCK "code-block"
/* Code blocks alternate between the two, so that two blocks in a row stay two boxes. */
#define PATHWAY_MARKDOWN_TAG_CODE_BLOCK_NEXT "code-block-next"
#define PATHWAY_MARKDOWN_TAG_CODE_FIRST "code-first"
#define PATHWAY_MARKDOWN_TAG_CODE_LAST  "code-last"
#define PATHWAY_MARKDOWN_TAG_BLOCK_END  "block-end"
#define PATHWAY_MARKDOWN_TAG_TOP        "top"
#define PATHWAY_MARKDOWN_TAG_RULE       "rule"
#define PATHWAY_MARKDOWN_TAG_STRONG     "strong"
#define PATHWAY_MARKDOWN_TAG_EMPHASIS   "emphasis"
#define PATHWAY_MARKDOWN_TAG_CODE       "code"
#define PATHWAY_MARKDOWN_TAG_LINK       "link"
#define PATHWAY_MARKDOWN_TAG_DIM        "dim"

/* One quote tag per nesting level, "quote-1" to "quote-6"; deeper levels look like the last. */
#define PATHWAY_MARKDOWN_TAG_QUOTE      "quote-%u"
#define PATHWAY_MARKDOWN_MAX_DEPTH      6

/* On each link's own tag: the URI it opens (always http or https). */
#define PATHWAY_MARKDOWN_URI_KEY        "pathway-markdown-uri"

/* Geometry, in pixels, shared by the tags and the view's drawing. */
#define PATHWAY_MARKDOWN_MARGIN         24
#define PATHWAY_MARKDOWN_QUOTE_INDENT   20
#define PATHWAY_MARKDOWN_CODE_PAD_X     12
#define PATHWAY_MARKDOWN_CODE_PAD_Y     10
#define PATHWAY_MARKDOWN_BLOCK_GAP      12
#define PATHWAY_MARKDOWN_ITEM_GAP       6

/* Replaces the buffer's text. Its tag table must hold the named tags; the link tags made for this
 * text are added to the table and to link_tags. */
void _pathway_markdown_render (GtkTextBuffer *buffer,
                               const char    *markdown,
                               GPtrArray     *link_tags);

G_END_DECLS
