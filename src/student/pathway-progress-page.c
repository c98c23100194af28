/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-progress-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-heatmap.h"
#include "pathway-progress-page.h"
#include "pathway-score-chart.h"
#include "pathway-study-stats.h"
#include "pathway-util.h"

#define HEATMAP_WEEKS 26
#define CHART_ATTEMPTS 30

/* The study habit at a glance: streak, time, days done, quiz scores over time. */
struct _PathwayProgressPage
{
  GtkWidget          parent_instance;

  GtkStack          *stack;
  GtkLabel          *streak_label;
  GtkLabel          *today_label;
  GtkLabel          *days_label;
  GtkLabel          *quizzes_label;
  PathwayHeatmap    *heatmap;
  PathwayScoreChart *score_chart;

  PathwayDb         *db;
  gint64             user_id;
};

G_DEFINE_FINAL_TYPE (PathwayProgressPage, pathway_progress_page, GTK_TYPE_WIDGET)

static void
set_figure (GtkLabel *label,
            int       value)
{
  g_autofree char *text = g_strdup_printf ("%d", value);

  gtk_label_set_label (label, text);
}

static gboolean
show_heatmap (PathwayProgressPage  *self,
              GDateTime            *now,
              GError              **error)
{
  g_autoptr(GHashTable) minutes = NULL;
  GDate today, since;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  since = today;
  g_date_subtract_days (&since, HEATMAP_WEEKS * 7);

  minutes = pathway_study_stats_minutes_by_day (self->db, self->user_id, &since, error);
  if (minutes == NULL)
    return FALSE;

  pathway_heatmap_set_today (self->heatmap, &today);
  pathway_heatmap_set_days (self->heatmap, minutes);
  return TRUE;
}

void
pathway_progress_page_reload (PathwayProgressPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) scores = NULL;
  PathwayStudySummary summary = { 0 };

  g_return_if_fail (PATHWAY_IS_PROGRESS_PAGE (self));

  if (self->db == NULL)
    return;

  if (!pathway_study_stats_summarize (self->db, self->user_id, now, &summary, &error) ||
      !show_heatmap (self, now, &error) ||
      (scores = pathway_study_stats_recent_scores (self->db, self->user_id, CHART_ATTEMPTS, &error)) == NULL)
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return;
    }

  if (summary.study_days == 0 && summary.quizzes_taken == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  set_figure (self->streak_label, summary.streak_days);
  set_figure (self->today_label, summary.seconds_today / 60);
  set_figure (self->days_label, summary.days_completed);
  set_figure (self->quizzes_label, summary.quizzes_passed);
  pathway_score_chart_set_scores (self->score_chart, (const int *) (gpointer) scores->data, scores->len);
  gtk_stack_set_visible_child_name (self->stack, "progress");
}

void
pathway_progress_page_set_student (PathwayProgressPage *self,
                                   PathwayDb           *db,
                                   gint64               user_id)
{
  g_return_if_fail (PATHWAY_IS_PROGRESS_PAGE (self));

  g_set_object (&self->db, db);
  self->user_id = user_id;
  pathway_progress_page_reload (self);
}

static void
pathway_progress_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pathway_progress_page_parent_class)->map (widget);

  /* The figures move while the student studies: fresh each time the page is shown. */
  pathway_progress_page_reload (PATHWAY_PROGRESS_PAGE (widget));
}

static void
pathway_progress_page_dispose (GObject *object)
{
  PathwayProgressPage *self = PATHWAY_PROGRESS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_progress_page_parent_class)->dispose (object);
}

static void
pathway_progress_page_class_init (PathwayProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_progress_page_dispose;
  widget_class->map = pathway_progress_page_map;

  g_type_ensure (PATHWAY_TYPE_HEATMAP);
  g_type_ensure (PATHWAY_TYPE_SCORE_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayProgressPage, streak_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayProgressPage, today_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayProgressPage, days_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayProgressPage, quizzes_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayProgressPage, heatmap);
  gtk_widget_class_bind_template_child (widget_class, PathwayProgressPage, score_chart);
}

static void
pathway_progress_page_init (PathwayProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
