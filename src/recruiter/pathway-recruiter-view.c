/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-recruiter-view"

#include "config.h"

#include "pathway-candidate-window.h"
#include "pathway-candidates-page.h"
#include "pathway-job-editor.h"
#include "pathway-job-page.h"
#include "pathway-jobs-page.h"
#include "pathway-recruiter-view.h"
#include "pathway-shortlists-page.h"

/* The recruiter's side: Jobs (the list, or one job with its matches and shortlist) and Candidates.
 * The pages never open one another: they activate the recruiter.* actions installed here, so
 * each page knows only the data it shows. */
struct _PathwayRecruiterView
{
  GtkWidget              parent_instance;

  AdwViewStack          *stack;
  GtkStack              *jobs_stack;
  PathwayJobsPage       *jobs_page;
  PathwayJobPage        *job_page;
  PathwayCandidatesPage *candidates_page;
  PathwayShortlistsPage *shortlists_page;

  PathwayDb             *db;
  gint64                 recruiter_id;
};

G_DEFINE_FINAL_TYPE (PathwayRecruiterView, pathway_recruiter_view, GTK_TYPE_WIDGET)

AdwViewStack *
pathway_recruiter_view_get_stack (PathwayRecruiterView *self)
{
  g_return_val_if_fail (PATHWAY_IS_RECRUITER_VIEW (self), NULL);

  return self->stack;
}

void
pathway_recruiter_view_set_recruiter (PathwayRecruiterView *self,
                                      PathwayDb            *db,
                                      gint64                recruiter_id)
{
  g_return_if_fail (PATHWAY_IS_RECRUITER_VIEW (self));
  g_return_if_fail (PATHWAY_IS_DB (db));

  g_set_object (&self->db, db);
  self->recruiter_id = recruiter_id;
  gtk_stack_set_visible_child_name (self->jobs_stack, "list");
  pathway_jobs_page_set_recruiter (self->jobs_page, db, recruiter_id);
  pathway_candidates_page_set_recruiter (self->candidates_page, db, recruiter_id);
  pathway_shortlists_page_set_recruiter (self->shortlists_page, db, recruiter_id);
}

static GtkWindow *
parent_window (PathwayRecruiterView *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
job_saved (PathwayJobEditor     *editor,
           gint64                job_id,
           PathwayRecruiterView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "recruiter.jobs-changed", NULL);
}

static void
open_job_editor (PathwayRecruiterView *self,
                 gint64                job_id)
{
  PathwayJobEditor *editor;

  g_return_if_fail (self->db != NULL);

  editor = pathway_job_editor_new (parent_window (self), self->db, self->recruiter_id, job_id);
  g_signal_connect_object (editor, "saved", G_CALLBACK (job_saved), self, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_job_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  open_job_editor (PATHWAY_RECRUITER_VIEW (widget), 0);
}

static void
edit_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_job_editor (PATHWAY_RECRUITER_VIEW (widget), g_variant_get_int64 (parameter));
}

/* FALSE, and the view stays as it was, when the job cannot be read. */
static gboolean
show_job (PathwayRecruiterView *self,
          gint64                job_id)
{
  g_return_val_if_fail (self->db != NULL, FALSE);

  if (!pathway_job_page_set_job (self->job_page, self->db, self->recruiter_id, job_id))
    return FALSE;

  adw_view_stack_set_visible_child_name (self->stack, "jobs");
  gtk_stack_set_visible_child_name (self->jobs_stack, "job");
  return TRUE;
}

static void
show_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  show_job (PATHWAY_RECRUITER_VIEW (widget), g_variant_get_int64 (parameter));
}

static void
show_shortlist_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PathwayRecruiterView *self = PATHWAY_RECRUITER_VIEW (widget);

  if (show_job (self, g_variant_get_int64 (parameter)))
    pathway_job_page_set_visible_view (self->job_page, "shortlist");
}

static void
show_jobs_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PathwayRecruiterView *self = PATHWAY_RECRUITER_VIEW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "jobs");
  gtk_stack_set_visible_child_name (self->jobs_stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->jobs_page));
}

static void
reload_job_page_if_shown (PathwayRecruiterView *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->jobs_stack), "job") == 0)
    pathway_job_page_reload (self->job_page);
}

static void
jobs_changed_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PathwayRecruiterView *self = PATHWAY_RECRUITER_VIEW (widget);

  pathway_jobs_page_reload (self->jobs_page);
  reload_job_page_if_shown (self);
}

static void
candidate_saved (PathwayCandidateWindow *window,
                 gint64                  candidate_id,
                 PathwayRecruiterView   *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "recruiter.candidates-changed", NULL);
}

static void
show_candidate_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PathwayRecruiterView *self = PATHWAY_RECRUITER_VIEW (widget);
  PathwayCandidateWindow *window;

  g_return_if_fail (self->db != NULL);

  window = pathway_candidate_window_new (parent_window (self), self->db, self->recruiter_id,
                                         g_variant_get_int64 (parameter));
  g_signal_connect_object (window, "saved", G_CALLBACK (candidate_saved), self, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (window));
}

/* Names and headlines show on the job page's matches and cards too. */
static void
candidates_changed_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PathwayRecruiterView *self = PATHWAY_RECRUITER_VIEW (widget);

  pathway_candidates_page_reload (self->candidates_page);
  reload_job_page_if_shown (self);
}

/* The overview is read again each time it is shown: shortlists change on the job pages. */
static void
visible_page_changed (PathwayRecruiterView *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "shortlists") == 0)
    pathway_shortlists_page_reload (self->shortlists_page);
}

static void
pathway_recruiter_view_dispose (GObject *object)
{
  PathwayRecruiterView *self = PATHWAY_RECRUITER_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PATHWAY_TYPE_RECRUITER_VIEW);
  g_clear_object (&self->db);

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
  gtk_widget_class_bind_template_child (widget_class, PathwayRecruiterView, jobs_stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayRecruiterView, jobs_page);
  gtk_widget_class_bind_template_child (widget_class, PathwayRecruiterView, job_page);
  gtk_widget_class_bind_template_child (widget_class, PathwayRecruiterView, candidates_page);
  gtk_widget_class_bind_template_child (widget_class, PathwayRecruiterView, shortlists_page);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed);

  gtk_widget_class_install_action (widget_class, "recruiter.new-job", NULL, new_job_action);
  gtk_widget_class_install_action (widget_class, "recruiter.edit-job", "x", edit_job_action);
  gtk_widget_class_install_action (widget_class, "recruiter.show-job", "x", show_job_action);
  gtk_widget_class_install_action (widget_class, "recruiter.show-jobs", NULL, show_jobs_action);
  gtk_widget_class_install_action (widget_class, "recruiter.show-shortlist", "x", show_shortlist_action);
  gtk_widget_class_install_action (widget_class, "recruiter.jobs-changed", NULL, jobs_changed_action);
  gtk_widget_class_install_action (widget_class, "recruiter.show-candidate", "x", show_candidate_action);
  gtk_widget_class_install_action (widget_class, "recruiter.candidates-changed", NULL, candidates_changed_action);
}

static void
pathway_recruiter_view_init (PathwayRecruiterView *self)
{
  g_type_ensure (PATHWAY_TYPE_JOBS_PAGE);
  g_type_ensure (PATHWAY_TYPE_JOB_PAGE);
  g_type_ensure (PATHWAY_TYPE_CANDIDATES_PAGE);
  g_type_ensure (PATHWAY_TYPE_SHORTLISTS_PAGE);
  gtk_widget_init_template (GTK_WIDGET (self));
}
