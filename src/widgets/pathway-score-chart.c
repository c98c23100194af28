/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-score-chart"

#include "config.h"

#include "pathway-score-chart.h"

#include <glib/gi18n.h>
#include <math.h>

#define DEFAULT_PASS_MARK    70
#define DEFAULT_MAX_POINTS   30
#define MAX_MAX_POINTS       1000
#define POINT_RADIUS         4.f
#define LINE_WIDTH           2.
#define AXIS_GAP             8
#define PASS_GAP             8
#define PLOT_INSET           12
#define DASH_LENGTH          4
#define MIN_PLOT_WIDTH       160
#define NATURAL_PLOT_WIDTH   320
#define MIN_PLOT_HEIGHT      96
#define NATURAL_PLOT_HEIGHT  140

struct _PathwayScoreChart
{
  GtkWidget  parent_instance;

  GArray    *scores;
  int        pass_mark;
  guint      max_points;
};

G_DEFINE_FINAL_TYPE (PathwayScoreChart, pathway_score_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PASS_MARK,
  PROP_MAX_POINTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  int text_height;
  int plot_x;
  int plot_y;
  int plot_width;
  int plot_height;
} Geometry;

/* What drawing needs: the plot's place, one layout for every label in turn, and the colours. */
typedef struct {
  GtkSnapshot *snapshot;
  PangoLayout *caption;
  Geometry     geometry;
  GdkRGBA      text;
  GdkRGBA      grid;
  GdkRGBA      axis;
  GdkRGBA      line;
  GdkRGBA      pass;
  GdkRGBA      fail;
} Painter;

static guint
first_shown (PathwayScoreChart *self)
{
  return self->scores->len > self->max_points ? self->scores->len - self->max_points : 0;
}

static int
score_at (PathwayScoreChart *self,
          guint              i)
{
  return g_array_index (self->scores, int, i);
}

static char *
dup_pass_label (PathwayScoreChart *self)
{
  /* Translators: the pass mark line of the quiz score chart, as in “Pass 70 %” */
  return g_strdup_printf (_("Pass %d %%"), self->pass_mark);
}

/* Labels are in the size of Adwaita's .caption text, to leave the points the attention. */
static PangoLayout *
create_caption_layout (GtkWidget *widget)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  return layout;
}

static int
set_caption (PangoLayout *caption,
             const char  *text)
{
  int width;

  pango_layout_set_text (caption, text, -1);
  pango_layout_get_pixel_size (caption, &width, NULL);
  return width;
}

/* Margins for the labels around the plot, which takes what is left of width × height. */
static void
compute_geometry (PathwayScoreChart *self,
                  int                width,
                  int                height,
                  Geometry          *geometry)
{
  g_autoptr(PangoLayout) caption = create_caption_layout (GTK_WIDGET (self));
  g_autofree char *pass_label = dup_pass_label (self);
  int margin;

  geometry->plot_x = MAX (set_caption (caption, "100"), set_caption (caption, "50")) + AXIS_GAP;
  geometry->plot_width = width - geometry->plot_x - PASS_GAP - set_caption (caption, pass_label);
  pango_layout_get_pixel_size (caption, NULL, &geometry->text_height);

  /* Labels and points sit centred on the lines at 0 and 100: half of them is outside the plot. */
  margin = MAX (geometry->text_height / 2, (int) ceilf (POINT_RADIUS)) + 1;
  geometry->plot_y = margin;
  geometry->plot_height = height - 2 * margin;
}

static float
score_y (const Geometry *geometry,
         int             score)
{
  return geometry->plot_y + geometry->plot_height * (100 - score) / 100.f;
}

static float
point_spacing (const Geometry *geometry,
               guint           n_points)
{
  if (n_points < 2)
    return geometry->plot_width;
  return (geometry->plot_width - 2.f * PLOT_INSET) / (n_points - 1);
}

static float
point_x (const Geometry *geometry,
         guint           i,
         guint           n_points)
{
  if (n_points < 2)
    return geometry->plot_x + geometry->plot_width / 2.f;
  return geometry->plot_x + PLOT_INSET + i * point_spacing (geometry, n_points);
}

/* The layout's text with its top left corner at (x, y). */
static void
append_text (Painter     *painter,
             PangoLayout *layout,
             float        x,
             float        y)
{
  gtk_snapshot_save (painter->snapshot);
  gtk_snapshot_translate (painter->snapshot, &GRAPHENE_POINT_INIT (roundf (x), roundf (y)));
  gtk_snapshot_append_layout (painter->snapshot, layout, &painter->text);
  gtk_snapshot_restore (painter->snapshot);
}

/* The caption's current text, starting at x, centred on the line at line_y. */
static void
append_label (Painter *painter,
              float    x,
              float    line_y)
{
  append_text (painter, painter->caption, x, floorf (line_y) + 0.5f - painter->geometry.text_height / 2.f);
}

