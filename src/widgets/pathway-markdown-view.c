/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-markdown"

#include "config.h"

#include "pathway-markdown-view.h"

#include <glib/gi18n.h>

#include "pathway-markdown-render.h"

#define BOX_RADIUS      8
#define RULE_WIDTH      96
#define QUOTE_BAR_WIDTH 3

struct _PathwayMarkdownView
{
  GtkTextView  parent_instance;

  char        *markdown;
  GPtrArray   *link_tags;   /* the current text's, one per URI */
  GdkRGBA      box_color;   /* behind code blocks */
  GdkRGBA      line_color;  /* rules and quote bars */
  gboolean     over_link;
  guint        resize_source;
};

G_DEFINE_FINAL_TYPE (PathwayMarkdownView, pathway_markdown_view, GTK_TYPE_TEXT_VIEW)

enum {
  PROP_0,
  PROP_MARKDOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
pathway_markdown_view_new (void)
{
  return g_object_new (PATHWAY_TYPE_MARKDOWN_VIEW, NULL);
}

static GtkTextTagTable *
tag_table (PathwayMarkdownView *self)
{
  return gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
}

const char *
pathway_markdown_view_get_markdown (PathwayMarkdownView *self)
{
  g_return_val_if_fail (PATHWAY_IS_MARKDOWN_VIEW (self), NULL);

  return self->markdown;
}

/* GtkTextView lays text out in an idle and, for some text, does not ask its parent for the height
 * that turns out to need: ask once more after that. */
static gboolean
resize_after_layout (gpointer user_data)
{
  PathwayMarkdownView *self = user_data;

  self->resize_source = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
render (PathwayMarkdownView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start;

  /* Emptied first, so removing the old link tags has no text to walk. */
  gtk_text_buffer_set_text (buffer, "", 0);
  for (guint i = 0; i < self->link_tags->len; i++)
    gtk_text_tag_table_remove (tag_table (self), g_ptr_array_index (self->link_tags, i));
  g_ptr_array_set_size (self->link_tags, 0);

  _pathway_markdown_render (GTK_TEXT_VIEW (self), self->markdown, self->link_tags);

  if (self->resize_source == 0)
    self->resize_source = g_idle_add_full (G_PRIORITY_LOW, resize_after_layout, self, NULL);

  /* A new lesson is read from its top. */
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer), 0, FALSE, 0, 0);
}

/* Paragraph tags hold absolute margins, so new margins need new tags. */
static void
margins_changed (PathwayMarkdownView *self)
{
  if (self->markdown != NULL)
    render (self);
}

void
pathway_markdown_view_set_markdown (PathwayMarkdownView *self,
                                    const char          *markdown)
{
  g_return_if_fail (PATHWAY_IS_MARKDOWN_VIEW (self));

  if (g_strcmp0 (self->markdown, markdown) == 0)
    return;

  g_free (self->markdown);
  self->markdown = g_strdup (markdown);

  render (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARKDOWN]);
}

const char *
pathway_markdown_view_get_uri_at_iter (PathwayMarkdownView *self,
                                       const GtkTextIter   *iter)
{
  g_autoptr(GSList) tags = NULL;

  g_return_val_if_fail (PATHWAY_IS_MARKDOWN_VIEW (self), NULL);
  g_return_val_if_fail (iter != NULL, NULL);

  tags = gtk_text_iter_get_tags (iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      const char *uri = g_object_get_data (l->data, PATHWAY_MARKDOWN_URI_KEY);

      if (uri != NULL)
        return uri;
    }

  return NULL;
}

/* x and y in widget coordinates. */
static const char *
uri_at_point (PathwayMarkdownView *self,
              double               x,
              double               y)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter iter;
  int buffer_x, buffer_y;

  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y,
                                         &buffer_x, &buffer_y);
  if (!gtk_text_view_get_iter_at_location (view, &iter, buffer_x, buffer_y))
    return NULL;

  return pathway_markdown_view_get_uri_at_iter (self, &iter);
}

static void
click_released (PathwayMarkdownView *self,
                int                  n_press,
                double               x,
                double               y)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *uri;

  /* A press that selected text was not meant to follow a link. */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (buffer))
    return;

  uri = uri_at_point (self, x, y);
  if (uri != NULL && pathway_markdown_is_openable_uri (uri))
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
pointer_moved (PathwayMarkdownView *self,
               double               x,
               double               y)
{
  gboolean over_link = uri_at_point (self, x, y) != NULL;

  if (over_link == self->over_link)
    return;

  self->over_link = over_link;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), over_link ? "pointer" : "text");
}

