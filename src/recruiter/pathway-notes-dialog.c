/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-notes-dialog"

#include "config.h"

#include "pathway-notes-dialog.h"

#include <glib/gi18n.h>

#include "pathway-shortlists.h"
#include "pathway-util.h"

struct _PathwayNotesDialog
{
  AdwWindow    parent_instance;

  GtkLabel    *heading_label;
  GtkTextView *text_view;
  GtkLabel    *error_label;

  PathwayDb   *db;
  gint64       shortlist_id;
  char        *saved_notes;
};

G_DEFINE_FINAL_TYPE (PathwayNotesDialog, pathway_notes_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
get_text (PathwayNotesDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PathwayNotesDialog *self = PATHWAY_NOTES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = get_text (self);

  if (!pathway_shortlists_set_notes (self->db, self->shortlist_id, text, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* As if typed: for tests and for restoring a draft. */
void
pathway_notes_dialog_set_text (PathwayNotesDialog *self,
                               const char         *text)
{
  g_return_if_fail (PATHWAY_IS_NOTES_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text != NULL ? text : "", -1);
}

PathwayNotesDialog *
pathway_notes_dialog_new (GtkWindow  *parent,
                          PathwayDb  *db,
                          gint64      shortlist_id,
                          const char *candidate_name,
                          const char *notes)
{
  PathwayNotesDialog *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (candidate_name != NULL, NULL);

  self = g_object_new (PATHWAY_TYPE_NOTES_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->shortlist_id = shortlist_id;
  /* Translators: %s is the candidate's name */
  heading = g_strdup_printf (_("Notes on “%s”"), candidate_name);
  gtk_label_set_label (self->heading_label, heading);
  pathway_notes_dialog_set_text (self, notes);
  self->saved_notes = get_text (self);
  return self;
}

static gboolean
pathway_notes_dialog_close_request (GtkWindow *window)
{
  PathwayNotesDialog *self = PATHWAY_NOTES_DIALOG (window);
  g_autofree char *text = get_text (self);

  if (g_strcmp0 (text, self->saved_notes) == 0)
    return GTK_WINDOW_CLASS (pathway_notes_dialog_parent_class)->close_request (window);

  pathway_util_ask_discard (window, _("The notes you typed have not been saved."));
  return TRUE;
}

static void
pathway_notes_dialog_dispose (GObject *object)
{
  PathwayNotesDialog *self = PATHWAY_NOTES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_NOTES_DIALOG);
  g_clear_object (&self->db);
  g_clear_pointer (&self->saved_notes, g_free);

  G_OBJECT_CLASS (pathway_notes_dialog_parent_class)->dispose (object);
}

static void
pathway_notes_dialog_class_init (PathwayNotesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pathway_notes_dialog_dispose;
  window_class->close_request = pathway_notes_dialog_close_request;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-notes-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayNotesDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayNotesDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, PathwayNotesDialog, error_label);

  gtk_widget_class_install_action (widget_class, "notes.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pathway_notes_dialog_init (PathwayNotesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
