/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-shortlist-card"

#include "config.h"

#include "pathway-shortlist-card.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-shortlist-column.h"
#include "pathway-shortlists.h"

/* The card's "Move To" actions, one per step so that each can be disabled on its own. */
static const char * const move_actions[] = {
  [PATHWAY_SHORTLIST_SHORTLISTED] = "card.move-shortlisted",
  [PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED] = "card.move-interview-scheduled",
  [PATHWAY_SHORTLIST_INTERVIEWED] = "card.move-interviewed",
  [PATHWAY_SHORTLIST_HIRED] = "card.move-hired",
  [PATHWAY_SHORTLIST_REJECTED] = "card.move-rejected",
};

struct _PathwayShortlistCard
{
  GtkListBoxRow      parent_instance;

  GtkLabel          *name_label;
  GtkMenuButton     *menu_button;
  GtkLabel          *score_label;
  GtkBox            *interview_box;
  GtkLabel          *interview_label;
  GtkLabel          *notes_label;

  PathwayBoardEntry *entry;
};

G_DEFINE_FINAL_TYPE (PathwayShortlistCard, pathway_shortlist_card, GTK_TYPE_LIST_BOX_ROW)

enum {
  DRAG_STARTED,
  DRAG_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gint64
pathway_shortlist_card_get_id (PathwayShortlistCard *self)
{
  g_return_val_if_fail (PATHWAY_IS_SHORTLIST_CARD (self), 0);

  return self->entry->id;
}

const PathwayBoardEntry *
pathway_shortlist_card_get_entry (PathwayShortlistCard *self)
{
  g_return_val_if_fail (PATHWAY_IS_SHORTLIST_CARD (self), NULL);

  return self->entry;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PathwayShortlistCard *self = PATHWAY_SHORTLIST_CARD (widget);

  for (guint status = 0; status < G_N_ELEMENTS (move_actions); status++)
    if (g_str_equal (action_name, move_actions[status]))
      gtk_widget_activate_action (widget, "board.move", "(xi)", self->entry->id, (int) status);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PathwayShortlistCard *self = PATHWAY_SHORTLIST_CARD (widget);

  gtk_widget_activate_action (widget, "board.step", "(xi)", self->entry->id,
                              g_str_equal (action_name, "card.move-next") ? 1 : -1);
}

static void
edit_notes_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PathwayShortlistCard *self = PATHWAY_SHORTLIST_CARD (widget);

  gtk_widget_activate_action (widget, "board.edit-notes", "x", self->entry->id);
}

static GMenuModel *
build_menu (PathwayShortlistCard *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) steps = g_menu_new ();
  g_autoptr(GMenu) more = g_menu_new ();
  g_autoptr(GMenuItem) show = NULL;

  for (guint status = 0; status < G_N_ELEMENTS (move_actions); status++)
    {
      g_autofree char *label = NULL;

      if (status == PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED)
        label = g_strdup (self->entry->status == PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED ? _("Reschedule Interview…")
                                                                                       : _("Interview Scheduled…"));
      else if (status == PATHWAY_SHORTLIST_REJECTED)
        label = g_strdup (_("Rejected…"));
      else
        label = g_strdup (pathway_shortlist_status_title (status));
      g_menu_append (steps, label, move_actions[status]);
    }
  g_menu_append_section (menu, _("Move To"), G_MENU_MODEL (steps));

  g_menu_append (more, _("Edit _Notes…"), "card.edit-notes");
  show = g_menu_item_new (_("Show _Candidate"), NULL);
  g_menu_item_set_action_and_target_value (show, "recruiter.show-candidate",
                                           g_variant_new_int64 (self->entry->student_id));
  g_menu_append_item (more, show);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (more));
  return G_MENU_MODEL (menu);
}

static char *
describe_interview (const PathwayBoardEntry *entry)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (entry->interview_time);

  /* Translators: when an interview is, see the strftime manual: “Tue 2 Dec, 10:00” */
  return g_date_time_format (local, _("%a %-d %b, %H:%M"));
}

/* The first line of the notes; the label ellipsizes what does not fit. */
static char *
notes_preview (const char *notes)
{
  const char *end = strchr (notes, '\n');

  return end != NULL ? g_strndup (notes, end - notes) : g_strdup (notes);
}

/* What a screen reader says of the card: the name, then the score and the interview if shown. */
static char *
accessible_name (const PathwayBoardEntry *entry,
                 const char              *interview)
{
  gboolean scored = entry->match_score != PATHWAY_UNSET;

  if (scored && interview != NULL)
    /* Translators: a shortlist card read aloud: “Ana Lima, match 83, interview Tue 2 Dec, 10:00” */
    return g_strdup_printf (_("%s, match %d, interview %s"), entry->name, entry->match_score, interview);
  if (scored)
    /* Translators: a shortlist card read aloud: “Ana Lima, match 83” */
    return g_strdup_printf (_("%s, match %d"), entry->name, entry->match_score);
  if (interview != NULL)
    /* Translators: a shortlist card read aloud: “Ana Lima, interview Tue 2 Dec, 10:00” */
    return g_strdup_printf (_("%s, interview %s"), entry->name, interview);
  return g_strdup (entry->name);
}

