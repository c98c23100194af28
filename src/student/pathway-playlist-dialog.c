/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-playlist-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "pathway-playlist-dialog.h"
#include "pathway-youtube-link.h"

static const double speeds[] = { 1.0, 1.25, 1.5, 1.75, 2.0 };

struct _PathwayPlaylistDialog
{
  AdwWindow       parent_instance;

  GtkStack       *source_stack;
  AdwEntryRow    *link_row;
  AdwActionRow   *file_row;
  GtkLabel       *error_label;
  GtkSpinButton  *minutes_spin;
  GtkBox         *weekdays_box;
  GtkCalendar    *calendar;
  GtkMenuButton  *date_button;
  AdwEntryRow    *time_row;
  AdwComboRow    *speed_row;

  gboolean        from_file;
  char           *playlist_id;
  GFile          *file;
  char           *start_time;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PathwayPlaylistDialog, pathway_playlist_dialog, ADW_TYPE_WINDOW)

enum {
  ACCEPTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
pathway_playlist_dialog_get_playlist (PathwayPlaylistDialog *self)
{
  g_return_val_if_fail (PATHWAY_IS_PLAYLIST_DIALOG (self), NULL);

  return self->playlist_id;
}

GFile *
pathway_playlist_dialog_get_file (PathwayPlaylistDialog *self)
{
  g_return_val_if_fail (PATHWAY_IS_PLAYLIST_DIALOG (self), NULL);

  return self->file;
}

static guint8
chosen_weekdays (PathwayPlaylistDialog *self)
{
  guint8 mask = 0;
  int day = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->weekdays_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), day++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      mask |= 1 << day;

  return mask;
}

/* The answers, valid once "accepted" was emitted; start_time stays owned by the dialog. */
void
pathway_playlist_dialog_get_settings (PathwayPlaylistDialog   *self,
                                      PathwayScheduleSettings *settings)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_if_fail (PATHWAY_IS_PLAYLIST_DIALOG (self));
  g_return_if_fail (settings != NULL);

  date = gtk_calendar_get_date (self->calendar);
  settings->daily_minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);
  settings->speed = speeds[MIN (adw_combo_row_get_selected (self->speed_row), G_N_ELEMENTS (speeds) - 1)];
  settings->weekdays = chosen_weekdays (self);
  g_date_clear (&settings->start, 1);
  g_date_set_dmy (&settings->start, g_date_time_get_day_of_month (date), g_date_time_get_month (date),
                  g_date_time_get_year (date));
  settings->start_time = self->start_time;
}

static void
show_error (PathwayPlaylistDialog *self,
            const char            *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_date_label (PathwayPlaylistDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  /* Translators: a date in the “start on” button, see the strftime manual */
  g_autofree char *label = g_date_time_format (date, _("%A %-d %B"));

  gtk_menu_button_set_label (self->date_button, label);
}

static gboolean
parse_time (const char *text)
{
  int hours, minutes;

  return strlen (text) == 5 && sscanf (text, "%2d:%2d", &hours, &minutes) == 2 &&
         hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60 && text[2] == ':';
}

static gboolean
validate (PathwayPlaylistDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *time = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->time_row))));

  if (self->from_file && self->file == NULL)
    {
      show_error (self, _("Choose the file yt-dlp wrote."));
      return FALSE;
    }

  if (!self->from_file)
    {
      g_clear_pointer (&self->playlist_id, g_free);
      self->playlist_id = pathway_youtube_parse_playlist (gtk_editable_get_text (GTK_EDITABLE (self->link_row)), &error);
      if (self->playlist_id == NULL)
        {
          show_error (self, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->link_row));
          return FALSE;
        }
    }

  if (chosen_weekdays (self) == 0)
    {
      show_error (self, _("Choose at least one day of the week to study."));
      return FALSE;
    }

  if (*time != '\0' && !parse_time (time))
    {
      show_error (self, _("Write the session time as HH:MM, for example 18:30, or leave it empty."));
      gtk_widget_grab_focus (GTK_WIDGET (self->time_row));
      return FALSE;
    }

  g_clear_pointer (&self->start_time, g_free);
  if (*time != '\0')
    self->start_time = g_steal_pointer (&time);

  show_error (self, NULL);
  return TRUE;
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PathwayPlaylistDialog *self = PATHWAY_PLAYLIST_DIALOG (widget);

  if (validate (self))
    g_signal_emit (self, signals[ACCEPTED], 0);
}

static void
chooser_response (GtkNativeDialog       *dialog,
                  int                    response,
                  PathwayPlaylistDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *name = NULL;

      g_clear_object (&self->file);
      self->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      name = g_file_get_basename (self->file);
      adw_action_row_set_subtitle (self->file_row, name);
      show_error (self, NULL);
    }

  g_clear_object (&self->chooser);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PathwayPlaylistDialog *self = PATHWAY_PLAYLIST_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("yt-dlp Playlists (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");

  self->chooser = gtk_file_chooser_native_new (_("Choose a yt-dlp File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
day_selected (GtkCalendar           *calendar,
              PathwayPlaylistDialog *self)
{
  update_date_label (self);
  gtk_menu_button_popdown (self->date_button);
}

static void
add_weekday_buttons (PathwayPlaylistDialog *self)
{
  g_autoptr(GDateTime) monday = g_date_time_new_local (2024, 1, 1, 12, 0, 0); /* a Monday */

  for (int day = 0; day < 7; day++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (monday, day);
      g_autofree char *abbreviation = g_date_time_format (date, "%a");
      g_autofree char *full = g_date_time_format (date, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (abbreviation);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
      gtk_widget_set_tooltip_text (button, full);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, full, -1);
      gtk_widget_set_hexpand (button, TRUE);
      gtk_box_append (self->weekdays_box, button);
    }
}

PathwayPlaylistDialog *
pathway_playlist_dialog_new (gboolean from_file)
{
  PathwayPlaylistDialog *self = g_object_new (PATHWAY_TYPE_PLAYLIST_DIALOG, NULL);

  self->from_file = from_file;
  gtk_stack_set_visible_child_name (self->source_stack, from_file ? "file" : "link");
  gtk_window_set_title (GTK_WINDOW (self), from_file ? _("Import a yt-dlp Playlist") : _("Add a YouTube Playlist"));
  return self;
}

static void
pathway_playlist_dialog_dispose (GObject *object)
{
  PathwayPlaylistDialog *self = PATHWAY_PLAYLIST_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_PLAYLIST_DIALOG);
  g_clear_object (&self->file);
  g_clear_pointer (&self->playlist_id, g_free);
  g_clear_pointer (&self->start_time, g_free);

  G_OBJECT_CLASS (pathway_playlist_dialog_parent_class)->dispose (object);
}

static void
pathway_playlist_dialog_class_init (PathwayPlaylistDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_playlist_dialog_dispose;

  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-playlist-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayPlaylistDialog, source_stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlaylistDialog, link_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlaylistDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlaylistDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlaylistDialog, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlaylistDialog, weekdays_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlaylistDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlaylistDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlaylistDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlaylistDialog, speed_row);
  gtk_widget_class_bind_template_callback (widget_class, day_selected);

  gtk_widget_class_install_action (widget_class, "playlist.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "playlist.choose-file", NULL, choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pathway_playlist_dialog_init (PathwayPlaylistDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_weekday_buttons (self);
  update_date_label (self);
}
