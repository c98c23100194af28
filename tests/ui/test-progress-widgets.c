/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-heatmap.h"
#include "pathway-score-chart.h"
#include "pathway-test-ui.h"

/* Twenty quiz attempts, some under the pass mark of 70; they average 76.6. */
static const int scores[] = { 55, 62, 48, 70, 74, 68, 81, 77, 85, 90, 66, 72, 88, 93, 79, 95, 84, 69, 91, 85 };

static void
set_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 12, G_DATE_MARCH, 2026);
}

/* Six months up to today, as a student might have them: most weekdays, about one weekend day in
 * three, two weeks off over the new year, and a streak over the last twelve days. */
static GHashTable *
study_days (const GDate *today)
{
  static const int lengths[] = { 10, 20, 25, 35, 45, 50, 70, 90 };
  GHashTable *minutes = g_hash_table_new (NULL, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  guint32 last = g_date_get_julian (today);

  for (guint32 julian = last - 200; julian <= last; julian++)
    {
      GDate day;
      gboolean weekend, holiday, streak, studied;

      g_date_clear (&day, 1);
      g_date_set_julian (&day, julian);
      weekend = g_date_get_weekday (&day) >= G_DATE_SATURDAY;
      holiday = (g_date_get_month (&day) == G_DATE_DECEMBER && g_date_get_day (&day) >= 22) ||
                (g_date_get_month (&day) == G_DATE_JANUARY && g_date_get_day (&day) <= 4);
      streak = julian > last - 12;
      studied = streak || (!holiday && g_rand_int_range (rand, 0, 100) < (weekend ? 33 : 75));
      if (studied)
        g_hash_table_insert (minutes, GUINT_TO_POINTER (julian),
                             GINT_TO_POINTER (lengths[g_rand_int_range (rand, 0, G_N_ELEMENTS (lengths))]));
    }

  g_hash_table_insert (minutes, GUINT_TO_POINTER (last), GINT_TO_POINTER (45));
  return minutes;
}

static GtkWindow *
show_in_window (GtkWidget *widget)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_box_append (GTK_BOX (box), widget);
  adw_window_set_content (ADW_WINDOW (window), box);
  /* The window follows the widget's size, so the pictures show what it asks for. */
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  gtk_window_present (GTK_WINDOW (window));
  pathway_test_ui_settle ();
  return GTK_WINDOW (window);
}

/* Closing the window takes the widget with it: nothing else holds on to it. */
static void
destroy_window (GtkWindow *window,
                GtkWidget *widget)
{
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  gtk_window_destroy (window);
  pathway_test_ui_settle ();
  g_assert_null (widget);
}

static void
assert_size_stable (GtkWidget *widget,
                    int       *width,
                    int       *height)
{
  int minimum, natural, again_minimum, again_natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >, 0);
  g_assert_cmpint (natural, >=, minimum);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &again_minimum, &again_natural, NULL, NULL);
  g_assert_cmpint (again_minimum, ==, minimum);
  g_assert_cmpint (again_natural, ==, natural);
  *width = natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >, 0);
  g_assert_cmpint (natural, >=, minimum);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &again_minimum, &again_natural, NULL, NULL);
  g_assert_cmpint (again_minimum, ==, minimum);
  g_assert_cmpint (again_natural, ==, natural);
  *height = natural;
}

static char *
tooltip_for (PathwayHeatmap *heatmap,
             guint32         julian)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, julian);
  return pathway_heatmap_dup_tooltip_for_date (heatmap, &day);
}

static char *
tooltip_for_dmy (PathwayHeatmap *heatmap,
                 int             day,
                 GDateMonth      month,
                 int             year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return tooltip_for (heatmap, g_date_get_julian (&date));
}

/* The days the grid shows: whole weeks from the locale's first day of the week, up to today. */
static void
count_shown (PathwayHeatmap *heatmap,
             const GDate    *today,
             GHashTable     *minutes,
             guint          *n_shown,
             guint          *n_studied,
             GDate          *first)
{
  guint32 last = g_date_get_julian (today);

  *n_shown = *n_studied = 0;
  g_date_clear (first, 1);
  for (guint32 julian = last - 400; julian <= last + 7; julian++)
    {
      g_autofree char *text = tooltip_for (heatmap, julian);

      if (text == NULL)
        continue;
      g_assert_cmpuint (julian, <=, last);
      if (*n_shown == 0)
        g_date_set_julian (first, julian);
      (*n_shown)++;
      if (GPOINTER_TO_INT (g_hash_table_lookup (minutes, GUINT_TO_POINTER (julian))) > 0)
        (*n_studied)++;
    }
}