/* One pixel high, on a whole pixel, so that it stays sharp. */
static void
append_hline (Painter       *painter,
              float          x,
              float          y,
              float          width,
              const GdkRGBA *color)
{
  gtk_snapshot_append_color (painter->snapshot, color, &GRAPHENE_RECT_INIT (x, floorf (y), width, 1));
}

/* The axes, the labels at 0, 50 and 100, and lines across at 50 and 100 when there are points to
 * read against them (when there are none, the message in the middle has the space). */
static void
snapshot_axes (PathwayScoreChart *self,
               Painter           *painter)
{
  const Geometry *geometry = &painter->geometry;

  for (int score = 0; score <= 100; score += 50)
    {
      g_autofree char *label = g_strdup_printf ("%d", score);
      float y = score_y (geometry, score);
      int width = set_caption (painter->caption, label);

      if (score == 0)
        append_hline (painter, geometry->plot_x, y, geometry->plot_width, &painter->axis);
      else if (self->scores->len > 0)
        append_hline (painter, geometry->plot_x, y, geometry->plot_width, &painter->grid);
      append_label (painter, geometry->plot_x - AXIS_GAP - width, y);
    }

  gtk_snapshot_append_color (painter->snapshot, &painter->axis,
                             &GRAPHENE_RECT_INIT (geometry->plot_x, geometry->plot_y,
                                                  1, floorf (score_y (geometry, 0)) + 1 - geometry->plot_y));
}

static void
snapshot_pass_mark (PathwayScoreChart *self,
                    Painter           *painter)
{
  const Geometry *geometry = &painter->geometry;
  g_autofree char *label = dup_pass_label (self);
  float y = score_y (geometry, self->pass_mark);
  int end = geometry->plot_x + geometry->plot_width;

  for (int x = geometry->plot_x + 1; x < end; x += 2 * DASH_LENGTH)
    append_hline (painter, x, y, MIN (DASH_LENGTH, end - x), &painter->text);

  set_caption (painter->caption, label);
  append_label (painter, end + PASS_GAP, y);
}

static void
snapshot_line (PathwayScoreChart *self,
               Painter           *painter)
{
  const Geometry *geometry = &painter->geometry;
  guint first = first_shown (self);
  guint n_points = self->scores->len - first;
  cairo_t *cr;

  if (n_points < 2)
    return;

  cr = gtk_snapshot_append_cairo (painter->snapshot,
                                  &GRAPHENE_RECT_INIT (geometry->plot_x, 0, geometry->plot_width,
                                                       geometry->plot_y * 2 + geometry->plot_height));
  gdk_cairo_set_source_rgba (cr, &painter->line);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < n_points; i++)
    cairo_line_to (cr, point_x (geometry, i, n_points), score_y (geometry, score_at (self, first + i)));
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
snapshot_points (PathwayScoreChart *self,
                 Painter           *painter)
{
  guint first = first_shown (self);
  guint n_points = self->scores->len - first;

  for (guint i = 0; i < n_points; i++)
    {
      int score = score_at (self, first + i);
      float x = point_x (&painter->geometry, i, n_points);
      float y = score_y (&painter->geometry, score);
      GskRoundedRect dot;

      gsk_rounded_rect_init_from_rect (&dot,
                                       &GRAPHENE_RECT_INIT (x - POINT_RADIUS, y - POINT_RADIUS,
                                                            2 * POINT_RADIUS, 2 * POINT_RADIUS),
                                       POINT_RADIUS);
      gtk_snapshot_push_rounded_clip (painter->snapshot, &dot);
      gtk_snapshot_append_color (painter->snapshot, score >= self->pass_mark ? &painter->pass : &painter->fail,
                                 &dot.bounds);
      gtk_snapshot_pop (painter->snapshot);
    }
}

