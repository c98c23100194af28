/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-heatmap"

#include "config.h"

#include "pathway-heatmap.h"

#include <glib/gi18n.h>
#include <langinfo.h>

#define DEFAULT_WEEKS    26
#define MAX_WEEKS        106
#define N_ROWS           7
#define N_LEVELS         5
#define CELL_SIZE        12
#define CELL_GAP         3
#define CELL_STEP        (CELL_SIZE + CELL_GAP)
#define CELL_RADIUS      3.f
#define WEEKDAY_GAP      6
#define MONTH_GAP        4
#define MONTH_SPACING    8
#define LEGEND_GAP       10
#define LEGEND_TEXT_GAP  5

struct _PathwayHeatmap
{
  GtkWidget     parent_instance;

  GHashTable   *minutes;
  GDate         today;
  guint         weeks;
  GDateWeekday  first_weekday;
};

G_DEFINE_FINAL_TYPE (PathwayHeatmap, pathway_heatmap, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WEEKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where things go, from the sizes of the labels in the current font. */
typedef struct {
  int text_height;
  int grid_x;
  int grid_y;
  int grid_width;
  int legend_y;
  int legend_width;
  int width;
  int height;
} Geometry;

/* What drawing needs. Each square is the empty colour with its level's share of the accent over
 * it, so that the levels grow brighter on a dark background too, rather than fading into it. */
typedef struct {
  GtkSnapshot *snapshot;
  PangoLayout *caption;
  Geometry     geometry;
  GdkRGBA      text;
  GdkRGBA      empty;
  GdkRGBA      accent;
} Painter;

/* The first day of the week from glibc's locale data, read the way GtkCalendar reads it. */
static GDateWeekday
locale_first_weekday (void)
{
#ifdef __GLIBC__
  /* _NL_TIME_WEEK_1STDAY is a Sunday or a Monday, as the number YYYYMMDD in the pointer;
   * _NL_TIME_FIRST_WEEKDAY counts from it, 1 being that day. */
  guint origin = GPOINTER_TO_UINT (nl_langinfo (_NL_TIME_WEEK_1STDAY));
  int after_sunday = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0] - 1 + (origin == 19971201 ? 1 : 0);

  if ((origin == 19971130 || origin == 19971201) && after_sunday >= 0 && after_sunday <= 7)
    return after_sunday % 7 == 0 ? G_DATE_SUNDAY : (GDateWeekday) after_sunday;
#endif
  return G_DATE_MONDAY;
}

/* None, under 15 minutes, under 30, under 60, an hour or more. */
static guint
level_for_minutes (int minutes)
{
  static const int starts[N_LEVELS] = { G_MININT, 1, 15, 30, 60 };
  guint level = N_LEVELS - 1;

  while (minutes < starts[level])
    level--;
  return level;
}

/* The day in the top row of the first column: columns are whole weeks, the last one holds today. */
static gint64
first_julian (PathwayHeatmap *self)
{
  int back = ((int) g_date_get_weekday (&self->today) - (int) self->first_weekday + 7) % 7;

  return (gint64) g_date_get_julian (&self->today) - back - 7 * ((gint64) self->weeks - 1);
}

/* Days after today, and before the first day GDate can hold, have no square. */
static gboolean
is_shown (PathwayHeatmap *self,
          gint64          julian)
{
  return julian >= MAX (first_julian (self), 1) && julian <= g_date_get_julian (&self->today);
}

static int
minutes_on (PathwayHeatmap *self,
            gint64          julian)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->minutes, GUINT_TO_POINTER ((guint) julian)));
}

static void
set_julian (GDate  *date,
            gint64  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) julian);
}

static char *
format_julian (gint64      julian,
               const char *format)
{
  g_autoptr(GDateTime) day = NULL;
  GDate date;

  set_julian (&date, julian);
  day = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 0, 0, 0);
  return g_date_time_format (day, format);
}

/* The name of the days in row, from a day in the week after today's (which always exists). */
static char *
dup_weekday_label (PathwayHeatmap *self,
                   guint           row)
{
  return format_julian (first_julian (self) + 7 * (gint64) self->weeks + row, "%a");
}

/* The day whose month is named above column, if the month begins in it, or 0. */
static gint64
column_month (PathwayHeatmap *self,
              guint           column)
{
  gint64 start = first_julian (self) + 7 * (gint64) column;

  for (gint64 julian = start; julian < start + N_ROWS; julian++)
    {
      GDate day;

      if (!is_shown (self, julian))
        continue;
      set_julian (&day, julian);
      if (g_date_get_day (&day) == 1)
        return julian;
    }

  /* The month the grid starts in, unless the next one follows too soon to leave it room. */
  if (column == 0 && self->weeks > 2 && column_month (self, 1) == 0 && column_month (self, 2) == 0)
    return MAX (start, 1);
  return 0;
}

