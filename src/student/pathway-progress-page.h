/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_PROGRESS_PAGE (pathway_progress_page_get_type ())
G_DECLARE_FINAL_TYPE (PathwayProgressPage, pathway_progress_page, PATHWAY, PROGRESS_PAGE, GtkWidget)

void pathway_progress_page_set_student (PathwayProgressPage *self,
                                        PathwayDb           *db,
                                        gint64               user_id);
void pathway_progress_page_reload      (PathwayProgressPage *self);

G_END_DECLS
