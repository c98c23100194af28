/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-job-page"

#include "config.h"

#include "pathway-job-page.h"

#include <glib/gi18n.h>

#include "pathway-job-status-label.h"
#include "pathway-jobs.h"
#include "pathway-matches-pane.h"
#include "pathway-shortlist-board.h"
#include "pathway-util.h"
#include "pathway-wrap-box.h"

struct _PathwayJobPage
{
  GtkWidget              parent_instance;

  GtkLabel              *title_label;
  GtkLabel              *meta_label;
  GtkLabel              *status_label;
  GtkButton             *edit_button;
  GtkMenuButton         *status_button;
  GtkStack              *view_stack;
  GtkLabel              *description_label;
  GtkWidget             *requirements_section;
  GtkBox                *requirements_box;
  GtkWidget             *skills_section;
  PathwayWrapBox        *skills_box;
  PathwayMatchesPane    *matches_pane;
  PathwayShortlistBoard *board;

  PathwayDb             *db;
  gint64                 recruiter_id;
  gint64                 job_id;
  PathwayJobDraft       *job;
};

G_DEFINE_FINAL_TYPE (PathwayJobPage, pathway_job_page, GTK_TYPE_WIDGET)

/* ───── the header ───── */

static GMenuModel *
build_status_menu (PathwayJobStatus status)
{
  GMenu *menu = g_menu_new ();

  if (status == PATHWAY_JOB_ACTIVE)
    g_menu_append (menu, _("_Pause"), "job.set-status::paused");
  else
    g_menu_append (menu, _("_Reopen"), "job.set-status::active");
  if (status != PATHWAY_JOB_CLOSED)
    g_menu_append (menu, _("_Close…"), "job.set-status::closed");
  if (status != PATHWAY_JOB_FILLED)
    g_menu_append (menu, _("Mark _Filled…"), "job.set-status::filled");
  return G_MENU_MODEL (menu);
}

static void
show_header (PathwayJobPage *self)
{
  const PathwayJobDraft *job = self->job;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *salary = pathway_jobs_format_salary (job->salary_min, job->salary_max);
  g_autofree char *meta = NULL;
  g_autoptr(GMenuModel) menu = build_status_menu (job->status);

  if (job->company != NULL && *job->company != '\0')
    g_ptr_array_add (parts, g_strdup (job->company));
  g_ptr_array_add (parts, g_strdup (job->location != NULL && *job->location != '\0' ? job->location : _("Remote")));
  if (salary != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&salary));
  g_ptr_array_add (parts, NULL);
  meta = g_strjoinv (" · ", (char **) parts->pdata);

  gtk_label_set_label (self->title_label, job->title);
  gtk_label_set_label (self->meta_label, meta);
  pathway_job_status_label_set (self->status_label, job->status);

  /* The target first: a name without it would not match the action's parameter type. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "x", self->job_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "recruiter.edit-job");
  gtk_menu_button_set_menu_model (self->status_button, menu);
}

/* ───── the details ───── */

static GtkWidget *
bullet (const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  /* The dot is decoration: screen readers read the list as lines of text. */
  GtkWidget *dot = g_object_new (GTK_TYPE_LABEL, "label", "•", "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (dot, GTK_ALIGN_START);
  gtk_widget_add_css_class (dot, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
show_details (PathwayJobPage *self)
{
  const PathwayJobDraft *job = self->job;
  g_autofree char *description = g_strstrip (g_strdup (job->description != NULL ? job->description : ""));
  gboolean has_description = *description != '\0';
  guint n_requirements = job->requirements != NULL ? g_strv_length (job->requirements) : 0;
  guint n_skills = job->skills != NULL ? g_strv_length (job->skills) : 0;

  gtk_label_set_label (self->description_label, has_description ? description : _("No description yet."));
  if (has_description)
    gtk_widget_remove_css_class (GTK_WIDGET (self->description_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->description_label), "dim-label");

  pathway_util_remove_children (GTK_WIDGET (self->requirements_box));
  for (guint i = 0; i < n_requirements; i++)
    gtk_box_append (self->requirements_box, bullet (job->requirements[i]));
  gtk_widget_set_visible (self->requirements_section, n_requirements > 0);

  pathway_wrap_box_remove_all (self->skills_box);
  for (guint i = 0; i < n_skills; i++)
    {
      GtkWidget *pill = gtk_label_new (job->skills[i]);

      gtk_widget_add_css_class (pill, "skill-pill");
      pathway_wrap_box_append (self->skills_box, pill);
    }
  gtk_widget_set_visible (self->skills_section, n_skills > 0);
}

/* Shows job_id of db; on an error says why and keeps the job shown before, whole. */
static gboolean
load_job (PathwayJobPage *self,
          PathwayDb      *db,
          gint64          job_id)
{
  g_autoptr(GError) error = NULL;
  PathwayJobDraft *job = pathway_jobs_load (db, job_id, &error);

  if (job == NULL)
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return FALSE;
    }

  g_set_object (&self->db, db);
  self->job_id = job_id;
  g_clear_pointer (&self->job, pathway_job_draft_free);
  self->job = job;
  show_header (self);
  show_details (self);
  return TRUE;
}

/* FALSE, with a toast saying why, when the job cannot be read (it was deleted, say). */
gboolean
pathway_job_page_set_job (PathwayJobPage *self,
                          PathwayDb      *db,
                          gint64          recruiter_id,
                          gint64          job_id)
{
  gboolean same_job;

  g_return_val_if_fail (PATHWAY_IS_JOB_PAGE (self), FALSE);
  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);

  same_job = self->db == db && self->job_id == job_id;
  if (!load_job (self, db, job_id))
    return FALSE;

  self->recruiter_id = recruiter_id;

  if (!same_job)
    {
      gtk_stack_set_visible_child_name (self->view_stack, "details");
      pathway_matches_pane_set_job (self->matches_pane, db, job_id);
    }
  else
    pathway_matches_pane_reload (self->matches_pane);
  pathway_shortlist_board_set_job (self->board, db, recruiter_id, job_id);
  return TRUE;
}

/* Reads the job, its matches' statuses and its board again, as after an edit elsewhere. */
void
pathway_job_page_reload (PathwayJobPage *self)
{
  g_return_if_fail (PATHWAY_IS_JOB_PAGE (self));

  if (self->db == NULL || !load_job (self, self->db, self->job_id))
    return;

  pathway_matches_pane_reload (self->matches_pane);
  pathway_shortlist_board_reload (self->board);
}

/* "details", "matches" or "shortlist". */
void
pathway_job_page_set_visible_view (PathwayJobPage *self,
                                   const char     *view)
{
  g_return_if_fail (PATHWAY_IS_JOB_PAGE (self));

  gtk_stack_set_visible_child_name (self->view_stack, view);
}

const char *
pathway_job_page_get_visible_view (PathwayJobPage *self)
{
  g_return_val_if_fail (PATHWAY_IS_JOB_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->view_stack);
}

/* ───── status ───── */

static void
apply_status (PathwayJobPage   *self,
              PathwayJobStatus  status)
{
  g_autoptr(GError) error = NULL;

  if (!pathway_jobs_set_status (self->db, self->job_id, status, &error))
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return;
    }

  load_job (self, self->db, self->job_id);
  gtk_widget_activate_action (GTK_WIDGET (self), "recruiter.jobs-changed", NULL);
}