/* Labels are in the size of Adwaita's .caption text, to leave the squares the attention. One
 * layout serves every label in turn. */
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

static void
compute_geometry (PathwayHeatmap *self,
                  Geometry       *geometry)
{
  g_autoptr(PangoLayout) caption = create_caption_layout (GTK_WIDGET (self));
  int weekday_width = 0;

  for (guint row = 1; row < N_ROWS; row += 2)
    {
      g_autofree char *label = dup_weekday_label (self, row);

      weekday_width = MAX (weekday_width, set_caption (caption, label));
    }

  pango_layout_get_pixel_size (caption, NULL, &geometry->text_height);
  geometry->grid_x = weekday_width + WEEKDAY_GAP;
  geometry->grid_y = geometry->text_height + MONTH_GAP;
  geometry->grid_width = (int) self->weeks * CELL_STEP - CELL_GAP;
  geometry->legend_y = geometry->grid_y + N_ROWS * CELL_STEP - CELL_GAP + LEGEND_GAP;
  /* Translators: the two ends of the study calendar's scale of colours: “Less ▢▢▢▢▢ More” */
  geometry->legend_width = set_caption (caption, _("Less")) + LEGEND_TEXT_GAP + N_LEVELS * CELL_STEP -
                           CELL_GAP + LEGEND_TEXT_GAP + set_caption (caption, _("More"));
  geometry->width = MAX (geometry->grid_x + geometry->grid_width, geometry->legend_width);
  geometry->height = geometry->legend_y + MAX (geometry->text_height, CELL_SIZE);
}

/* The caption's current text, its top left corner at (x, y). */
static void
append_caption (Painter *painter,
                int      x,
                int      y)
{
  gtk_snapshot_save (painter->snapshot);
  gtk_snapshot_translate (painter->snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (painter->snapshot, painter->caption, &painter->text);
  gtk_snapshot_restore (painter->snapshot);
}

static void
append_cell (Painter *painter,
             int      x,
             int      y,
             guint    level)
{
  static const float shares[N_LEVELS] = { 0.f, 0.35f, 0.6f, 0.8f, 1.f };
  GdkRGBA color = painter->accent;
  GskRoundedRect cell;

  color.alpha *= shares[level];
  gsk_rounded_rect_init_from_rect (&cell, &GRAPHENE_RECT_INIT (x, y, CELL_SIZE, CELL_SIZE), CELL_RADIUS);
  gtk_snapshot_push_rounded_clip (painter->snapshot, &cell);
  gtk_snapshot_append_color (painter->snapshot, &painter->empty, &cell.bounds);
  if (level > 0)
    gtk_snapshot_append_color (painter->snapshot, &color, &cell.bounds);
  gtk_snapshot_pop (painter->snapshot);
}

/* From the right, so that when the first column's month is too close to the next, the first
 * gives way; the last label may move left to stay inside the grid. */
static void
snapshot_months (PathwayHeatmap *self,
                 Painter        *painter)
{
  const Geometry *geometry = &painter->geometry;
  int limit = geometry->grid_x + geometry->grid_width;
  gboolean rightmost = TRUE;

  for (guint column = self->weeks; column-- > 0;)
    {
      gint64 julian = column_month (self, column);
      g_autofree char *label = NULL;
      int x = geometry->grid_x + (int) column * CELL_STEP;
      int width;

      if (julian == 0)
        continue;

      /* The standalone (nominative) form: the label names the month, not a day in it. */
      label = format_julian (julian, "%Ob");
      width = set_caption (painter->caption, label);
      if (rightmost)
        x = MIN (x, limit - width);
      if (x + width > limit || x < geometry->grid_x)
        continue;

      append_caption (painter, x, 0);
      limit = x - MONTH_SPACING;
      rightmost = FALSE;
    }
}

/* Every other day, as paper calendars do, so the labels stay apart. */
static void
snapshot_weekdays (PathwayHeatmap *self,
                   Painter        *painter)
{
  const Geometry *geometry = &painter->geometry;

  for (guint row = 1; row < N_ROWS; row += 2)
    {
      g_autofree char *label = dup_weekday_label (self, row);
      int width = set_caption (painter->caption, label);

      append_caption (painter, geometry->grid_x - WEEKDAY_GAP - width,
                      geometry->grid_y + (int) row * CELL_STEP + (CELL_SIZE - geometry->text_height) / 2);
    }
}

static void
snapshot_cells (PathwayHeatmap *self,
                Painter        *painter)
{
  const Geometry *geometry = &painter->geometry;
  gint64 first = first_julian (self);

  for (guint column = 0; column < self->weeks; column++)
    for (guint row = 0; row < N_ROWS; row++)
      {
        gint64 julian = first + 7 * (gint64) column + row;

        if (is_shown (self, julian))
          append_cell (painter,
                       geometry->grid_x + (int) column * CELL_STEP,
                       geometry->grid_y + (int) row * CELL_STEP,
                       level_for_minutes (minutes_on (self, julian)));
      }
}

/* “Less ▢▢▢▢▢ More”, under the right end of the grid. */
static void
snapshot_legend (Painter *painter)
{
  const Geometry *geometry = &painter->geometry;
  int x = MAX (0, geometry->grid_x + geometry->grid_width - geometry->legend_width);
  int height = MAX (geometry->text_height, CELL_SIZE);
  int text_y = geometry->legend_y + (height - geometry->text_height) / 2;
  int width = set_caption (painter->caption, _("Less"));

  append_caption (painter, x, text_y);
  x += width + LEGEND_TEXT_GAP;
  for (guint level = 0; level < N_LEVELS; level++, x += CELL_STEP)
    append_cell (painter, x, geometry->legend_y + (height - CELL_SIZE) / 2, level);

  set_caption (painter->caption, _("More"));
  append_caption (painter, x - CELL_GAP + LEGEND_TEXT_GAP, text_y);
}

static void
pathway_heatmap_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  PathwayHeatmap *self = PATHWAY_HEATMAP (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  g_autoptr(PangoLayout) caption = create_caption_layout (widget);
  Painter painter = { snapshot, caption };

  compute_geometry (self, &painter.geometry);
  gtk_style_context_get_color (context, &painter.text);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &painter.accent))
    gdk_rgba_parse (&painter.accent, "#3584e4");
  painter.empty = painter.text;
  painter.empty.alpha *= 0.1f;
  painter.text.alpha *= 0.55f;

  snapshot_months (self, &painter);
  snapshot_weekdays (self, &painter);
  snapshot_cells (self, &painter);
  snapshot_legend (&painter);
}