static gboolean
pathway_markdown_view_query_tooltip (GtkWidget  *widget,
                                     int         x,
                                     int         y,
                                     gboolean    keyboard_tooltip,
                                     GtkTooltip *tooltip)
{
  const char *uri = keyboard_tooltip ? NULL : uri_at_point (PATHWAY_MARKDOWN_VIEW (widget), x, y);

  if (uri == NULL)
    return GTK_WIDGET_CLASS (pathway_markdown_view_parent_class)->query_tooltip (widget, x, y,
                                                                               keyboard_tooltip,
                                                                               tooltip);

  gtk_tooltip_set_text (tooltip, uri);
  return TRUE;
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

/* From the current style, so that light, dark and high contrast all work. */
static void
update_colors (PathwayMarkdownView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA foreground, accent;

  gtk_style_context_get_color (context, &foreground);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = foreground;

  _pathway_markdown_tags_set_colors (tag_table (self), &foreground, &accent);
  self->box_color = with_alpha (&foreground, 0.06f);
  self->line_color = with_alpha (&foreground, 0.2f);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Not AdwStyleManager's notify::dark: while it is emitted, the widget's style is still the old
 * one. css_changed comes once the new style applies, for dark, high contrast and theme changes. */
static void
pathway_markdown_view_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pathway_markdown_view_parent_class)->css_changed (widget, change);

  update_colors (PATHWAY_MARKDOWN_VIEW (widget));
}

typedef void (*DrawRange) (PathwayMarkdownView *self,
                           GtkSnapshot         *snapshot,
                           const GdkRectangle  *visible,
                           const GtkTextIter   *start,
                           const GtkTextIter   *end,
                           guint                depth);

static void
append_rounded (GtkSnapshot   *snapshot,
                const GdkRGBA *color,
                float          x,
                float          y,
                float          width,
                float          height,
                float          radius)
{
  GskRoundedRect rect;

  if (width <= 0 || height <= 0)
    return;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, height), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &rect.bounds);
  gtk_snapshot_pop (snapshot);
}

/* The top of start's line and the bottom of the line before end, in buffer coordinates. */
static void
range_extent (GtkTextView       *view,
              const GtkTextIter *start,
              const GtkTextIter *end,
              int               *top,
              int               *bottom)
{
  GtkTextIter last = *end;
  int y, height;

  if (gtk_text_iter_compare (&last, start) > 0)
    gtk_text_iter_backward_char (&last);
  gtk_text_view_get_line_yrange (view, start, top, &height);
  gtk_text_view_get_line_yrange (view, &last, &y, &height);
  *bottom = y + height;
}

static void
draw_code_box (PathwayMarkdownView *self,
               GtkSnapshot         *snapshot,
               const GdkRectangle  *visible,
               const GtkTextIter   *start,
               const GtkTextIter   *end,
               guint                depth)
{
  GdkRectangle first_char;
  int top, bottom, left, right;

  range_extent (GTK_TEXT_VIEW (self), start, end, &top, &bottom);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), start, &first_char);
  left = first_char.x - PATHWAY_MARKDOWN_CODE_PAD_X;
  right = visible->x + visible->width - gtk_text_view_get_right_margin (GTK_TEXT_VIEW (self));
  /* The last line's spacing holds the padding and, below it, the gap to the next block. */
  bottom -= PATHWAY_MARKDOWN_BLOCK_GAP;

  append_rounded (snapshot, &self->box_color, left, top, right - left, bottom - top, BOX_RADIUS);
}

static void
draw_quote_bar (PathwayMarkdownView *self,
                GtkSnapshot         *snapshot,
                const GdkRectangle  *visible,
                const GtkTextIter   *start,
                const GtkTextIter   *end,
                guint                depth)
{
  GtkTextIter last_char = *end;
  GdkRectangle first, last;
  int x = gtk_text_view_get_left_margin (GTK_TEXT_VIEW (self)) +
          (int) (depth - 1) * PATHWAY_MARKDOWN_QUOTE_INDENT;

  /* From the top of the first line of text to the bottom of the last, without their spacing. */
  gtk_text_iter_backward_char (&last_char);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), start, &first);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &last_char, &last);

  append_rounded (snapshot, &self->line_color, x, first.y, QUOTE_BAR_WIDTH,
                  last.y + last.height - first.y, QUOTE_BAR_WIDTH / 2.f);
}

/* Rules are empty lines; several in a row share one range, so each visible line gets its own. */
static void
draw_rules (PathwayMarkdownView *self,
            GtkSnapshot         *snapshot,
            const GdkRectangle  *visible,
            const GtkTextIter   *start,
            const GtkTextIter   *end,
            guint                depth)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter line;
  int center = visible->x + visible->width / 2;

  gtk_text_view_get_line_at_y (view, &line, visible->y, NULL);
  if (gtk_text_iter_compare (&line, start) < 0)
    line = *start;

  while (gtk_text_iter_compare (&line, end) < 0)
    {
      int y, height;

      gtk_text_view_get_line_yrange (view, &line, &y, &height);
      if (y > visible->y + visible->height)
        break;
      append_rounded (snapshot, &self->line_color, center - RULE_WIDTH / 2,
                      y + (height - PATHWAY_MARKDOWN_BLOCK_GAP) / 2, RULE_WIDTH, 2, 1);
      if (!gtk_text_iter_forward_line (&line))
        break;
    }
}

