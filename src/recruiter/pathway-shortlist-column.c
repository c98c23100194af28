/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-shortlist-column"

#include "config.h"

#include "pathway-shortlist-column.h"

#include <glib/gi18n.h>

#include "pathway-util.h"

struct _PathwayShortlistColumn
{
  GtkWidget               parent_instance;

  GtkLabel               *title_label;
  GtkLabel               *count_label;
  GtkListBox             *list_box;

  PathwayShortlistStatus  status;
  PathwayDropState        drop_state;
  guint                   n_cards;
};

G_DEFINE_FINAL_TYPE (PathwayShortlistColumn, pathway_shortlist_column, GTK_TYPE_WIDGET)

enum {
  CARD_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The name of each step as the board's columns and menus show it. */
const char *
pathway_shortlist_status_title (PathwayShortlistStatus status)
{
  switch (status)
    {
    case PATHWAY_SHORTLIST_SHORTLISTED:
      return _("Shortlisted");
    case PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED:
      return _("Interview Scheduled");
    case PATHWAY_SHORTLIST_INTERVIEWED:
      return _("Interviewed");
    case PATHWAY_SHORTLIST_HIRED:
      return _("Hired");
    case PATHWAY_SHORTLIST_REJECTED:
      return _("Rejected");
    default:
      g_return_val_if_reached ("");
    }
}

PathwayShortlistStatus
pathway_shortlist_column_get_status (PathwayShortlistColumn *self)
{
  g_return_val_if_fail (PATHWAY_IS_SHORTLIST_COLUMN (self), PATHWAY_SHORTLIST_SHORTLISTED);

  return self->status;
}

static void
update_count (PathwayShortlistColumn *self)
{
  g_autofree char *count = g_strdup_printf ("%u", self->n_cards);
  /* Translators: the accessible name of a column of the shortlist board, “Interviewed, 3 candidates” */
  g_autofree char *label = g_strdup_printf (ngettext ("%s, %u candidate", "%s, %u candidates", self->n_cards),
                                            pathway_shortlist_status_title (self->status), self->n_cards);

  gtk_label_set_label (self->count_label, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
pathway_shortlist_column_add_card (PathwayShortlistColumn *self,
                                   PathwayShortlistCard   *card)
{
  g_return_if_fail (PATHWAY_IS_SHORTLIST_COLUMN (self));
  g_return_if_fail (PATHWAY_IS_SHORTLIST_CARD (card));

  gtk_list_box_append (self->list_box, GTK_WIDGET (card));
  self->n_cards++;
  update_count (self);
}

void
pathway_shortlist_column_clear (PathwayShortlistColumn *self)
{
  g_return_if_fail (PATHWAY_IS_SHORTLIST_COLUMN (self));

  /* The placeholder is not a child the list box lets us remove: take the rows one by one. */
  for (GtkListBoxRow *row; (row = gtk_list_box_get_row_at_index (self->list_box, 0)) != NULL;)
    gtk_list_box_remove (self->list_box, GTK_WIDGET (row));
  self->n_cards = 0;
  update_count (self);
}

guint
pathway_shortlist_column_get_n_cards (PathwayShortlistColumn *self)
{
  g_return_val_if_fail (PATHWAY_IS_SHORTLIST_COLUMN (self), 0);

  return self->n_cards;
}

PathwayShortlistCard *
pathway_shortlist_column_find_card (PathwayShortlistColumn *self,
                                    gint64                  shortlist_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PATHWAY_IS_SHORTLIST_COLUMN (self), NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    if (pathway_shortlist_card_get_id (PATHWAY_SHORTLIST_CARD (row)) == shortlist_id)
      return PATHWAY_SHORTLIST_CARD (row);

  return NULL;
}

/* While a card is dragged, the columns it may go to light up and the others fade. */
void
pathway_shortlist_column_set_drop_state (PathwayShortlistColumn *self,
                                         PathwayDropState        state)
{
  GtkWidget *widget = GTK_WIDGET (self);

  g_return_if_fail (PATHWAY_IS_SHORTLIST_COLUMN (self));

  self->drop_state = state;
  if (state == PATHWAY_DROP_ALLOWED)
    gtk_widget_add_css_class (widget, "drop-allowed");
  else
    gtk_widget_remove_css_class (widget, "drop-allowed");
  if (state == PATHWAY_DROP_REFUSED)
    gtk_widget_add_css_class (widget, "drop-refused");
  else
    gtk_widget_remove_css_class (widget, "drop-refused");
}

static GdkDragAction
drop_motion (GtkDropTarget          *target,
             double                  x,
             double                  y,
             PathwayShortlistColumn *self)
{
  return self->drop_state == PATHWAY_DROP_ALLOWED ? GDK_ACTION_MOVE : 0;
}

static gboolean
drop (GtkDropTarget          *target,
      const GValue           *value,
      double                  x,
      double                  y,
      PathwayShortlistColumn *self)
{
  gboolean taken = FALSE;

  if (!G_VALUE_HOLDS_INT64 (value))
    return FALSE;

  g_signal_emit (self, signals[CARD_DROPPED], 0, g_value_get_int64 (value), &taken);
  return taken;
}

/* Enter and double-click open a card's notes; a single click only focuses it, so that it can be
 * dragged or moved with the keyboard. */
static void
row_activated (GtkListBox             *list_box,
               GtkListBoxRow          *row,
               PathwayShortlistColumn *self)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "card.edit-notes", NULL);
}

PathwayShortlistColumn *
pathway_shortlist_column_new (PathwayShortlistStatus status)
{
  PathwayShortlistColumn *self = g_object_new (PATHWAY_TYPE_SHORTLIST_COLUMN, NULL);

  self->status = status;
  gtk_label_set_label (self->title_label, pathway_shortlist_status_title (status));
  update_count (self);
  return self;
}

static void
pathway_shortlist_column_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PATHWAY_TYPE_SHORTLIST_COLUMN);
  pathway_util_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (pathway_shortlist_column_parent_class)->dispose (object);
}

static void
pathway_shortlist_column_class_init (PathwayShortlistColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_shortlist_column_dispose;

  signals[CARD_DROPPED] = g_signal_new ("card-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, g_signal_accumulator_true_handled, NULL, NULL,
                                        G_TYPE_BOOLEAN, 1, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-shortlist-column.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistColumn, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);
}

static void
pathway_shortlist_column_init (PathwayShortlistColumn *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (target, "enter", G_CALLBACK (drop_motion), self);
  g_signal_connect (target, "motion", G_CALLBACK (drop_motion), self);
  g_signal_connect (target, "drop", G_CALLBACK (drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