static void
fill (PathwayShortlistCard *self)
{
  const PathwayBoardEntry *entry = self->entry;
  g_autoptr(GMenuModel) menu = build_menu (self);
  g_autofree char *when = NULL;
  g_autofree char *accessible = NULL;

  gtk_label_set_label (self->name_label, entry->name);
  /* Long names are cut short on the card. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label), entry->name);
  gtk_menu_button_set_menu_model (self->menu_button, menu);

  gtk_widget_set_visible (GTK_WIDGET (self->score_label), entry->match_score != PATHWAY_UNSET);
  if (entry->match_score != PATHWAY_UNSET)
    {
      /* Translators: a shortlisted candidate's match score, out of 100 */
      g_autofree char *score = g_strdup_printf (_("Match %d"), entry->match_score);

      gtk_label_set_label (self->score_label, score);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->interview_box),
                          entry->interview_time != NULL && entry->status == PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED);
  if (entry->interview_time != NULL)
    {
      when = describe_interview (entry);
      gtk_label_set_label (self->interview_label, when);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->interview_box), entry->meeting_link);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), entry->notes != NULL);
  if (entry->notes != NULL)
    {
      g_autofree char *preview = notes_preview (entry->notes);

      gtk_label_set_label (self->notes_label, preview);
    }

  accessible = accessible_name (entry, entry->status == PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED ? when : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  for (guint status = 0; status < G_N_ELEMENTS (move_actions); status++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), move_actions[status],
                                   pathway_shortlists_can_move (entry->status, status));
}

static void
menu_popup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  gtk_menu_button_popup (PATHWAY_SHORTLIST_CARD (widget)->menu_button);
}

/* A right click opens the card's menu, as the menu button does. */
static void
secondary_pressed (GtkGestureClick      *gesture,
                   int                   n_press,
                   double                x,
                   double                y,
                   PathwayShortlistCard *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_menu_button_popup (self->menu_button);
}

static GdkContentProvider *
drag_prepare (GtkDragSource        *source,
              double                x,
              double                y,
              PathwayShortlistCard *self)
{
  return gdk_content_provider_new_typed (G_TYPE_INT64, self->entry->id);
}

static void
drag_begin (GtkDragSource        *source,
            GdkDrag              *drag,
            PathwayShortlistCard *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
  g_signal_emit (self, signals[DRAG_STARTED], 0);
}

static void
drag_end (GtkDragSource        *source,
          GdkDrag              *drag,
          gboolean              delete_data,
          PathwayShortlistCard *self)
{
  g_signal_emit (self, signals[DRAG_FINISHED], 0);
}

PathwayShortlistCard *
pathway_shortlist_card_new (const PathwayBoardEntry *entry)
{
  PathwayShortlistCard *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (PATHWAY_TYPE_SHORTLIST_CARD, NULL);
  self->entry = pathway_board_entry_copy (entry);
  fill (self);
  return self;
}

static void
pathway_shortlist_card_dispose (GObject *object)
{
  PathwayShortlistCard *self = PATHWAY_SHORTLIST_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_SHORTLIST_CARD);
  g_clear_pointer (&self->entry, pathway_board_entry_free);

  G_OBJECT_CLASS (pathway_shortlist_card_parent_class)->dispose (object);
}

static void
pathway_shortlist_card_class_init (PathwayShortlistCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_shortlist_card_dispose;

  signals[DRAG_STARTED] = g_signal_new ("drag-started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DRAG_FINISHED] = g_signal_new ("drag-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-shortlist-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistCard, score_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistCard, interview_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistCard, interview_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistCard, notes_label);

  for (guint status = 0; status < G_N_ELEMENTS (move_actions); status++)
    gtk_widget_class_install_action (widget_class, move_actions[status], NULL, move_action);
  gtk_widget_class_install_action (widget_class, "card.move-next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "card.move-previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "card.edit-notes", NULL, edit_notes_action);
  gtk_widget_class_install_action (widget_class, "menu.popup", NULL, menu_popup_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_CONTROL_MASK, "card.move-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_CONTROL_MASK, "card.move-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_CONTROL_MASK, "card.move-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_CONTROL_MASK, "card.move-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "menu.popup", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "menu.popup", NULL);
}

static void
pathway_shortlist_card_init (PathwayShortlistCard *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin), self);
  g_signal_connect (source, "drag-end", G_CALLBACK (drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
}
