/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-wrap-box"

#include "config.h"

#include "pathway-wrap-box.h"

struct _PathwayWrapBox
{
  GtkWidget parent_instance;

  int       column_spacing;
  int       row_spacing;
};

G_DEFINE_FINAL_TYPE (PathwayWrapBox, pathway_wrap_box, GTK_TYPE_WIDGET)

/* Calls place for each visible child at the spot it gets within width (no wrapping when width is
 * negative); returns the height of all the lines. */
typedef void (*PlaceFunc) (GtkWidget *child,
                           int        x,
                           int        y,
                           int        width,
                           int        height);

static int
flow (PathwayWrapBox *self,
      int             width,
      PlaceFunc       place)
{
  int x = 0, y = 0, line_height = 0;
  gboolean line_empty = TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width, child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
      if (width >= 0)
        child_width = MIN (child_width, width);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL, NULL);

      if (!line_empty && width >= 0 && x + self->column_spacing + child_width > width)
        {
          y += line_height + self->row_spacing;
          x = 0;
          line_height = 0;
          line_empty = TRUE;
        }

      if (!line_empty)
        x += self->column_spacing;
      if (place != NULL)
        place (child, x, y, child_width, child_height);
      x += child_width;
      line_height = MAX (line_height, child_height);
      line_empty = FALSE;
    }

  return line_empty && y == 0 ? 0 : y + line_height;
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

static GtkSizeRequestMode
pathway_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pathway_wrap_box_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  PathwayWrapBox *self = PATHWAY_WRAP_BOX (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = flow (self, for_size, NULL);
      return;
    }

  /* As narrow as the widest child, as wide as all of them on one line. */
  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural += (*natural > 0 ? self->column_spacing : 0) + child_natural;
    }
}

static void
pathway_wrap_box_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  flow (PATHWAY_WRAP_BOX (widget), width, allocate_child);
}

GtkWidget *
pathway_wrap_box_new (int column_spacing,
                      int row_spacing)
{
  PathwayWrapBox *self = g_object_new (PATHWAY_TYPE_WRAP_BOX, NULL);

  self->column_spacing = MAX (column_spacing, 0);
  self->row_spacing = MAX (row_spacing, 0);
  return GTK_WIDGET (self);
}

void
pathway_wrap_box_append (PathwayWrapBox *self,
                         GtkWidget      *child)
{
  g_return_if_fail (PATHWAY_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

void
pathway_wrap_box_remove_all (PathwayWrapBox *self)
{
  GtkWidget *child;

  g_return_if_fail (PATHWAY_IS_WRAP_BOX (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

static void
pathway_wrap_box_dispose (GObject *object)
{
  pathway_wrap_box_remove_all (PATHWAY_WRAP_BOX (object));

  G_OBJECT_CLASS (pathway_wrap_box_parent_class)->dispose (object);
}

static void
pathway_wrap_box_class_init (PathwayWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_wrap_box_dispose;
  widget_class->get_request_mode = pathway_wrap_box_get_request_mode;
  widget_class->measure = pathway_wrap_box_measure;
  widget_class->size_allocate = pathway_wrap_box_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pathway_wrap_box_init (PathwayWrapBox *self)
{
}
