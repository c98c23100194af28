/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-learning.h"
#include "pathway-plan-page.h"
#include "pathway-util.h"

/* The plan: years and months with their status and progress, and a month's days as a grid where
 * any open day can be reopened. */
struct _PathwayPlanPage
{
  GtkWidget            parent_instance;

  GtkStack            *stack;
  GtkLabel            *plan_title;
  GtkLabel            *plan_subtitle;
  GtkBox              *years_box;
  GtkLabel            *month_heading;
  GtkLabel            *month_title;
  GtkLabel            *month_topics;
  GtkLabel            *month_note;
  GtkFlowBox          *days_box;

  PathwayDb           *db;
  gint64               user_id;
  PathwayLearningPlan *plan;
  GPtrArray           *groups;   /* AdwPreferencesGroup added to years_box */
};

G_DEFINE_FINAL_TYPE (PathwayPlanPage, pathway_plan_page, GTK_TYPE_WIDGET)

static JsonObject *
plan_month (PathwayPlanPage *self,
            int              index)
{
  JsonArray *months = json_object_get_array_member (json_node_get_object (self->plan->plan), "months");

  if (index < 1 || (guint) index > json_array_get_length (months))
    return NULL;
  return json_array_get_object_element (months, index - 1);
}

static gboolean
month_has_lessons (JsonObject *month)
{
  return month != NULL && json_object_get_boolean_member_with_default (month, "days_generated", FALSE);
}

static const char *
status_icon (int status)
{
  switch ((PathwayPathStatus) status)
    {
    case PATHWAY_PATH_COMPLETED:
      return "emblem-ok-symbolic";
    case PATHWAY_PATH_ACTIVE:
      return "media-playback-start-symbolic";
    case PATHWAY_PATH_LOCKED:
    default:
      return "system-lock-screen-symbolic";
    }
}

static char *
describe_month (PathwayLearningPath *path,
                JsonObject          *month)
{
  if (!month_has_lessons (month))
    return g_strdup (_("Lessons not on this computer yet"));

  switch ((PathwayPathStatus) path->status)
    {
    case PATHWAY_PATH_COMPLETED:
      return g_strdup_printf (_("Completed · %d days"), path->total_days);
    case PATHWAY_PATH_ACTIVE:
      return g_strdup_printf (_("In progress · %d of %d days done"), path->days_completed, path->total_days);
    case PATHWAY_PATH_LOCKED:
    default:
      return g_strdup_printf (_("Locked until the month before is done · %d days"), path->total_days);
    }
}

static void
month_activated (AdwActionRow    *row,
                 PathwayPlanPage *self)
{
  pathway_plan_page_show_month (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "month")));
}

static GtkWidget *
make_month_row (PathwayPlanPage     *self,
                PathwayLearningPath *path)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (status_icon (path->status));
  g_autofree char *title = g_strdup_printf (_("Month %d: %s"), path->global_month_index, path->title);
  g_autofree char *subtitle = describe_month (path, plan_month (self, path->global_month_index));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "month", GINT_TO_POINTER (path->global_month_index));
  g_signal_connect_object (row, "activated", G_CALLBACK (month_activated), self, 0);
  if (path->status == PATHWAY_PATH_COMPLETED)
    gtk_widget_add_css_class (icon, "success");
  else if (path->status == PATHWAY_PATH_ACTIVE)
    gtk_widget_add_css_class (icon, "accent");
  else
    gtk_widget_add_css_class (icon, "dim-label");
  return row;
}

