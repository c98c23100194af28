/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-welcome-page"

#include "config.h"

#include "pathway-util.h"
#include "pathway-welcome-page.h"

/* The first page a new person sees: who will use Pathway here. Its buttons activate
 * win.choose-role, so the window does the choosing and the page only asks. */
struct _PathwayWelcomePage
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (PathwayWelcomePage, pathway_welcome_page, GTK_TYPE_WIDGET)

static void
pathway_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PATHWAY_TYPE_WELCOME_PAGE);
  pathway_util_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (pathway_welcome_page_parent_class)->dispose (object);
}

static void
pathway_welcome_page_class_init (PathwayWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_welcome_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-welcome-page.ui");
}

static void
pathway_welcome_page_init (PathwayWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
