/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-recruiter-view"

#include "config.h"

#include "pathway-recruiter-view.h"

struct _PathwayRecruiterView
{
  GtkWidget     parent_instance;

  AdwViewStack *stack;
};

G_DEFINE_FINAL_TYPE (PathwayRecruiterView, pathway_recruiter_view, GTK_TYPE_WIDGET)

AdwViewStack *
pathway_recruiter_view_get_stack (PathwayRecruiterView *self)
{
  g_return_val_if_fail (PATHWAY_IS_RECRUITER_VIEW (self), NULL);

  return self->stack;
}

static void
pathway_recruiter_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PATHWAY_TYPE_RECRUITER_VIEW);

  G_OBJECT_CLASS (pathway_recruiter_view_parent_class)->dispose (object);
}

static void
pathway_recruiter_view_class_init (PathwayRecruiterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_recruiter_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-recruiter-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayRecruiterView, stack);
}

static void
pathway_recruiter_view_init (PathwayRecruiterView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