/* Calls draw for each range of tag that shows in the visible part of the buffer. */
static void
draw_tag_ranges (PathwayMarkdownView *self,
                 GtkSnapshot         *snapshot,
                 const GdkRectangle  *visible,
                 const char          *tag_name,
                 DrawRange            draw,
                 guint                depth)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextTag *tag = gtk_text_tag_table_lookup (tag_table (self), tag_name);
  GtkTextIter start, end, stop;

  gtk_text_view_get_line_at_y (view, &start, visible->y, NULL);
  gtk_text_view_get_line_at_y (view, &stop, visible->y + visible->height, NULL);
  gtk_text_iter_forward_line (&stop);

  if (gtk_text_iter_has_tag (&start, tag))
    {
      if (!gtk_text_iter_starts_tag (&start, tag))
        gtk_text_iter_backward_to_tag_toggle (&start, tag);
    }
  else if (!gtk_text_iter_forward_to_tag_toggle (&start, tag))
    return;

  while (gtk_text_iter_compare (&start, &stop) < 0)
    {
      end = start;
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      draw (self, snapshot, visible, &start, &end, depth);

      start = end;
      if (!gtk_text_iter_forward_to_tag_toggle (&start, tag))
        break;
    }
}

static void
pathway_markdown_view_snapshot_layer (GtkTextView      *view,
                                      GtkTextViewLayer  layer,
                                      GtkSnapshot      *snapshot)
{
  PathwayMarkdownView *self = PATHWAY_MARKDOWN_VIEW (view);
  GdkRectangle visible;

  if (layer != GTK_TEXT_VIEW_LAYER_BELOW_TEXT)
    return;

  gtk_text_view_get_visible_rect (view, &visible);
  draw_tag_ranges (self, snapshot, &visible, PATHWAY_MARKDOWN_TAG_CODE_BLOCK, draw_code_box, 0);
  draw_tag_ranges (self, snapshot, &visible, PATHWAY_MARKDOWN_TAG_CODE_BLOCK_NEXT, draw_code_box, 0);
  draw_tag_ranges (self, snapshot, &visible, PATHWAY_MARKDOWN_TAG_RULE, draw_rules, 0);
  for (guint depth = 1; depth <= PATHWAY_MARKDOWN_MAX_DEPTH; depth++)
    {
      g_autofree char *name = g_strdup_printf (PATHWAY_MARKDOWN_TAG_QUOTE, depth);

      draw_tag_ranges (self, snapshot, &visible, name, draw_quote_bar, depth);
    }
}

static void
pathway_markdown_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PathwayMarkdownView *self = PATHWAY_MARKDOWN_VIEW (object);

  switch (prop_id)
    {
    case PROP_MARKDOWN:
      g_value_set_string (value, self->markdown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_markdown_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PathwayMarkdownView *self = PATHWAY_MARKDOWN_VIEW (object);

  switch (prop_id)
    {
    case PROP_MARKDOWN:
      pathway_markdown_view_set_markdown (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_markdown_view_dispose (GObject *object)
{
  PathwayMarkdownView *self = PATHWAY_MARKDOWN_VIEW (object);

  g_clear_handle_id (&self->resize_source, g_source_remove);

  G_OBJECT_CLASS (pathway_markdown_view_parent_class)->dispose (object);
}

static void
pathway_markdown_view_finalize (GObject *object)
{
  PathwayMarkdownView *self = PATHWAY_MARKDOWN_VIEW (object);

  g_clear_pointer (&self->markdown, g_free);
  g_clear_pointer (&self->link_tags, g_ptr_array_unref);

  G_OBJECT_CLASS (pathway_markdown_view_parent_class)->finalize (object);
}

static void
pathway_markdown_view_class_init (PathwayMarkdownViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  object_class->get_property = pathway_markdown_view_get_property;
  object_class->set_property = pathway_markdown_view_set_property;
  object_class->dispose = pathway_markdown_view_dispose;
  object_class->finalize = pathway_markdown_view_finalize;

  widget_class->css_changed = pathway_markdown_view_css_changed;
  widget_class->query_tooltip = pathway_markdown_view_query_tooltip;

  text_view_class->snapshot_layer = pathway_markdown_view_snapshot_layer;

  properties[PROP_MARKDOWN] =
    g_param_spec_string ("markdown", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pathway_markdown_view_init (PathwayMarkdownView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->link_tags = g_ptr_array_new_with_free_func (g_object_unref);
  _pathway_markdown_tags_create (tag_table (self));

  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, FALSE);
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (view, PATHWAY_MARKDOWN_MARGIN);
  gtk_text_view_set_right_margin (view, PATHWAY_MARKDOWN_MARGIN);
  gtk_text_view_set_top_margin (view, PATHWAY_MARKDOWN_MARGIN);
  gtk_text_view_set_bottom_margin (view, PATHWAY_MARKDOWN_MARGIN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (pointer_moved), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (self, "notify::left-margin", G_CALLBACK (margins_changed), NULL);
  g_signal_connect (self, "notify::right-margin", G_CALLBACK (margins_changed), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Lesson"),
                                  -1);
}