/* Every day the grid shows is under the pointer somewhere, and nothing else is; a square to the
 * right is a week later, one below is a day later. */
static void
assert_days_under_pointer (PathwayHeatmap *heatmap,
                           guint           n_shown)
{
  GtkWidget *widget = GTK_WIDGET (heatmap);
  g_autoptr(GHashTable) found = g_hash_table_new (NULL, NULL);
  GDate day, next;

  /* Squares are 12 pixels with 3 between: steps of 3 land in each of them. */
  for (int y = -3; y <= gtk_widget_get_height (widget) + 3; y += 3)
    for (int x = -3; x <= gtk_widget_get_width (widget) + 3; x += 3)
      if (pathway_heatmap_get_date_at (heatmap, x, y, &day))
        {
          g_autofree char *text = pathway_heatmap_dup_tooltip_for_date (heatmap, &day);

          g_assert_nonnull (text);
          g_hash_table_add (found, GUINT_TO_POINTER (g_date_get_julian (&day)));
          if (pathway_heatmap_get_date_at (heatmap, x + 15, y, &next))
            g_assert_cmpuint (g_date_get_julian (&next), ==, g_date_get_julian (&day) + 7);
          if (pathway_heatmap_get_date_at (heatmap, x, y + 15, &next))
            g_assert_cmpuint (g_date_get_julian (&next), ==, g_date_get_julian (&day) + 1);
        }

  g_assert_cmpuint (g_hash_table_size (found), ==, n_shown);
  g_assert_false (pathway_heatmap_get_date_at (heatmap, 0, 0, &day));
  g_assert_false (pathway_heatmap_get_date_at (heatmap, gtk_widget_get_width (widget) - 1,
                                               gtk_widget_get_height (widget) - 1, &day));
}

/* Across the middle of the chart, the attempts come in order, each one, from first to last, and
 * each answers for the pixels nearest to it: the bands between points are all the same width,
 * and the two ends match each other. */
