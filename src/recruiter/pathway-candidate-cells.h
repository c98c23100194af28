/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The columns of the candidates list, and the words both it and the candidate window use. */

#define PATHWAY_CANDIDATE_CELL_SKILLS 5

const char *pathway_candidate_source_label      (int            source);
char       *pathway_candidate_format_date       (GDateTime     *time);
char       *pathway_candidate_skills_text       (JsonNode      *skills,
                                                 guint          max_skills);
void        pathway_candidate_cells_add_columns (GtkColumnView *view);

G_END_DECLS
