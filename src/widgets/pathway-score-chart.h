/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATHWAY_TYPE_SCORE_CHART (pathway_score_chart_get_type ())
G_DECLARE_FINAL_TYPE (PathwayScoreChart, pathway_score_chart, PATHWAY, SCORE_CHART, GtkWidget)

/* Quiz scores (0 to 100) in the order they were taken, as points joined by a line, against the
 * pass mark. Only the latest max-points attempts are drawn. */

GtkWidget *pathway_score_chart_new                     (void);
void       pathway_score_chart_set_scores              (PathwayScoreChart *self,
                                                        const int         *scores,
                                                        guint              n_scores);
int        pathway_score_chart_get_pass_mark           (PathwayScoreChart *self);
void       pathway_score_chart_set_pass_mark           (PathwayScoreChart *self,
                                                        int                pass_mark);
guint      pathway_score_chart_get_max_points          (PathwayScoreChart *self);
void       pathway_score_chart_set_max_points          (PathwayScoreChart *self,
                                                        guint              max_points);
guint      pathway_score_chart_get_attempt_at          (PathwayScoreChart *self,
                                                        double             x,
                                                        double             y);
char      *pathway_score_chart_dup_summary             (PathwayScoreChart *self);
char      *pathway_score_chart_dup_tooltip_for_attempt (PathwayScoreChart *self,
                                                        guint              attempt);

G_END_DECLS
