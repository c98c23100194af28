/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pathway-db.h"

G_BEGIN_DECLS

/* Lists of short texts (requirements, skills, goals, interests) as the recruiter's and student's
 * records keep them: JSON arrays of trimmed, non-empty strings. */

JsonNode *pathway_text_list_to_json   (const char * const *items);
JsonNode *pathway_skill_list_to_json  (const char * const *skills);
GStrv     pathway_text_list_from_json (JsonNode           *node);
char     *pathway_text_list_join      (JsonNode           *node,
                                       const char         *separator);
char     *pathway_text_dup_stripped   (const char         *text);

/* A list column's strings as one SQL value, joined by U+001F, so that SQLite's JSON parser reads
 * each list once and no JSON text crosses into C; pathway_text_list_from_column() splits it. */
#define PATHWAY_TEXT_LIST_SEPARATOR "\x1f"
#define PATHWAY_TEXT_LIST_SQL(list) \
  "(SELECT group_concat (value, char (31)) FROM json_each (" list ") WHERE type = 'text')"

GStrv     pathway_text_list_from_column (PathwayStmt     *stmt,
                                         int              column);

G_END_DECLS
