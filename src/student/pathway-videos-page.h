/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_VIDEOS_PAGE (pathway_videos_page_get_type ())
G_DECLARE_FINAL_TYPE (PathwayVideosPage, pathway_videos_page, PATHWAY, VIDEOS_PAGE, GtkWidget)

void pathway_videos_page_set_student  (PathwayVideosPage *self,
                                       PathwayDb         *db,
                                       gint64             user_id);
void pathway_videos_page_show_schedule (PathwayVideosPage *self,
                                        gint64             schedule_id);
const char *pathway_videos_page_get_visible_page (PathwayVideosPage *self);

G_END_DECLS