/* The day whose square is under (x, y), or 0. A square and the gap after it answer together, so
 * that a tooltip does not flicker between days. */
static gint64
cell_at (PathwayHeatmap *self,
         const Geometry *geometry,
         double          x,
         double          y,
         GdkRectangle   *area)
{
  int column, row;
  gint64 julian;

  if (x < geometry->grid_x || y < geometry->grid_y)
    return 0;

  column = (int) ((x - geometry->grid_x) / CELL_STEP);
  row = (int) ((y - geometry->grid_y) / CELL_STEP);
  julian = first_julian (self) + 7 * (gint64) column + row;
  *area = (GdkRectangle) { geometry->grid_x + column * CELL_STEP, geometry->grid_y + row * CELL_STEP,
                           CELL_STEP, CELL_STEP };
  return column < (int) self->weeks && row < N_ROWS && is_shown (self, julian) ? julian : 0;
}

/* Always the size the weeks need, so nothing is ever clipped or stretched. */
static void
pathway_heatmap_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  Geometry geometry;

  compute_geometry (PATHWAY_HEATMAP (widget), &geometry);
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? geometry.width : geometry.height;
}

static gboolean
pathway_heatmap_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_tooltip,
                               GtkTooltip *tooltip)
{
  PathwayHeatmap *self = PATHWAY_HEATMAP (widget);
  g_autofree char *text = NULL;
  GdkRectangle area;
  Geometry geometry;
  gint64 julian;
  GDate date;

  compute_geometry (self, &geometry);
  julian = keyboard_tooltip ? 0 : cell_at (self, &geometry, x, y, &area);
  if (julian == 0)
    return FALSE;

  set_julian (&date, julian);
  text = pathway_heatmap_dup_tooltip_for_date (self, &date);
  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

static void
update_accessible (PathwayHeatmap *self)
{
  g_autofree char *summary = pathway_heatmap_dup_summary (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
}

GtkWidget *
pathway_heatmap_new (void)
{
  return g_object_new (PATHWAY_TYPE_HEATMAP, NULL);
}

void
pathway_heatmap_set_days (PathwayHeatmap *self,
                          GHashTable     *minutes_by_julian_day)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (PATHWAY_IS_HEATMAP (self));

  g_hash_table_remove_all (self->minutes);
  if (minutes_by_julian_day != NULL)
    {
      g_hash_table_iter_init (&iter, minutes_by_julian_day);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (self->minutes, key, value);
    }

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
pathway_heatmap_set_today (PathwayHeatmap *self,
                           const GDate    *today)
{
  g_return_if_fail (PATHWAY_IS_HEATMAP (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  if (g_date_compare (&self->today, today) == 0)
    return;

  self->today = *today;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
pathway_heatmap_get_weeks (PathwayHeatmap *self)
{
  g_return_val_if_fail (PATHWAY_IS_HEATMAP (self), 0);

  return self->weeks;
}

void
pathway_heatmap_set_weeks (PathwayHeatmap *self,
                           guint           weeks)
{
  g_return_if_fail (PATHWAY_IS_HEATMAP (self));
  g_return_if_fail (weeks >= 1 && weeks <= MAX_WEEKS);

  if (self->weeks == weeks)
    return;

  self->weeks = weeks;
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKS]);
}

/* The day under (x, y), in widget coordinates; FALSE if there is none. */
gboolean
pathway_heatmap_get_date_at (PathwayHeatmap *self,
                             double          x,
                             double          y,
                             GDate          *date)
{
  GdkRectangle area;
  Geometry geometry;
  gint64 julian;

  g_return_val_if_fail (PATHWAY_IS_HEATMAP (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  compute_geometry (self, &geometry);
  julian = cell_at (self, &geometry, x, y, &area);
  if (julian != 0)
    set_julian (date, julian);
  return julian != 0;
}

/* What the squares say, in a sentence, for screen readers. */
char *
pathway_heatmap_dup_summary (PathwayHeatmap *self)
{
  gint64 first, last;
  guint n_days, n_studied = 0;

  g_return_val_if_fail (PATHWAY_IS_HEATMAP (self), NULL);

  first = MAX (first_julian (self), 1);
  last = g_date_get_julian (&self->today);
  n_days = (guint) (last - first + 1);
  for (gint64 julian = first; julian <= last; julian++)
    if (minutes_on (self, julian) > 0)
      n_studied++;

  if (n_studied == 0)
    return g_strdup_printf (ngettext ("No study in the last %u day",
                                      "No study in the last %u days", n_days),
                            n_days);
  return g_strdup_printf (ngettext ("Study on %u of the last %u day",
                                    "Study on %u of the last %u days", n_days),
                          n_studied, n_days);
}

/* NULL for a day the grid does not show. */
char *
pathway_heatmap_dup_tooltip_for_date (PathwayHeatmap *self,
                                      const GDate    *date)
{
  g_autofree char *day = NULL;
  guint32 julian;
  int minutes;

  g_return_val_if_fail (PATHWAY_IS_HEATMAP (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  julian = g_date_get_julian (date);
  if (!is_shown (self, julian))
    return NULL;

  /* Translators: a day in the study calendar's tooltips, in g_date_time_format() terms: “12 March” */
  /* xgettext:no-c-format */
  day = format_julian (julian, _("%-d %B"));
  minutes = minutes_on (self, julian);
  if (minutes <= 0)
    /* Translators: %s is a day, as in “12 March: no study” */
    return g_strdup_printf (_("%s: no study"), day);
  /* Translators: %s is a day, as in “12 March: 45 min of study” */
  return g_strdup_printf (ngettext ("%s: %d min of study", "%s: %d min of study", minutes), day, minutes);
}

static void
pathway_heatmap_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PathwayHeatmap *self = PATHWAY_HEATMAP (object);

  switch (prop_id)
    {
    case PROP_WEEKS:
      g_value_set_uint (value, self->weeks);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_heatmap_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PathwayHeatmap *self = PATHWAY_HEATMAP (object);

  switch (prop_id)
    {
    case PROP_WEEKS:
      pathway_heatmap_set_weeks (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_heatmap_finalize (GObject *object)
{
  PathwayHeatmap *self = PATHWAY_HEATMAP (object);

  g_clear_pointer (&self->minutes, g_hash_table_unref);

  G_OBJECT_CLASS (pathway_heatmap_parent_class)->finalize (object);
}

static void
pathway_heatmap_class_init (PathwayHeatmapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pathway_heatmap_get_property;
  object_class->set_property = pathway_heatmap_set_property;
  object_class->finalize = pathway_heatmap_finalize;

  widget_class->measure = pathway_heatmap_measure;
  widget_class->snapshot = pathway_heatmap_snapshot;
  widget_class->query_tooltip = pathway_heatmap_query_tooltip;

  properties[PROP_WEEKS] =
    g_param_spec_uint ("weeks", NULL, NULL,
                       1, MAX_WEEKS, DEFAULT_WEEKS,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "heatmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pathway_heatmap_init (PathwayHeatmap *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->minutes = g_hash_table_new (NULL, NULL);
  self->weeks = DEFAULT_WEEKS;
  self->first_weekday = locale_first_weekday ();
  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));

  /* The colours are named colours of the style sheet: the widget's own CSS may not change. */
  g_signal_connect_object (style, "notify::dark", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (gtk_widget_queue_draw), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_accessible (self);
}
