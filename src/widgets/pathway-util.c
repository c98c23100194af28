/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-util"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pathway-util.h"

/* Empties a GtkBox, GtkListBox or GtkFlowBox; their remove_all () came in GTK 4.12. */
void
pathway_util_remove_children (GtkWidget *container)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (container));

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else if (GTK_IS_BOX (container))
        gtk_box_remove (GTK_BOX (container), child);
      else
        g_return_if_reached ();
    }
}

/* Shows toast (taken) in the nearest toast overlay above widget. */
void
pathway_util_add_toast (GtkWidget *widget,
                        AdwToast  *toast)
{
  g_autoptr(AdwToast) owned = toast;
  GtkWidget *overlay;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_steal_pointer (&owned));
      return;
    }

  root = gtk_widget_get_root (widget);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), g_steal_pointer (&owned));
      return;
    }

  /* No window to show it in, as in a test of one widget: the log has it. */
  if (GTK_IS_LABEL (adw_toast_get_custom_title (toast)))
    g_message ("%s", gtk_label_get_text (GTK_LABEL (adw_toast_get_custom_title (toast))));
  else
    g_message ("%s", adw_toast_get_title (toast));
}

/* A toast for message, which is plain text. Its title is a label of its own: a toast's title is
 * markup and one line, and an error that says what to do can need two. */
AdwToast *
pathway_util_new_toast (const char *message)
{
  GtkWidget *label;
  AdwToast *toast;

  g_return_val_if_fail (message != NULL, NULL);

  label = gtk_label_new (message);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* A toast gives its title no more than the least it asks for: short ones stay on one line. */
  gtk_label_set_width_chars (GTK_LABEL (label), MIN (g_utf8_strlen (message, -1), 40));
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "heading");

  toast = adw_toast_new ("");
  adw_toast_set_custom_title (toast, label);
  return toast;
}

/* Shows message in the nearest toast overlay above widget. */
void
pathway_util_toast (GtkWidget  *widget,
                    const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  pathway_util_add_toast (widget, pathway_util_new_toast (message));
}

static gboolean
destroy_idle (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
discard_response (AdwMessageDialog *dialog,
                  const char       *response,
                  GtkWindow        *window)
{
  /* The question is transient for window: let it go first. Destroying asks no more questions. */
  if (g_strcmp0 (response, "discard") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle, g_object_ref (window), g_object_unref);
}

/* For a close-request with unsaved text: asks, over window, whether to throw it away (body says
 * what would be lost), and destroys window if so. */
void
pathway_util_ask_discard (GtkWindow  *window,
                          const char *body)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (body != NULL);

  dialog = adw_message_dialog_new (window, _("Discard Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Unparents what is left under a widget whose template children are not all bound; call it in
 * dispose after gtk_widget_dispose_template (). */
void
pathway_util_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}