static void
clear_years (PathwayPlanPage *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    gtk_box_remove (self->years_box, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
}

static void
show_months (PathwayPlanPage *self,
             GPtrArray       *paths)
{
  AdwPreferencesGroup *group = NULL;
  JsonObject *plan = json_node_get_object (self->plan->plan);
  int current = 0;
  g_autofree char *subtitle = NULL;

  clear_years (self);
  for (guint i = 0; i < paths->len; i++)
    {
      PathwayLearningPath *path = g_ptr_array_index (paths, i);

      if (path->month_of_year == 1 || group == NULL)
        {
          g_autofree char *title = g_strdup_printf (_("Year %d"), path->year_number);

          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, title);
          gtk_box_append (self->years_box, GTK_WIDGET (group));
          g_ptr_array_add (self->groups, group);
        }

      adw_preferences_group_add (group, make_month_row (self, path));
      if (path->status == PATHWAY_PATH_ACTIVE)
        current = path->global_month_index;
    }

  gtk_label_set_label (self->plan_title, self->plan->title);
  subtitle = g_strdup_printf (ngettext ("Month %d of %u · about %d minutes a day",
                                       "Month %d of %u · about %d minutes a day", paths->len),
                              MAX (current, 1), paths->len,
                              (int) json_object_get_int_member_with_default (plan, "daily_minutes", 60));
  gtk_label_set_label (self->plan_subtitle, subtitle);
  gtk_stack_set_visible_child_name (self->stack, "months");
}

void
pathway_plan_page_reload (PathwayPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = NULL;

  g_return_if_fail (PATHWAY_IS_PLAN_PAGE (self));

  g_clear_pointer (&self->plan, pathway_learning_plan_free);
  if (self->db == NULL)
    return;

  self->plan = pathway_learning_get_current_plan (self->db, self->user_id, &error);
  if (self->plan != NULL)
    paths = pathway_learning_list_months (self->db, self->plan->id, &error);

  if (error != NULL)
    pathway_util_toast (GTK_WIDGET (self), error->message);
  if (paths == NULL)
    {
      g_clear_pointer (&self->plan, pathway_learning_plan_free);
      gtk_stack_set_visible_child_name (self->stack, "no-plan");
      return;
    }

  show_months (self, paths);
}

void
pathway_plan_page_set_student (PathwayPlanPage *self,
                               PathwayDb       *db,
                               gint64           user_id)
{
  g_return_if_fail (PATHWAY_IS_PLAN_PAGE (self));

  g_set_object (&self->db, db);
  self->user_id = user_id;
  pathway_plan_page_reload (self);
}

/* ───── a month's days ───── */

static void
day_clicked (GtkButton       *button,
             PathwayPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  int month = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "month"));
  int day = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "day"));

  if (!pathway_learning_set_current_day (self->db, self->user_id, month, day, &error))
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "student.show-today", NULL);
}

static const char *
day_class (int status)
{
  switch ((PathwayDayStatus) status)
    {
    case PATHWAY_DAY_ACTIVE:
      return "day-active";
    case PATHWAY_DAY_COMPLETED:
      return "day-completed";
    case PATHWAY_DAY_FAILED:
      return "day-failed";
    case PATHWAY_DAY_LOCKED:
    default:
      return "day-locked";
    }
}

static char *
describe_day (int                 number,
              const char         *title,
              PathwayDayProgress *progress)
{
  const char *state;

  switch (progress != NULL ? (PathwayDayStatus) progress->status : PATHWAY_DAY_LOCKED)
    {
    case PATHWAY_DAY_ACTIVE:
      state = _("open");
      break;
    case PATHWAY_DAY_COMPLETED:
      state = _("completed");
      break;
    case PATHWAY_DAY_FAILED:
      state = _("quiz not passed yet");
      break;
    case PATHWAY_DAY_LOCKED:
    default:
      state = _("locked");
      break;
    }

  if (progress != NULL && progress->best_score != PATHWAY_UNSET)
    /* Translators: Day 3: Filtering Rows, completed, best score 90 % */
    return g_strdup_printf (_("Day %d: %s, %s, best score %d %%"), number, title, state, progress->best_score);
  /* Translators: Day 3: Filtering Rows, locked */
  return g_strdup_printf (_("Day %d: %s, %s"), number, title, state);
}

