/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PATHWAY_TYPE_WRAP_BOX (pathway_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (PathwayWrapBox, pathway_wrap_box, PATHWAY, WRAP_BOX, GtkWidget)

/* Children side by side at their natural width, wrapping to a new line when the next does not
 * fit: tags and pills, which a GtkFlowBox would stretch into columns. GTK 4.8 has no such box. */
GtkWidget *pathway_wrap_box_new        (int             column_spacing,
                                        int             row_spacing);
void       pathway_wrap_box_append     (PathwayWrapBox *self,
                                        GtkWidget      *child);
void       pathway_wrap_box_remove_all (PathwayWrapBox *self);

G_END_DECLS
