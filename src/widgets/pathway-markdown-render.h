/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pathway-markdown-writer.h"

G_BEGIN_DECLS

/* Internal to PathwayMarkdownView: parses lesson Markdown with md4c and replaces the view's text
 * with it, inside the view's margins. The tag table holds the writer's tags; the link tags made
 * for this text are added to it and to link_tags. */
void _pathway_markdown_render (GtkTextView *view,
                               const char  *markdown,
                               GPtrArray   *link_tags);

G_END_DECLS
