/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-today-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-learning.h"
#include "pathway-markdown-view.h"
#include "pathway-quiz-window.h"
#include "pathway-study-stats.h"
#include "pathway-time.h"
#include "pathway-today-page.h"
#include "pathway-util.h"

/* Study time is saved in slices, so that a crash or a closed lid loses at most one. */
#define STUDY_SLICE_SECONDS 30

struct _PathwayTodayPage
{
  GtkWidget            parent_instance;

  GtkStack            *stack;
  AdwStatusPage       *no_content_page;
  GtkLabel            *position_label;
  GtkLabel            *title_label;
  GtkLabel            *status_label;
  GtkLabel            *streak_label;
  GtkLabel            *time_label;
  PathwayMarkdownView *lesson_view;
  GtkButton           *read_button;
  GtkButton           *quiz_button;

  PathwayDb           *db;
  gint64               user_id;
  PathwayLessonDay    *day;

  GTimer              *study_timer;
  guint                study_source;
};

G_DEFINE_FINAL_TYPE (PathwayTodayPage, pathway_today_page, GTK_TYPE_WIDGET)

static gboolean
is_studying (PathwayTodayPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return self->day != NULL && self->day->lesson != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (self)) &&
         GTK_IS_WINDOW (root) && gtk_window_is_active (GTK_WINDOW (root));
}

/* Saves the time the lesson has been on screen with the window in front. */
static void
flush_study_time (PathwayTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  int seconds;

  if (self->day == NULL || self->study_timer == NULL)
    return;

  if (!is_studying (self))
    {
      g_timer_start (self->study_timer); /* time away from the lesson does not count */
      return;
    }

  seconds = (int) g_timer_elapsed (self->study_timer, NULL);
  if (seconds <= 0)
    return;

  g_timer_start (self->study_timer);
  now = g_date_time_new_now_local ();
  if (!pathway_learning_add_study_time (self->db, self->user_id, self->day->progress->id, seconds, now, &error))
    pathway_util_toast (GTK_WIDGET (self), error->message);
}

static gboolean
study_tick (gpointer user_data)
{
  flush_study_time (PATHWAY_TODAY_PAGE (user_data));
  return G_SOURCE_CONTINUE;
}

static void
update_stats (PathwayTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  PathwayStudySummary summary = { 0 };
  g_autofree char *minutes = NULL;
  g_autofree char *streak = NULL;

  if (!pathway_study_stats_summarize (self->db, self->user_id, now, &summary, &error))
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return;
    }

  streak = g_strdup_printf (ngettext ("%d-day streak", "%d-day streak", summary.streak_days), summary.streak_days);
  minutes = g_strdup_printf (ngettext ("%d minute today", "%d minutes today", summary.seconds_today / 60),
                             summary.seconds_today / 60);
  gtk_label_set_label (self->streak_label, streak);
  gtk_label_set_label (self->time_label, minutes);
}

