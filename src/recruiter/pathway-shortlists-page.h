/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_SHORTLISTS_PAGE (pathway_shortlists_page_get_type ())
G_DECLARE_FINAL_TYPE (PathwayShortlistsPage, pathway_shortlists_page, PATHWAY, SHORTLISTS_PAGE, GtkWidget)

void        pathway_shortlists_page_set_recruiter (PathwayShortlistsPage *self,
                                                   PathwayDb             *db,
                                                   gint64                 recruiter_id);
void        pathway_shortlists_page_reload        (PathwayShortlistsPage *self);
GtkListBox *pathway_shortlists_page_get_list      (PathwayShortlistsPage *self);

G_END_DECLS