static GtkWidget *
make_day_button (int                 month,
                 int                 number,
                 const char         *title,
                 PathwayDayProgress *progress)
{
  g_autofree char *label = g_strdup_printf ("%d", number);
  g_autofree char *description = describe_day (number, title, progress);
  GtkWidget *button = gtk_button_new_with_label (label);
  int status = progress != NULL ? progress->status : PATHWAY_DAY_LOCKED;

  gtk_widget_add_css_class (button, "day");
  gtk_widget_add_css_class (button, day_class (status));
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_widget_set_sensitive (button, status != PATHWAY_DAY_LOCKED);
  g_object_set_data (G_OBJECT (button), "month", GINT_TO_POINTER (month));
  g_object_set_data (G_OBJECT (button), "day", GINT_TO_POINTER (number));
  return button;
}

static const char *
day_title (JsonObject *month,
           int         number)
{
  JsonArray *days = json_object_get_array_member (month, "days");

  if (days == NULL || number < 1 || (guint) number > json_array_get_length (days))
    return "";
  return json_object_get_string_member (json_array_get_object_element (days, number - 1), "title");
}

static void
fill_days (PathwayPlanPage *self,
           int              index,
           JsonObject      *month,
           GPtrArray       *days)
{
  int total = json_object_get_int_member_with_default (month, "total_days", 30);

  pathway_util_remove_children (GTK_WIDGET (self->days_box));
  for (int number = 1; number <= total; number++)
    {
      PathwayDayProgress *progress = (guint) number <= days->len ? g_ptr_array_index (days, number - 1) : NULL;
      GtkWidget *button = make_day_button (index, number, day_title (month, number), progress);

      g_signal_connect_object (button, "clicked", G_CALLBACK (day_clicked), self, 0);
      gtk_flow_box_append (self->days_box, button);
    }
}

static char *
join_strings (JsonArray *array)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " · " : "", json_array_get_string_element (array, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
pathway_plan_page_show_month (PathwayPlanPage *self,
                              int              index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *topics = NULL;
  JsonObject *month;

  g_return_if_fail (PATHWAY_IS_PLAN_PAGE (self));

  if (self->plan == NULL || (month = plan_month (self, index)) == NULL)
    return;

  days = pathway_learning_list_days (self->db, self->plan->id, index, &error);
  if (days == NULL)
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return;
    }

  heading = g_strdup_printf (_("Month %d"), index);
  topics = join_strings (json_object_get_array_member (month, "topics"));
  gtk_label_set_label (self->month_heading, heading);
  gtk_label_set_label (self->month_title, json_object_get_string_member (month, "title"));
  gtk_label_set_label (self->month_topics, topics);

  if (!month_has_lessons (month))
    gtk_label_set_label (self->month_note, _("This month’s lessons are not on this computer yet. "
                                             "Import a content pack that holds them to study it offline."));
  else if (days->len == 0)
    gtk_label_set_label (self->month_note, _("This month opens when you pass the last day of the month before."));
  else
    gtk_label_set_label (self->month_note, _("Choose an open day to study it again."));

  fill_days (self, index, month, days);
  gtk_widget_set_visible (GTK_WIDGET (self->days_box), month_has_lessons (month));
  gtk_stack_set_visible_child_name (self->stack, "month");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pathway_plan_page_reload (PATHWAY_PLAN_PAGE (widget));
}

static void
pathway_plan_page_dispose (GObject *object)
{
  PathwayPlanPage *self = PATHWAY_PLAN_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_PLAN_PAGE);
  g_clear_object (&self->db);
  g_clear_pointer (&self->plan, pathway_learning_plan_free);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (pathway_plan_page_parent_class)->dispose (object);
}

static void
pathway_plan_page_class_init (PathwayPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_plan_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlanPage, plan_title);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlanPage, plan_subtitle);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlanPage, years_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlanPage, month_heading);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlanPage, month_title);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlanPage, month_topics);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlanPage, month_note);
  gtk_widget_class_bind_template_child (widget_class, PathwayPlanPage, days_box);

  gtk_widget_class_install_action (widget_class, "plan.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "plan.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "plan.back", NULL);
}

static void
pathway_plan_page_init (PathwayPlanPage *self)
{
  self->groups = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
