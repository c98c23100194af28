/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-jobs-page"

#include "config.h"

#include "pathway-jobs-page.h"

#include <glib/gi18n.h>

#include "pathway-job-status-label.h"
#include "pathway-jobs.h"
#include "pathway-json.h"
#include "pathway-paged-model.h"
#include "pathway-row-object.h"

/* Typing in the location field waits this long before the list follows, like the search field. */
#define LOCATION_DELAY_MS 150

typedef enum {
  COLUMN_TITLE,
  COLUMN_LOCATION,
  COLUMN_SALARY,
  COLUMN_STATUS,
  COLUMN_POSTED,
} Column;

struct _PathwayJobsPage
{
  GtkWidget           parent_instance;

  GtkStack           *stack;
  GtkStack           *content_stack;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkEntry           *location_entry;
  GtkToggleButton    *remote_button;
  GtkDropDown        *sort_dropdown;
  GtkLabel           *count_label;
  GtkColumnView      *column_view;
  AdwStatusPage      *error_page;

  PathwayDb          *db;
  gint64              recruiter_id;
  PathwayPagedModel  *model;
  GtkSingleSelection *selection;
  GtkStringList      *sorts;
  PathwayJobSort      sort_before_search;
  guint               location_timeout;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (PathwayJobsPage, pathway_jobs_page, GTK_TYPE_WIDGET)

/* ───── cells: made once per visible row, filled on every bind, so filling only sets text ───── */

static GtkWidget *
cell_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *child;

  switch ((Column) GPOINTER_TO_INT (user_data))
    {
    case COLUMN_TITLE:
      /* Two lines high with or without a company, so that every row has one height. */
      child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_add_css_class (child, "job-title-cell");
      gtk_box_append (GTK_BOX (child), cell_label ("heading"));
      gtk_box_append (GTK_BOX (child), cell_label ("caption"));
      gtk_widget_add_css_class (gtk_widget_get_last_child (child), "dim-label");
      gtk_widget_set_vexpand (gtk_widget_get_first_child (child), TRUE);
      gtk_widget_set_vexpand (gtk_widget_get_last_child (child), TRUE);
      gtk_widget_set_valign (gtk_widget_get_last_child (child), GTK_ALIGN_START);
      break;
    case COLUMN_STATUS:
      child = cell_label ("job-status");
      gtk_widget_set_halign (child, GTK_ALIGN_START);
      gtk_widget_set_valign (child, GTK_ALIGN_CENTER);
      break;
    case COLUMN_SALARY:
    case COLUMN_POSTED:
      child = cell_label ("numeric");
      break;
    case COLUMN_LOCATION:
    default:
      child = cell_label (NULL);
      break;
    }

  gtk_list_item_set_child (item, child);
}

static char *
format_posted (GDateTime *created_at)
{
  g_autoptr(GDateTime) local = NULL;

  if (created_at == NULL)
    return g_strdup ("");

  local = g_date_time_to_local (created_at);
  /* Translators: the day a job was posted in the jobs list, see the strftime manual */
  return g_date_time_format (local, _("%-d %b %Y"));
}

/* The title, and the company under it; a title alone is centred in the cell. */
static void
bind_title (GtkWidget               *cell,
            const PathwayJobSummary *job)
{
  GtkWidget *title = gtk_widget_get_first_child (cell);
  GtkWidget *company = gtk_widget_get_last_child (cell);
  gboolean has_company = job->company != NULL && *job->company != '\0';

  gtk_label_set_label (GTK_LABEL (title), job->title);
  gtk_label_set_label (GTK_LABEL (company), has_company ? job->company : "");
  gtk_widget_set_visible (company, has_company);
  gtk_widget_set_valign (title, has_company ? GTK_ALIGN_END : GTK_ALIGN_CENTER);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  PathwayRowObject *row = gtk_list_item_get_item (item);
  const PathwayJobSummary *job = pathway_row_object_get_record (row);
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *posted = NULL;
  g_autofree char *status_class = NULL;

  switch ((Column) GPOINTER_TO_INT (user_data))
    {
    case COLUMN_TITLE:
      bind_title (child, job);
      break;
    case COLUMN_LOCATION:
      gtk_label_set_label (GTK_LABEL (child), job->location != NULL && *job->location != '\0'
                                              ? job->location : _("Remote"));
      break;
    case COLUMN_SALARY:
      /* Translators: the salary of a job that gives none */
      gtk_label_set_label (GTK_LABEL (child), job->salary_range != NULL ? job->salary_range : _("Not given"));
      gtk_widget_set_opacity (child, job->salary_range != NULL ? 1.0 : 0.55);
      break;
    case COLUMN_STATUS:
      pathway_job_status_label_set (GTK_LABEL (child), job->status);
      break;
    case COLUMN_POSTED:
      posted = format_posted (job->created_at);
      gtk_label_set_label (GTK_LABEL (child), posted);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
add_column (PathwayJobsPage *self,
            const char      *title,
            Column           column,
            int              fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  else
    gtk_column_view_column_set_expand (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

/* ───── the query ───── */

static gboolean
has_search_text (PathwayJobsPage *self)
{
  return !pathway_json_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static PathwayListQuery *
build_query (PathwayJobsPage *self)
{
  g_autofree char *location = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->location_entry))));
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint sort = gtk_drop_down_get_selected (self->sort_dropdown);
  PathwayJobQuery query = {
    .recruiter_id = self->recruiter_id,
    .text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
    .status = status == GTK_INVALID_LIST_POSITION || status == 0 ? -1 : (int) status - 1,
    .location = *location != '\0' ? location : NULL,
    .remote_only = gtk_toggle_button_get_active (self->remote_button),
    .sort = sort <= PATHWAY_JOB_SORT_RELEVANCE ? (PathwayJobSort) sort : PATHWAY_JOB_SORT_NEWEST,
  };

  return pathway_list_query_new_jobs (&query);
}

static gboolean
has_filters (PathwayJobsPage *self)
{
  return has_search_text (self) ||
         gtk_drop_down_get_selected (self->status_dropdown) > 0 ||
         !pathway_json_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->location_entry))) ||
         gtk_toggle_button_get_active (self->remote_button);
}