/* In the body text size, centred in the plot. */
static void
snapshot_empty (PathwayScoreChart *self,
                Painter           *painter)
{
  const Geometry *geometry = &painter->geometry;
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), _("No quizzes taken yet"));
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  append_text (painter, layout,
               geometry->plot_x + (geometry->plot_width - width) / 2.f,
               geometry->plot_y + (geometry->plot_height - height) / 2.f);
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const char      *fallback,
              GdkRGBA         *color)
{
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
pathway_score_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  PathwayScoreChart *self = PATHWAY_SCORE_CHART (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  g_autoptr(PangoLayout) caption = create_caption_layout (widget);
  Painter painter = { snapshot, caption };

  compute_geometry (self, gtk_widget_get_width (widget), gtk_widget_get_height (widget), &painter.geometry);
  gtk_style_context_get_color (context, &painter.text);
  painter.grid = painter.axis = painter.text;
  painter.text.alpha *= 0.55f;
  painter.grid.alpha *= 0.1f;
  painter.axis.alpha *= 0.3f;
  lookup_color (context, "accent_color", "#1c71d8", &painter.line);
  lookup_color (context, "success_color", "#26a269", &painter.pass);
  lookup_color (context, "error_color", "#c01c28", &painter.fail);

  snapshot_axes (self, &painter);
  if (self->scores->len == 0)
    {
      snapshot_empty (self, &painter);
      return;
    }

  snapshot_pass_mark (self, &painter);
  snapshot_line (self, &painter);
  snapshot_points (self, &painter);
}

static void
pathway_score_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  PathwayScoreChart *self = PATHWAY_SCORE_CHART (widget);
  g_autoptr(PangoLayout) empty = gtk_widget_create_pango_layout (widget, _("No quizzes taken yet"));
  Geometry geometry;
  int empty_width;

  /* The margins around a plot of no size. */
  compute_geometry (self, 0, 0, &geometry);
  pango_layout_get_pixel_size (empty, &empty_width, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = -geometry.plot_width + MAX (MIN_PLOT_WIDTH, empty_width + 2 * PLOT_INSET);
      *natural = -geometry.plot_width + MAX (NATURAL_PLOT_WIDTH, empty_width + 2 * PLOT_INSET);
    }
  else
    {
      *minimum = -geometry.plot_height + MIN_PLOT_HEIGHT;
      *natural = -geometry.plot_height + NATURAL_PLOT_HEIGHT;
    }
}

/* The attempt drawn nearest across from (x, y), counting from 1, or 0. A point is easier to hit
 * through the band above and below it. */
static guint
attempt_at (PathwayScoreChart *self,
            const Geometry    *geometry,
            double             x,
            double             y,
            GdkRectangle      *area)
{
  guint first = first_shown (self);
  guint n_points = self->scores->len - first;
  float spacing = point_spacing (geometry, n_points);
  guint i = 0;

  if (n_points == 0 ||
      x < geometry->plot_x || x > geometry->plot_x + geometry->plot_width ||
      y < geometry->plot_y - POINT_RADIUS || y > geometry->plot_y + geometry->plot_height + POINT_RADIUS)
    return 0;

  if (n_points > 1)
    i = (guint) CLAMP (roundf ((x - geometry->plot_x - PLOT_INSET) / spacing), 0, n_points - 1);
  *area = (GdkRectangle) { (int) floorf (point_x (geometry, i, n_points) - spacing / 2), geometry->plot_y,
                           (int) ceilf (spacing), geometry->plot_height };
  return first + i + 1;
}

