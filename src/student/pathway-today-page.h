/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_TODAY_PAGE (pathway_today_page_get_type ())
G_DECLARE_FINAL_TYPE (PathwayTodayPage, pathway_today_page, PATHWAY, TODAY_PAGE, GtkWidget)

void pathway_today_page_set_student (PathwayTodayPage *self,
                                     PathwayDb        *db,
                                     gint64            user_id);
void pathway_today_page_reload      (PathwayTodayPage *self);

G_END_DECLS