static void
status_response (AdwMessageDialog *dialog,
                 const char       *response,
                 PathwayJobPage   *self)
{
  int status = pathway_enum_from_nick (pathway_job_status_nicks, response);

  if (status == PATHWAY_JOB_CLOSED || status == PATHWAY_JOB_FILLED)
    apply_status (self, status);
}

/* Closing or filling a job takes it off the market: asked first. */
static void
confirm_status (PathwayJobPage   *self,
                PathwayJobStatus  status)
{
  gboolean closing = status == PATHWAY_JOB_CLOSED;
  /* Translators: %s is a job's title */
  g_autofree char *heading = g_strdup_printf (closing ? _("Close “%s”?") : _("Mark “%s” as Filled?"),
                                              self->job->title);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                              closing ? _("The job stops taking candidates. Its matches and "
                                                          "shortlist stay, and you can reopen it later.")
                                                      : _("The job stops taking candidates because someone was "
                                                          "hired. Its matches and shortlist stay."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    pathway_job_status_nicks[status], closing ? _("C_lose Job") : _("Mark _Filled"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), pathway_job_status_nicks[status],
                                              closing ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (status_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PathwayJobPage *self = PATHWAY_JOB_PAGE (widget);
  int status = pathway_enum_from_nick (pathway_job_status_nicks, g_variant_get_string (parameter, NULL));

  if (status < 0 || self->job == NULL || status == self->job->status)
    return;

  if (status == PATHWAY_JOB_CLOSED || status == PATHWAY_JOB_FILLED)
    confirm_status (self, status);
  else
    apply_status (self, status);
}

/* ───── the panes ───── */

static void
find_matches_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PathwayJobPage *self = PATHWAY_JOB_PAGE (widget);

  gtk_stack_set_visible_child_name (self->view_stack, "matches");
  pathway_matches_pane_run (self->matches_pane);
}

static void
show_matches_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_stack_set_visible_child_name (PATHWAY_JOB_PAGE (widget)->view_stack, "matches");
}

static void
matches_changed (PathwayMatchesPane *pane,
                 PathwayJobPage     *self)
{
  pathway_shortlist_board_reload (self->board);
}

static void
board_changed (PathwayShortlistBoard *board,
               PathwayJobPage        *self)
{
  pathway_matches_pane_reload (self->matches_pane);
}

/* Leaving the page stops a ranking nobody waits for any more. */
static void
pathway_job_page_unmap (GtkWidget *widget)
{
  pathway_matches_pane_cancel (PATHWAY_JOB_PAGE (widget)->matches_pane);

  GTK_WIDGET_CLASS (pathway_job_page_parent_class)->unmap (widget);
}

static void
pathway_job_page_dispose (GObject *object)
{
  PathwayJobPage *self = PATHWAY_JOB_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_JOB_PAGE);
  pathway_util_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->db);
  g_clear_pointer (&self->job, pathway_job_draft_free);

  G_OBJECT_CLASS (pathway_job_page_parent_class)->dispose (object);
}

static void
pathway_job_page_class_init (PathwayJobPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_job_page_dispose;
  widget_class->unmap = pathway_job_page_unmap;

  g_type_ensure (PATHWAY_TYPE_MATCHES_PANE);
  g_type_ensure (PATHWAY_TYPE_SHORTLIST_BOARD);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-job-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, status_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, requirements_section);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, requirements_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, skills_section);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, matches_pane);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobPage, board);
  gtk_widget_class_bind_template_callback (widget_class, matches_changed);
  gtk_widget_class_bind_template_callback (widget_class, board_changed);

  gtk_widget_class_install_action (widget_class, "job.set-status", "s", set_status_action);
  gtk_widget_class_install_action (widget_class, "job.find-matches", NULL, find_matches_action);
  gtk_widget_class_install_action (widget_class, "job.show-matches", NULL, show_matches_action);

}

static void
pathway_job_page_init (PathwayJobPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->skills_box = PATHWAY_WRAP_BOX (pathway_wrap_box_new (6, 6));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->skills_box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Skills"), -1);
  gtk_box_append (GTK_BOX (self->skills_section), GTK_WIDGET (self->skills_box));
}
