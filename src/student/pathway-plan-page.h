/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_PLAN_PAGE (pathway_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (PathwayPlanPage, pathway_plan_page, PATHWAY, PLAN_PAGE, GtkWidget)

void pathway_plan_page_set_student (PathwayPlanPage *self,
                                    PathwayDb       *db,
                                    gint64           user_id);
void pathway_plan_page_reload      (PathwayPlanPage *self);
void pathway_plan_page_show_month  (PathwayPlanPage *self,
                                    int              month_index);

G_END_DECLS
