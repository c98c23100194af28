/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pathway-markdown-inline.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_MARKDOWN_VIEW (pathway_markdown_view_get_type ())
G_DECLARE_FINAL_TYPE (PathwayMarkdownView, pathway_markdown_view, PATHWAY, MARKDOWN_VIEW, GtkTextView)

/* A read-only view of a lesson written in CommonMark. Raw HTML shows as text; links open only
 * when they are http or https. Its accessible label is “Lesson” unless the caller sets another. */
GtkWidget  *pathway_markdown_view_new             (void);
const char *pathway_markdown_view_get_markdown    (PathwayMarkdownView *self);
void        pathway_markdown_view_set_markdown    (PathwayMarkdownView *self,
                                                   const char          *markdown);
const char *pathway_markdown_view_get_uri_at_iter (PathwayMarkdownView *self,
                                                   const GtkTextIter   *iter);

G_END_DECLS