static gboolean
pathway_score_chart_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_tooltip,
                                   GtkTooltip *tooltip)
{
  PathwayScoreChart *self = PATHWAY_SCORE_CHART (widget);
  g_autofree char *text = NULL;
  GdkRectangle area;
  Geometry geometry;
  guint attempt;

  compute_geometry (self, gtk_widget_get_width (widget), gtk_widget_get_height (widget), &geometry);
  attempt = keyboard_tooltip ? 0 : attempt_at (self, &geometry, x, y, &area);
  if (attempt == 0)
    return FALSE;

  text = pathway_score_chart_dup_tooltip_for_attempt (self, attempt);
  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

static void
update_accessible (PathwayScoreChart *self)
{
  g_autofree char *summary = pathway_score_chart_dup_summary (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
}

GtkWidget *
pathway_score_chart_new (void)
{
  return g_object_new (PATHWAY_TYPE_SCORE_CHART, NULL);
}

/* Scores out of 0–100 are taken as the nearest end. */
void
pathway_score_chart_set_scores (PathwayScoreChart *self,
                                const int         *scores,
                                guint              n_scores)
{
  g_return_if_fail (PATHWAY_IS_SCORE_CHART (self));
  g_return_if_fail (scores != NULL || n_scores == 0);

  g_array_set_size (self->scores, 0);
  for (guint i = 0; i < n_scores; i++)
    {
      int score = CLAMP (scores[i], 0, 100);

      g_array_append_val (self->scores, score);
    }

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
pathway_score_chart_get_pass_mark (PathwayScoreChart *self)
{
  g_return_val_if_fail (PATHWAY_IS_SCORE_CHART (self), 0);

  return self->pass_mark;
}

void
pathway_score_chart_set_pass_mark (PathwayScoreChart *self,
                                   int                pass_mark)
{
  g_return_if_fail (PATHWAY_IS_SCORE_CHART (self));
  g_return_if_fail (pass_mark >= 0 && pass_mark <= 100);

  if (self->pass_mark == pass_mark)
    return;

  self->pass_mark = pass_mark;
  /* Its label may change width. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PASS_MARK]);
}

guint
pathway_score_chart_get_max_points (PathwayScoreChart *self)
{
  g_return_val_if_fail (PATHWAY_IS_SCORE_CHART (self), 0);

  return self->max_points;
}

void
pathway_score_chart_set_max_points (PathwayScoreChart *self,
                                    guint              max_points)
{
  g_return_if_fail (PATHWAY_IS_SCORE_CHART (self));
  g_return_if_fail (max_points >= 1 && max_points <= MAX_MAX_POINTS);

  if (self->max_points == max_points)
    return;

  self->max_points = max_points;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_POINTS]);
}

/* The attempt (counting from 1) drawn nearest (x, y), in widget coordinates; 0 if none. */
guint
pathway_score_chart_get_attempt_at (PathwayScoreChart *self,
                                    double             x,
                                    double             y)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRectangle area;
  Geometry geometry;

  g_return_val_if_fail (PATHWAY_IS_SCORE_CHART (self), 0);

  compute_geometry (self, gtk_widget_get_width (widget), gtk_widget_get_height (widget), &geometry);
  return attempt_at (self, &geometry, x, y, &area);
}

/* Every attempt, not only those drawn, in a sentence for screen readers. */
char *
pathway_score_chart_dup_summary (PathwayScoreChart *self)
{
  guint n_scores;
  gint64 total = 0;
  int average;

  g_return_val_if_fail (PATHWAY_IS_SCORE_CHART (self), NULL);

  n_scores = self->scores->len;
  if (n_scores == 0)
    return g_strdup (_("No quizzes taken yet"));

  for (guint i = 0; i < n_scores; i++)
    total += score_at (self, i);
  average = (int) ((2 * total + n_scores) / (2 * n_scores));

  return g_strdup_printf (ngettext ("%u quiz attempt, latest %d %%, average %d %%",
                                    "%u quiz attempts, latest %d %%, average %d %%", n_scores),
                          n_scores, score_at (self, n_scores - 1), average);
}

/* attempt counts from 1, the first ever taken; NULL when there is no such attempt. */
char *
pathway_score_chart_dup_tooltip_for_attempt (PathwayScoreChart *self,
                                             guint              attempt)
{
  g_return_val_if_fail (PATHWAY_IS_SCORE_CHART (self), NULL);

  if (attempt < 1 || attempt > self->scores->len)
    return NULL;

  /* Translators: a point of the quiz score chart, as in “Attempt 7: 85 %” */
  return g_strdup_printf (_("Attempt %u: %d %%"), attempt, score_at (self, attempt - 1));
}

static void
pathway_score_chart_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PathwayScoreChart *self = PATHWAY_SCORE_CHART (object);

  switch (prop_id)
    {
    case PROP_PASS_MARK:
      g_value_set_int (value, self->pass_mark);
      break;
    case PROP_MAX_POINTS:
      g_value_set_uint (value, self->max_points);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_score_chart_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PathwayScoreChart *self = PATHWAY_SCORE_CHART (object);

  switch (prop_id)
    {
    case PROP_PASS_MARK:
      pathway_score_chart_set_pass_mark (self, g_value_get_int (value));
      break;
    case PROP_MAX_POINTS:
      pathway_score_chart_set_max_points (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_score_chart_finalize (GObject *object)
{
  PathwayScoreChart *self = PATHWAY_SCORE_CHART (object);

  g_clear_pointer (&self->scores, g_array_unref);

  G_OBJECT_CLASS (pathway_score_chart_parent_class)->finalize (object);
}

static void
pathway_score_chart_class_init (PathwayScoreChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pathway_score_chart_get_property;
  object_class->set_property = pathway_score_chart_set_property;
  object_class->finalize = pathway_score_chart_finalize;

  widget_class->measure = pathway_score_chart_measure;
  widget_class->snapshot = pathway_score_chart_snapshot;
  widget_class->query_tooltip = pathway_score_chart_query_tooltip;

  properties[PROP_PASS_MARK] =
    g_param_spec_int ("pass-mark", NULL, NULL,
                      0, 100, DEFAULT_PASS_MARK,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_MAX_POINTS] =
    g_param_spec_uint ("max-points", NULL, NULL,
                       1, MAX_MAX_POINTS, DEFAULT_MAX_POINTS,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "scorechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pathway_score_chart_init (PathwayScoreChart *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->scores = g_array_new (FALSE, FALSE, sizeof (int));
  self->pass_mark = DEFAULT_PASS_MARK;
  self->max_points = DEFAULT_MAX_POINTS;

  /* The colours are named colours of the style sheet: the widget's own CSS may not change. */
  g_signal_connect_object (style, "notify::dark", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (gtk_widget_queue_draw), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_accessible (self);
}
