/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATHWAY_TYPE_HEATMAP (pathway_heatmap_get_type ())
G_DECLARE_FINAL_TYPE (PathwayHeatmap, pathway_heatmap, PATHWAY, HEATMAP, GtkWidget)

/* A calendar of the last weeks ending today: one column per week, one rounded square per day,
 * darker the longer the student studied that day. */

GtkWidget *pathway_heatmap_new                  (void);
/* minutes_by_julian_day maps GUINT_TO_POINTER (g_date_get_julian (date)) to GINT_TO_POINTER
 * (minutes); it is copied. NULL clears every day. */
void       pathway_heatmap_set_days             (PathwayHeatmap *self,
                                                 GHashTable     *minutes_by_julian_day);
void       pathway_heatmap_set_today            (PathwayHeatmap *self,
                                                 const GDate    *today);
guint      pathway_heatmap_get_weeks            (PathwayHeatmap *self);
void       pathway_heatmap_set_weeks            (PathwayHeatmap *self,
                                                 guint           weeks);
gboolean   pathway_heatmap_get_date_at          (PathwayHeatmap *self,
                                                 double          x,
                                                 double          y,
                                                 GDate          *date);
char      *pathway_heatmap_dup_summary          (PathwayHeatmap *self);
char      *pathway_heatmap_dup_tooltip_for_date (PathwayHeatmap *self,
                                                 const GDate    *date);

G_END_DECLS