static void
assert_attempts_under_pointer (PathwayScoreChart *chart,
                               guint              first,
                               guint              last)
{
  GtkWidget *widget = GTK_WIDGET (chart);
  int middle = gtk_widget_get_height (widget) / 2;
  g_autofree int *widths = g_new0 (int, last + 1);
  guint previous = 0, n_found = 0;

  for (int x = -2; x <= gtk_widget_get_width (widget) + 2; x++)
    {
      guint attempt = pathway_score_chart_get_attempt_at (chart, x, middle);

      if (attempt == 0)
        continue;
      widths[attempt]++;
      if (attempt == previous)
        continue;
      g_assert_cmpuint (attempt, ==, previous == 0 ? first : previous + 1);
      previous = attempt;
      n_found++;
    }

  g_assert_cmpuint (previous, ==, last);
  g_assert_cmpuint (n_found, ==, last - first + 1);
  g_assert_cmpint (ABS (widths[first] - widths[last]), <=, 1);
  for (guint attempt = first + 2; attempt < last; attempt++)
    g_assert_cmpint (ABS (widths[attempt] - widths[first + 1]), <=, 1);
  g_assert_cmpuint (pathway_score_chart_get_attempt_at (chart, gtk_widget_get_width (widget) / 2, -10), ==, 0);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_heatmap (void)
{
  GtkWidget *widget = pathway_heatmap_new ();
  PathwayHeatmap *heatmap = PATHWAY_HEATMAP (widget);
  g_autoptr(GHashTable) minutes = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  GtkWindow *window;
  guint n_shown, n_studied, n_notifies = 0;
  int width, height, empty_width, empty_height, narrow_width, narrow_height;
  GDate today, first;

  set_today (&today);
  minutes = study_days (&today);
  pathway_heatmap_set_today (heatmap, &today);
  g_assert_cmpuint (pathway_heatmap_get_weeks (heatmap), ==, 26);
  assert_size_stable (widget, &empty_width, &empty_height);
  pathway_heatmap_set_days (heatmap, minutes);
  window = show_in_window (widget);

  /* The size comes from the weeks, never from the data, and holds every square. */
  assert_size_stable (widget, &width, &height);
  g_assert_cmpint (width, ==, empty_width);
  g_assert_cmpint (height, ==, empty_height);
  g_assert_cmpint (width, >=, 26 * 15 - 3);
  g_assert_cmpint (height, >, 7 * 15 - 3);
  g_assert_cmpint (gtk_widget_get_width (widget), ==, width);
  g_assert_cmpint (gtk_widget_get_height (widget), ==, height);

  /* glibc's C locale starts the week on Sunday, as GtkCalendar shows it. */
  count_shown (heatmap, &today, minutes, &n_shown, &n_studied, &first);
  g_assert_cmpint (g_date_get_weekday (&first), ==, G_DATE_SUNDAY);
  g_assert_cmpuint (n_shown, >, 25 * 7);
  g_assert_cmpuint (n_shown, <=, 26 * 7);
  g_assert_cmpuint (n_studied, >, 60);
  g_assert_cmpuint (n_studied, <, n_shown);
  summary = pathway_heatmap_dup_summary (heatmap);
  expected = g_strdup_printf ("Study on %u of the last %u days", n_studied, n_shown);
  g_assert_cmpstr (summary, ==, expected);
  assert_days_under_pointer (heatmap, n_shown);

  text = tooltip_for_dmy (heatmap, 12, G_DATE_MARCH, 2026);
  g_assert_cmpstr (text, ==, "12 March: 45 min of study");
  g_clear_pointer (&text, g_free);
  text = tooltip_for_dmy (heatmap, 25, G_DATE_DECEMBER, 2025);
  g_assert_cmpstr (text, ==, "25 December: no study");
  g_clear_pointer (&text, g_free);
  text = tooltip_for_dmy (heatmap, 13, G_DATE_MARCH, 2026);
  g_assert_null (text);

  pathway_test_ui_screenshots (window, "progress-heatmap");

  /* Fewer weeks: a narrower grid, the same height, a shorter summary; notified once. */
  g_signal_connect (heatmap, "notify::weeks", G_CALLBACK (count_notify), &n_notifies);
  g_object_set (heatmap, "weeks", 8, NULL);
  g_object_set (heatmap, "weeks", 8, NULL);
  g_assert_cmpuint (n_notifies, ==, 1);
  pathway_test_ui_settle ();
  assert_size_stable (widget, &narrow_width, &narrow_height);
  g_assert_cmpint (narrow_width, <, width);
  g_assert_cmpint (narrow_height, ==, height);
  count_shown (heatmap, &today, minutes, &n_shown, &n_studied, &first);
  g_assert_cmpint (g_date_get_weekday (&first), ==, G_DATE_SUNDAY);
  g_assert_cmpuint (n_shown, >, 7 * 7);
  g_assert_cmpuint (n_shown, <=, 8 * 7);
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&expected, g_free);
  summary = pathway_heatmap_dup_summary (heatmap);
  expected = g_strdup_printf ("Study on %u of the last %u days", n_studied, n_shown);
  g_assert_cmpstr (summary, ==, expected);
  assert_days_under_pointer (heatmap, n_shown);
  pathway_test_ui_screenshots (window, "progress-heatmap-8-weeks");

  destroy_window (window, widget);
}

static void
test_heatmap_empty (void)
{
  GtkWidget *widget = pathway_heatmap_new ();
  PathwayHeatmap *heatmap = PATHWAY_HEATMAP (widget);
  g_autoptr(GHashTable) minutes = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  GtkWindow *window;
  guint n_shown, n_studied;
  int width, height;
  GDate today, first;

  set_today (&today);
  pathway_heatmap_set_today (heatmap, &today);
  minutes = study_days (&today);
  pathway_heatmap_set_days (heatmap, minutes);
  pathway_heatmap_set_days (heatmap, NULL);
  window = show_in_window (widget);
  assert_size_stable (widget, &width, &height);

  count_shown (heatmap, &today, minutes, &n_shown, &n_studied, &first);
  summary = pathway_heatmap_dup_summary (heatmap);
  expected = g_strdup_printf ("No study in the last %u days", n_shown);
  g_assert_cmpstr (summary, ==, expected);
  text = tooltip_for_dmy (heatmap, 12, G_DATE_MARCH, 2026);
  g_assert_cmpstr (text, ==, "12 March: no study");

  pathway_test_ui_screenshots (window, "progress-heatmap-empty");
  destroy_window (window, widget);
}

