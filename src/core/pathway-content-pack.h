/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Bigger or deeper input is refused before it is parsed. A built-in month is about 240 KB and
 * nests 9 levels deep. */
#define PATHWAY_CONTENT_PACK_MAX_SIZE  (16 * 1024 * 1024)
#define PATHWAY_CONTENT_PACK_MAX_DEPTH 32

/* The lessons and quizzes of one or more months, as data/curricula/README.md describes them. A
 * pack is validated whole when it is read: one that exists is valid in every part. Months are
 * indexed from 0 in the order the pack lists them; days by their day number, from 1. Strings and
 * nodes belong to the pack. */
typedef struct _PathwayContentPack PathwayContentPack;

PathwayContentPack *pathway_content_pack_new_from_bytes     (GBytes              *bytes,
                                                             GError             **error);
void                pathway_content_pack_free               (PathwayContentPack  *pack);

const char         *pathway_content_pack_get_title          (PathwayContentPack  *pack);
guint               pathway_content_pack_get_n_months       (PathwayContentPack  *pack);
int                 pathway_content_pack_find_month         (PathwayContentPack  *pack,
                                                             const char          *key);
const char         *pathway_content_pack_get_month_key      (PathwayContentPack  *pack,
                                                             guint                month);
const char         *pathway_content_pack_get_month_title    (PathwayContentPack  *pack,
                                                             guint                month);
guint               pathway_content_pack_get_n_days         (PathwayContentPack  *pack,
                                                             guint                month);
const char         *pathway_content_pack_get_day_title      (PathwayContentPack  *pack,
                                                             guint                month,
                                                             guint                day_number);
const char         *pathway_content_pack_get_lesson         (PathwayContentPack  *pack,
                                                             guint                month,
                                                             guint                day_number);
const char         *pathway_content_pack_get_quiz_title     (PathwayContentPack  *pack,
                                                             guint                month,
                                                             guint                day_number);
int                 pathway_content_pack_get_required_score (PathwayContentPack  *pack,
                                                             guint                month,
                                                             guint                day_number);
JsonNode           *pathway_content_pack_get_questions      (PathwayContentPack  *pack,
                                                             guint                month,
                                                             guint                day_number);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayContentPack, pathway_content_pack_free)

G_END_DECLS
