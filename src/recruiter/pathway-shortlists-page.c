/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-shortlists-page"

#include "config.h"

#include "pathway-shortlists-page.h"

#include <glib/gi18n.h>

#include "pathway-job-status-label.h"
#include "pathway-shortlist-overview.h"
#include "pathway-util.h"

/* Every job with a shortlist, and how many people stand at each step; a row opens that job's
 * board. The boards themselves live on the job pages. */
struct _PathwayShortlistsPage
{
  GtkWidget      parent_instance;

  GtkStack      *stack;
  GtkListBox    *list_box;
  AdwStatusPage *error_page;

  PathwayDb     *db;
  gint64         recruiter_id;
};

G_DEFINE_FINAL_TYPE (PathwayShortlistsPage, pathway_shortlists_page, GTK_TYPE_WIDGET)

/* “2 shortlisted · 1 interview scheduled · 1 hired”: only the steps someone stands at. */
static char *
describe_counts (const PathwayShortlistOverview *overview)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  int shortlisted = overview->counts[PATHWAY_SHORTLIST_SHORTLISTED];
  int scheduled = overview->counts[PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED];
  int interviewed = overview->counts[PATHWAY_SHORTLIST_INTERVIEWED];
  int hired = overview->counts[PATHWAY_SHORTLIST_HIRED];
  int rejected = overview->counts[PATHWAY_SHORTLIST_REJECTED];

  if (shortlisted > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d shortlisted", "%d shortlisted", shortlisted), shortlisted));
  if (scheduled > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d interview scheduled", "%d interviews scheduled", scheduled),
                                             scheduled));
  if (interviewed > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d interviewed", "%d interviewed", interviewed), interviewed));
  if (hired > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d hired", "%d hired", hired), hired));
  if (rejected > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d rejected", "%d rejected", rejected), rejected));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
new_row (const PathwayShortlistOverview *overview)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = gtk_label_new (NULL);
  g_autofree char *counts = describe_counts (overview);

  /* Titles are the recruiter's own text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), overview->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  pathway_job_status_label_set (GTK_LABEL (status), overview->job_status);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", overview->job_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "recruiter.show-shortlist");
  return row;
}

void
pathway_shortlists_page_reload (PathwayShortlistsPage *self)
{
  g_autoptr(GPtrArray) overviews = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PATHWAY_IS_SHORTLISTS_PAGE (self));

  if (self->db == NULL)
    return;

  overviews = pathway_shortlist_overview_list (self->db, self->recruiter_id, &error);
  if (overviews == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  pathway_util_remove_children (GTK_WIDGET (self->list_box));
  for (guint i = 0; i < overviews->len; i++)
    gtk_list_box_append (self->list_box, new_row (g_ptr_array_index (overviews, i)));
  gtk_stack_set_visible_child_name (self->stack, overviews->len > 0 ? "list" : "empty");
}

void
pathway_shortlists_page_set_recruiter (PathwayShortlistsPage *self,
                                       PathwayDb             *db,
                                       gint64                 recruiter_id)
{
  g_return_if_fail (PATHWAY_IS_SHORTLISTS_PAGE (self));
  g_return_if_fail (PATHWAY_IS_DB (db));

  g_set_object (&self->db, db);
  self->recruiter_id = recruiter_id;
  pathway_shortlists_page_reload (self);
}

GtkListBox *
pathway_shortlists_page_get_list (PathwayShortlistsPage *self)
{
  g_return_val_if_fail (PATHWAY_IS_SHORTLISTS_PAGE (self), NULL);

  return self->list_box;
}

static void
pathway_shortlists_page_dispose (GObject *object)
{
  PathwayShortlistsPage *self = PATHWAY_SHORTLISTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PATHWAY_TYPE_SHORTLISTS_PAGE);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_shortlists_page_parent_class)->dispose (object);
}

static void
pathway_shortlists_page_class_init (PathwayShortlistsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_shortlists_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-shortlists-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistsPage, error_page);
}

static void
pathway_shortlists_page_init (PathwayShortlistsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