static void
test_score_chart (void)
{
  static const int out_of_range[] = { -5, 120 };
  GtkWidget *widget = pathway_score_chart_new ();
  PathwayScoreChart *chart = PATHWAY_SCORE_CHART (widget);
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;
  GtkWindow *window;
  guint n_notifies = 0;
  int width, height, again_width, again_height;

  g_assert_cmpint (pathway_score_chart_get_pass_mark (chart), ==, 70);
  g_assert_cmpuint (pathway_score_chart_get_max_points (chart), ==, 30);
  pathway_score_chart_set_scores (chart, scores, G_N_ELEMENTS (scores));
  window = show_in_window (widget);
  assert_size_stable (widget, &width, &height);

  summary = pathway_score_chart_dup_summary (chart);
  g_assert_cmpstr (summary, ==, "20 quiz attempts, latest 85 %, average 77 %");
  text = pathway_score_chart_dup_tooltip_for_attempt (chart, 7);
  g_assert_cmpstr (text, ==, "Attempt 7: 81 %");
  g_clear_pointer (&text, g_free);
  g_assert_null (pathway_score_chart_dup_tooltip_for_attempt (chart, 0));
  g_assert_null (pathway_score_chart_dup_tooltip_for_attempt (chart, 21));
  assert_attempts_under_pointer (chart, 1, 20);

  pathway_test_ui_screenshots (window, "progress-score-chart");

  /* Fewer points drawn: the summary still covers every attempt, and the size does not move. */
  pathway_score_chart_set_max_points (chart, 8);
  pathway_test_ui_settle ();
  assert_size_stable (widget, &again_width, &again_height);
  g_assert_cmpint (again_width, ==, width);
  g_assert_cmpint (again_height, ==, height);
  g_clear_pointer (&summary, g_free);
  summary = pathway_score_chart_dup_summary (chart);
  g_assert_cmpstr (summary, ==, "20 quiz attempts, latest 85 %, average 77 %");
  assert_attempts_under_pointer (chart, 13, 20);

  g_signal_connect (chart, "notify::pass-mark", G_CALLBACK (count_notify), &n_notifies);
  g_object_set (chart, "pass-mark", 80, NULL);
  g_object_set (chart, "pass-mark", 80, NULL);
  g_assert_cmpuint (n_notifies, ==, 1);
  pathway_test_ui_screenshots (window, "progress-score-chart-last-8-pass-80");

  /* Scores outside 0–100 are taken as the nearest end. */
  pathway_score_chart_set_scores (chart, out_of_range, G_N_ELEMENTS (out_of_range));
  text = pathway_score_chart_dup_tooltip_for_attempt (chart, 1);
  g_assert_cmpstr (text, ==, "Attempt 1: 0 %");
  g_clear_pointer (&text, g_free);
  text = pathway_score_chart_dup_tooltip_for_attempt (chart, 2);
  g_assert_cmpstr (text, ==, "Attempt 2: 100 %");
  g_clear_pointer (&summary, g_free);
  summary = pathway_score_chart_dup_summary (chart);
  g_assert_cmpstr (summary, ==, "2 quiz attempts, latest 100 %, average 50 %");

  destroy_window (window, widget);
}

static void
test_score_chart_empty (void)
{
  GtkWidget *widget = pathway_score_chart_new ();
  PathwayScoreChart *chart = PATHWAY_SCORE_CHART (widget);
  g_autofree char *summary = NULL;
  GtkWindow *window;
  int width, height;

  pathway_score_chart_set_scores (chart, scores, G_N_ELEMENTS (scores));
  pathway_score_chart_set_scores (chart, NULL, 0);
  window = show_in_window (widget);
  assert_size_stable (widget, &width, &height);

  summary = pathway_score_chart_dup_summary (chart);
  g_assert_cmpstr (summary, ==, "No quizzes taken yet");
  g_assert_null (pathway_score_chart_dup_tooltip_for_attempt (chart, 1));
  g_assert_cmpuint (pathway_score_chart_get_attempt_at (chart, width / 2, height / 2), ==, 0);

  pathway_test_ui_screenshots (window, "progress-score-chart-empty");
  destroy_window (window, widget);
}

int
main (int   argc,
      char *argv[])
{
  /* The expected texts are the untranslated ones, with English day and month names. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  pathway_test_ui_init (&argc, &argv);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/ui/progress-widgets/heatmap", test_heatmap);
  g_test_add_func ("/ui/progress-widgets/heatmap-empty", test_heatmap_empty);
  g_test_add_func ("/ui/progress-widgets/score-chart", test_score_chart);
  g_test_add_func ("/ui/progress-widgets/score-chart-empty", test_score_chart_empty);

  return g_test_run ();
}
