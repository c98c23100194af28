/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Skill names as people type them, compared by a canonical key: “JS”, “Javascript” and
 * “ECMAScript” are one skill; “C”, “C++” and “C#” are three. */
char     *pathway_skill_normalize (const char *skill);
gboolean  pathway_skill_equal     (const char *a,
                                   const char *b);

/* Skills compared by key; keeps the first spelling added for each. */
typedef struct _PathwaySkillSet PathwaySkillSet;

PathwaySkillSet *pathway_skill_set_new         (void);
void             pathway_skill_set_free        (PathwaySkillSet    *set);
gboolean         pathway_skill_set_add         (PathwaySkillSet    *set,
                                                const char         *skill);
void             pathway_skill_set_add_all     (PathwaySkillSet    *set,
                                                const char * const *skills);
gboolean         pathway_skill_set_contains    (PathwaySkillSet    *set,
                                                const char         *skill);
const char      *pathway_skill_set_lookup      (PathwaySkillSet    *set,
                                                const char         *skill);
guint            pathway_skill_set_get_size    (PathwaySkillSet    *set);
guint            pathway_skill_set_count_known (PathwaySkillSet    *set,
                                                const char * const *skills);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwaySkillSet, pathway_skill_set_free)

G_END_DECLS
