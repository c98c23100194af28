/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Lists of short texts (requirements, skills, goals, interests) as the recruiter's and student's
 * records keep them: JSON arrays of trimmed, non-empty strings. */

JsonNode *pathway_text_list_to_json   (const char * const *items);
JsonNode *pathway_skill_list_to_json  (const char * const *skills);
GStrv     pathway_text_list_from_json (JsonNode           *node);
char     *pathway_text_list_join      (JsonNode           *node,
                                       const char         *separator);
char     *pathway_text_dup_stripped   (const char         *text);

G_END_DECLS
