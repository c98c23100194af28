/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-interview-dialog"

#include "config.h"

#include "pathway-interview-dialog.h"

#include <glib/gi18n.h>

#include "pathway-shortlists.h"

struct _PathwayInterviewDialog
{
  AdwWindow            parent_instance;

  AdwPreferencesGroup *when_group;
  GtkCalendar         *calendar;
  GtkSpinButton       *hour_spin;
  GtkSpinButton       *minute_spin;
  AdwEntryRow         *link_row;
  GtkLabel            *error_label;

  PathwayDb           *db;
  gint64               shortlist_id;
};

G_DEFINE_FINAL_TYPE (PathwayInterviewDialog, pathway_interview_dialog, ADW_TYPE_WINDOW)

enum {
  SCHEDULED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (PathwayInterviewDialog *self,
            const char             *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The chosen day at the chosen hour and minute, in local time. */
static GDateTime *
chosen_time (PathwayInterviewDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day),
                                gtk_spin_button_get_value_as_int (self->hour_spin),
                                gtk_spin_button_get_value_as_int (self->minute_spin), 0);
}

static void
schedule_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PathwayInterviewDialog *self = PATHWAY_INTERVIEW_DIALOG (widget);
  g_autofree char *link = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->link_row))));
  g_autoptr(GDateTime) when = chosen_time (self);
  g_autoptr(GError) error = NULL;
  PathwayInterview interview = { when, *link != '\0' ? link : NULL };

  /* The store checks the link (http or https only) and says what is wrong in words. */
  if (!pathway_shortlists_move (self->db, self->shortlist_id, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED,
                                &interview, &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->link_row));
      return;
    }

  g_signal_emit (self, signals[SCHEDULED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
link_activated (AdwEntryRow            *row,
                PathwayInterviewDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "interview.schedule", NULL);
}

static void
link_changed (GtkEditable            *editable,
              PathwayInterviewDialog *self)
{
  show_error (self, NULL);
}

/* Hours and minutes read as on a clock: 09:05, not 9:5. */
static gboolean
two_digits (GtkSpinButton *spin,
            gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
set_time (PathwayInterviewDialog *self,
          GDateTime              *local)
{
  gtk_calendar_select_day (self->calendar, local);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (local));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (local));
}

/* Shows an interview already scheduled, for scheduling it again. */
void
pathway_interview_dialog_set_interview (PathwayInterviewDialog *self,
                                        GDateTime              *scheduled_time,
                                        const char             *meeting_link)
{
  g_return_if_fail (PATHWAY_IS_INTERVIEW_DIALOG (self));

  if (scheduled_time != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (scheduled_time);

      set_time (self, local);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->link_row), meeting_link != NULL ? meeting_link : "");
  gtk_window_set_title (GTK_WINDOW (self), _("Reschedule Interview"));
}

PathwayInterviewDialog *
pathway_interview_dialog_new (GtkWindow  *parent,
                              PathwayDb  *db,
                              gint64      shortlist_id,
                              const char *candidate_name)
{
  PathwayInterviewDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (candidate_name != NULL, NULL);

  self = g_object_new (PATHWAY_TYPE_INTERVIEW_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->shortlist_id = shortlist_id;
  /* Group titles are Pango markup. Translators: the heading of the interview dialog; %s is the
   * candidate's name */
  title = g_markup_printf_escaped (_("Interview With “%s”"), candidate_name);
  adw_preferences_group_set_title (self->when_group, title);
  return self;
}

static void
pathway_interview_dialog_dispose (GObject *object)
{
  PathwayInterviewDialog *self = PATHWAY_INTERVIEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_INTERVIEW_DIALOG);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_interview_dialog_parent_class)->dispose (object);
}

static void
pathway_interview_dialog_class_init (PathwayInterviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_interview_dialog_dispose;

  signals[SCHEDULED] = g_signal_new ("scheduled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-interview-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayInterviewDialog, when_group);
  gtk_widget_class_bind_template_child (widget_class, PathwayInterviewDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, PathwayInterviewDialog, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, PathwayInterviewDialog, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, PathwayInterviewDialog, link_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayInterviewDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, link_activated);
  gtk_widget_class_bind_template_callback (widget_class, link_changed);
  gtk_widget_class_bind_template_callback (widget_class, two_digits);

  gtk_widget_class_install_action (widget_class, "interview.schedule", NULL, schedule_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pathway_interview_dialog_init (PathwayInterviewDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) ten = g_date_time_new_local (g_date_time_get_year (tomorrow),
                                                    g_date_time_get_month (tomorrow),
                                                    g_date_time_get_day_of_month (tomorrow), 10, 0, 0);

  gtk_widget_init_template (GTK_WIDGET (self));
  set_time (self, ten);
}
