/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lesson Markdown in one-line places (quiz questions and options): only code, strong and emphasis
 * become Pango markup; everything else is escaped text. */
char     *pathway_markdown_inline_to_markup (const char *markdown);

/* Whether a link may be opened: http and https only, never javascript:, file:, data: or relative. */
gboolean  pathway_markdown_is_openable_uri  (const char *uri);

/* Internal, shared with the lesson renderer. */
void      _pathway_markdown_append_entity   (GString    *out,
                                             const char *entity,
                                             gsize       size);
char     *_pathway_markdown_make_valid      (const char *markdown);

G_END_DECLS
