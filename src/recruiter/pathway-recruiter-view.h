/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_RECRUITER_VIEW (pathway_recruiter_view_get_type ())
G_DECLARE_FINAL_TYPE (PathwayRecruiterView, pathway_recruiter_view, PATHWAY, RECRUITER_VIEW, GtkWidget)

AdwViewStack *pathway_recruiter_view_get_stack     (PathwayRecruiterView *self);
void          pathway_recruiter_view_set_recruiter (PathwayRecruiterView *self,
                                                    PathwayDb            *db,
                                                    gint64                recruiter_id);

G_END_DECLS