static void
show_error (PathwayJobsPage *self,
            const GError    *error)
{
  g_autofree char *description = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, description);
  gtk_label_set_label (self->count_label, "");
  gtk_stack_set_visible_child_name (self->stack, "jobs");
  gtk_stack_set_visible_child_name (self->content_stack, "error");
}

/* How many jobs the recruiter has, whatever the filters say; -1 on an error. */
static gint64
count_all_jobs (PathwayJobsPage  *self,
                GError          **error)
{
  PathwayJobQuery all = { .recruiter_id = self->recruiter_id, .status = -1, .sort = PATHWAY_JOB_SORT_NEWEST };

  return pathway_jobs_count (self->db, &all, error);
}

static void
update_count (PathwayJobsPage *self,
              guint            n_jobs)
{
  /* Grouped by the locale's thousands separator: “12,345”. */
  g_autofree char *number = g_strdup_printf ("%'u", n_jobs);
  /* Translators: %s is the number of jobs, already written with the thousands separator. */
  g_autofree char *text = g_strdup_printf (ngettext ("%s job", "%s jobs", n_jobs), number);

  gtk_label_set_label (self->count_label, text);
}

/* Shows the list, or why it is empty. */
static void
update_state (PathwayJobsPage *self)
{
  g_autoptr(GError) error = NULL;
  guint n_jobs = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  gint64 n_all;

  update_count (self, n_jobs);
  if (n_jobs > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "jobs");
      gtk_stack_set_visible_child_name (self->content_stack, "list");
      return;
    }

  n_all = count_all_jobs (self, &error);
  if (n_all < 0)
    {
      show_error (self, error);
      return;
    }
  if (n_all == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "jobs");
  gtk_stack_set_visible_child_name (self->content_stack, has_filters (self) ? "no-match" : "list");
}

static gboolean
ensure_model (PathwayJobsPage  *self,
              GError          **error)
{
  if (self->model != NULL)
    return TRUE;

  self->model = pathway_paged_model_new (self->db, build_query (self), error);
  if (self->model == NULL)
    return FALSE;

  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
  return TRUE;
}

/* Lists what the search and filters ask for, from the top. */
static void
run_query (PathwayJobsPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkAdjustment *adjustment;

  g_clear_handle_id (&self->location_timeout, g_source_remove);
  if (self->db == NULL || self->updating)
    return;

  if (self->model != NULL ? !pathway_paged_model_set_query (self->model, build_query (self), &error)
                          : !ensure_model (self, &error))
    {
      show_error (self, error);
      return;
    }

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  if (adjustment != NULL)
    gtk_adjustment_set_value (adjustment, 0);
  update_state (self);
}

void
pathway_jobs_page_set_recruiter (PathwayJobsPage *self,
                                 PathwayDb       *db,
                                 gint64           recruiter_id)
{
  g_return_if_fail (PATHWAY_IS_JOBS_PAGE (self));
  g_return_if_fail (PATHWAY_IS_DB (db));
  g_return_if_fail (recruiter_id > 0);

  /* A model reads from one database for its life. */
  if (self->db != db)
    {
      gtk_single_selection_set_model (self->selection, NULL);
      g_clear_object (&self->model);
      g_set_object (&self->db, db);
    }
  self->recruiter_id = recruiter_id;
  run_query (self);
}