static void
show_lesson (PathwayTodayPage *self)
{
  PathwayDayProgress *progress = self->day->progress;
  g_autofree char *position = NULL;
  const char *status = NULL;

  position = g_strdup_printf (_("Month %d · Day %d of %d"),
                              self->day->month_index, progress->day_number, self->day->total_days);
  gtk_label_set_label (self->position_label, position);
  gtk_label_set_label (self->title_label, self->day->lesson->title);
  pathway_markdown_view_set_markdown (self->lesson_view, self->day->lesson->lesson);

  switch ((PathwayDayStatus) progress->status)
    {
    case PATHWAY_DAY_COMPLETED:
      status = _("Completed: you passed this day’s quiz.");
      break;
    case PATHWAY_DAY_FAILED:
      status = _("Not passed yet: read the lesson again and retake the quiz.");
      break;
    case PATHWAY_DAY_ACTIVE:
    case PATHWAY_DAY_LOCKED:
    default:
      break;
    }
  gtk_label_set_label (self->status_label, status != NULL ? status : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status != NULL);

  gtk_button_set_label (self->read_button, progress->content_viewed ? _("Read") : _("_Mark as Read"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.mark-read", !progress->content_viewed);
  gtk_button_set_label (self->quiz_button, progress->quiz_attempts > 0 ? _("_Retake Quiz") : _("_Take Quiz"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.take-quiz", self->day->quiz != NULL);

  gtk_stack_set_visible_child_name (self->stack, "lesson");
}

static void
show_missing_content (PathwayTodayPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  title = g_strdup_printf (_("Month %d’s Lessons Are Not on This Computer Yet"), self->day->month_index);
  description = g_markup_printf_escaped (_("“%s” is planned, but its daily lessons and quizzes have not been "
                                           "added. Import a content pack that holds them to study offline."),
                                         self->day->month_title);
  adw_status_page_set_title (self->no_content_page, title);
  adw_status_page_set_description (self->no_content_page, description);
  gtk_stack_set_visible_child_name (self->stack, "no-content");
}

void
pathway_today_page_reload (PathwayTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayLearningPlan) plan = NULL;

  g_return_if_fail (PATHWAY_IS_TODAY_PAGE (self));

  flush_study_time (self);
  g_clear_pointer (&self->day, pathway_lesson_day_free);

  if (self->db == NULL)
    return;

  plan = pathway_learning_get_current_plan (self->db, self->user_id, &error);
  if (plan == NULL)
    {
      if (error != NULL)
        pathway_util_toast (GTK_WIDGET (self), error->message);
      gtk_stack_set_visible_child_name (self->stack, "no-plan");
      return;
    }

  self->day = pathway_learning_get_day (self->db, self->user_id, 0, 0, &error);
  if (self->day == NULL)
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      gtk_stack_set_visible_child_name (self->stack, "no-plan");
      return;
    }

  update_stats (self);
  if (self->day->lesson == NULL)
    show_missing_content (self);
  else
    show_lesson (self);

  g_timer_start (self->study_timer);
}

void
pathway_today_page_set_student (PathwayTodayPage *self,
                                PathwayDb        *db,
                                gint64            user_id)
{
  g_return_if_fail (PATHWAY_IS_TODAY_PAGE (self));
  g_return_if_fail (db == NULL || PATHWAY_IS_DB (db));

  flush_study_time (self);
  g_set_object (&self->db, db);
  self->user_id = user_id;
  pathway_today_page_reload (self);
}

static void
mark_read_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PathwayTodayPage *self = PATHWAY_TODAY_PAGE (widget);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->day != NULL);

  if (!pathway_learning_mark_read (self->db, self->day->progress->id, &error))
    pathway_util_toast (GTK_WIDGET (self), error->message);
  pathway_today_page_reload (self);
}

static void
quiz_closed (PathwayQuizWindow *window,
             PathwayTodayPage  *self)
{
  pathway_today_page_reload (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "student.refresh", NULL);
}

static void
take_quiz_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PathwayTodayPage *self = PATHWAY_TODAY_PAGE (widget);
  PathwayQuizWindow *window;

  g_return_if_fail (self->day != NULL && self->day->quiz != NULL);

  flush_study_time (self);
  window = pathway_quiz_window_new (self->db, self->user_id, self->day->quiz);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (window, "destroy", G_CALLBACK (quiz_closed), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
pathway_today_page_unmap (GtkWidget *widget)
{
  flush_study_time (PATHWAY_TODAY_PAGE (widget));

  GTK_WIDGET_CLASS (pathway_today_page_parent_class)->unmap (widget);
}

static void
pathway_today_page_dispose (GObject *object)
{
  PathwayTodayPage *self = PATHWAY_TODAY_PAGE (object);

  flush_study_time (self);
  g_clear_handle_id (&self->study_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_TODAY_PAGE);
  g_clear_pointer (&self->day, pathway_lesson_day_free);
  g_clear_pointer (&self->study_timer, g_timer_destroy);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_today_page_parent_class)->dispose (object);
}

static void
pathway_today_page_class_init (PathwayTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_today_page_dispose;
  widget_class->unmap = pathway_today_page_unmap;

  g_type_ensure (PATHWAY_TYPE_MARKDOWN_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayTodayPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayTodayPage, no_content_page);
  gtk_widget_class_bind_template_child (widget_class, PathwayTodayPage, position_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayTodayPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayTodayPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayTodayPage, streak_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayTodayPage, time_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayTodayPage, lesson_view);
  gtk_widget_class_bind_template_child (widget_class, PathwayTodayPage, read_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayTodayPage, quiz_button);

  gtk_widget_class_install_action (widget_class, "today.mark-read", NULL, mark_read_action);
  gtk_widget_class_install_action (widget_class, "today.take-quiz", NULL, take_quiz_action);
}

static void
pathway_today_page_init (PathwayTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->study_timer = g_timer_new ();
  self->study_source = g_timeout_add_seconds (STUDY_SLICE_SECONDS, study_tick, self);
}
