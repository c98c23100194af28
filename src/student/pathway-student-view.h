/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_STUDENT_VIEW (pathway_student_view_get_type ())
G_DECLARE_FINAL_TYPE (PathwayStudentView, pathway_student_view, PATHWAY, STUDENT_VIEW, GtkWidget)

AdwViewStack *pathway_student_view_get_stack          (PathwayStudentView *self);
void          pathway_student_view_set_student        (PathwayStudentView *self,
                                                       PathwayDb          *db,
                                                       gint64              user_id);
void          pathway_student_view_export_profile_to  (PathwayStudentView *self,
                                                       GFile              *file);

G_END_DECLS
