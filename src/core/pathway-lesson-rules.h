/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What data/curricula/README.md asks of a day's lesson, wherever it comes from (a content pack, a
 * generated lesson): 300 to 700 words, and the level-2 sections “## Objectives”, “## Explanation”,
 * “## Worked Example” and “## Exercise”, in that order and no others. Lines in fenced code blocks
 * are code, not headings. */
#define PATHWAY_LESSON_MIN_WORDS 300
#define PATHWAY_LESSON_MAX_WORDS 700

guint    pathway_lesson_count_words (const char  *markdown);
gboolean pathway_lesson_check       (const char  *markdown,
                                     const char  *location,
                                     GError     **error);

G_END_DECLS
