/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-student-view"

#include "config.h"

#include "pathway-student-view.h"

struct _PathwayStudentView
{
  GtkWidget     parent_instance;

  AdwViewStack *stack;
};

G_DEFINE_FINAL_TYPE (PathwayStudentView, pathway_student_view, GTK_TYPE_WIDGET)

AdwViewStack *
pathway_student_view_get_stack (PathwayStudentView *self)
{
  g_return_val_if_fail (PATHWAY_IS_STUDENT_VIEW (self), NULL);

  return self->stack;
}

static void
pathway_student_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PATHWAY_TYPE_STUDENT_VIEW);

  G_OBJECT_CLASS (pathway_student_view_parent_class)->dispose (object);
}

static void
pathway_student_view_class_init (PathwayStudentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_student_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-student-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayStudentView, stack);
}

static void
pathway_student_view_init (PathwayStudentView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