/* Reads the jobs again, as after a job was saved, keeping the search, filters and scrolling. */
void
pathway_jobs_page_reload (PathwayJobsPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PATHWAY_IS_JOBS_PAGE (self));

  if (self->db == NULL)
    return;

  if (self->model == NULL)
    {
      run_query (self);
      return;
    }

  if (!pathway_paged_model_refresh (self->model, &error))
    show_error (self, error);
  else
    update_state (self);
}

/* ───── the toolbar ───── */

static void
filter_changed (PathwayJobsPage *self)
{
  run_query (self);
}

static gboolean
location_settled (gpointer user_data)
{
  PathwayJobsPage *self = user_data;

  self->location_timeout = 0;
  run_query (self);
  return G_SOURCE_REMOVE;
}

static void
location_changed (PathwayJobsPage *self)
{
  g_clear_handle_id (&self->location_timeout, g_source_remove);
  self->location_timeout = g_timeout_add (LOCATION_DELAY_MS, location_settled, self);
}

/* Relevance is offered, and chosen, while there is search text; clearing the text goes back to
 * the order chosen before. */
static void
offer_relevance (PathwayJobsPage *self,
                 gboolean         offer)
{
  guint n_sorts = g_list_model_get_n_items (G_LIST_MODEL (self->sorts));
  gboolean offered = n_sorts > PATHWAY_JOB_SORT_RELEVANCE;
  gboolean was_updating = self->updating;

  if (offer == offered)
    return;

  self->updating = TRUE;
  if (offer)
    {
      self->sort_before_search = gtk_drop_down_get_selected (self->sort_dropdown);
      gtk_string_list_append (self->sorts, _("Relevance"));
      gtk_drop_down_set_selected (self->sort_dropdown, PATHWAY_JOB_SORT_RELEVANCE);
    }
  else
    {
      if (gtk_drop_down_get_selected (self->sort_dropdown) == PATHWAY_JOB_SORT_RELEVANCE)
        gtk_drop_down_set_selected (self->sort_dropdown, self->sort_before_search);
      gtk_string_list_remove (self->sorts, PATHWAY_JOB_SORT_RELEVANCE);
    }
  /* Clearing the filters calls this, through the search entry, in the middle of its own update. */
  self->updating = was_updating;
}

static void
search_changed (GtkSearchEntry  *entry,
                PathwayJobsPage *self)
{
  offer_relevance (self, has_search_text (self));
  run_query (self);
}

static void
stop_search (GtkSearchEntry  *entry,
             PathwayJobsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PathwayJobsPage *self = PATHWAY_JOBS_PAGE (widget);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->location_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_toggle_button_set_active (self->remote_button, FALSE);
  self->updating = FALSE;

  offer_relevance (self, FALSE);
  run_query (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PathwayJobsPage *self = PATHWAY_JOBS_PAGE (widget);

  /* After a failed query there may be no model to refresh; a new query covers both. */
  run_query (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PathwayJobsPage *self = PATHWAY_JOBS_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "jobs") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
row_activated (GtkColumnView   *view,
               guint            position,
               PathwayJobsPage *self)
{
  g_autoptr(PathwayRowObject) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "recruiter.show-job", "x", pathway_row_object_get_id (row));
}

/* ───── the widget ───── */

static void
pathway_jobs_page_dispose (GObject *object)
{
  PathwayJobsPage *self = PATHWAY_JOBS_PAGE (object);

  g_clear_handle_id (&self->location_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_JOBS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->sorts);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_jobs_page_parent_class)->dispose (object);
}

static void
pathway_jobs_page_class_init (PathwayJobsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_jobs_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-jobs-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayJobsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobsPage, location_entry);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobsPage, remote_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobsPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobsPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, stop_search);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, location_changed);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);

  gtk_widget_class_install_action (widget_class, "jobs.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "jobs.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "jobs.search", NULL, search_action);
}

static void
pathway_jobs_page_init (PathwayJobsPage *self)
{
  const char *sorts[] = { _("Newest"), _("Oldest"), _("Title"), _("Salary"), NULL };

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sorts = gtk_string_list_new (sorts);
  gtk_drop_down_set_model (self->sort_dropdown, G_LIST_MODEL (self->sorts));
  gtk_drop_down_set_selected (self->sort_dropdown, PATHWAY_JOB_SORT_NEWEST);
  self->sort_before_search = PATHWAY_JOB_SORT_NEWEST;

  /* Rows stay unselected until a person picks one; the highlight then follows the keyboard. */
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  add_column (self, _("Title"), COLUMN_TITLE, 0);
  add_column (self, _("Location"), COLUMN_LOCATION, 180);
  add_column (self, _("Salary"), COLUMN_SALARY, 190);
  add_column (self, _("Status"), COLUMN_STATUS, 100);
  add_column (self, _("Posted"), COLUMN_POSTED, 120);
  self->updating = FALSE;
}
