/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-schedule-day-row"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-duration.h"
#include "pathway-schedule.h"
#include "pathway-schedule-day-row.h"
#include "pathway-thumbnails.h"
#include "pathway-util.h"

#define THUMBNAIL_WIDTH 96
#define THUMBNAIL_HEIGHT 54

struct _PathwayScheduleDayRow
{
  GtkWidget     parent_instance;

  GtkLabel     *date_label;
  GtkLabel     *time_label;
  GtkListBox   *videos_list;

  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (PathwayScheduleDayRow, pathway_schedule_day_row, GTK_TYPE_WIDGET)

GtkWidget *
pathway_schedule_day_row_new (void)
{
  return g_object_new (PATHWAY_TYPE_SCHEDULE_DAY_ROW, NULL);
}

static void
thumbnail_ready (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GtkStack) stack = user_data;
  g_autoptr(GFile) file = pathway_thumbnails_fetch_finish (result, NULL);

  /* Offline or gone: the placeholder stays. */
  if (file != NULL)
    {
      gtk_picture_set_file (GTK_PICTURE (gtk_stack_get_child_by_name (stack, "picture")), file);
      gtk_stack_set_visible_child_name (stack, "picture");
    }
}

static GtkWidget *
make_thumbnail (PathwayScheduleDayRow *self,
                const char            *video_id,
                const char            *url)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *placeholder = gtk_image_new_from_icon_name ("video-x-generic-symbolic");
  GtkWidget *picture = gtk_picture_new ();

  gtk_widget_set_size_request (frame, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
  gtk_widget_set_valign (frame, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (frame, "thumbnail");
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_COVER);
  gtk_widget_set_size_request (picture, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Thumbnail"), -1);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_stack_add_named (GTK_STACK (stack), placeholder, "placeholder");
  gtk_stack_add_named (GTK_STACK (stack), picture, "picture");
  gtk_frame_set_child (GTK_FRAME (frame), stack);

  pathway_thumbnails_fetch_async (video_id, url, self->cancellable, thumbnail_ready, g_object_ref (stack));
  return frame;
}

static GtkWidget *
make_video_row (PathwayScheduleDayRow *self,
                JsonObject            *video,
                gboolean               watched)
{
  const char *id = json_object_get_string_member (video, "videoId");
  const char *thumbnail = json_object_get_string_member_with_default (video, "thumbnail", NULL);
  g_autofree char *length = pathway_duration_describe (pathway_schedule_video_length (video));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *open = gtk_button_new_from_icon_name ("web-browser-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), json_object_get_string_member (video, "title"));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), length);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), make_thumbnail (self, id, thumbnail));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), watched);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Watched"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Watched"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (check), "videos.toggle-watched");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (check), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);

  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "flat");
  gtk_widget_set_tooltip_text (open, _("Open in Browser"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open in Browser"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "videos.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);

  if (watched)
    gtk_widget_add_css_class (row, "watched");
  return row;
}

static char *
describe_date (JsonObject  *day,
               const GDate *today)
{
  GDate date;
  char text[128];
  int number = json_object_get_int_member_with_default (day, "day", 0);

  if (!pathway_schedule_parse_date (json_object_get_string_member_with_default (day, "date", NULL), &date))
    return g_strdup_printf (_("Day %d"), number);

  /* Translators: a study day’s date, see the strftime manual */
  g_date_strftime (text, sizeof text, _("%A %-d %B"), &date);
  if (today != NULL && g_date_compare (&date, today) == 0)
    /* Translators: Day 3 · Today · Monday 24 November */
    return g_strdup_printf (_("Day %d · Today · %s"), number, text);
  /* Translators: Day 3 · Monday 24 November */
  return g_strdup_printf (_("Day %d · %s"), number, text);
}

void
pathway_schedule_day_row_bind (PathwayScheduleDayRow *self,
                               PathwayScheduleDay    *day,
                               const GDate           *today)
{
  JsonObject *object = pathway_schedule_day_get_object (day);
  GHashTable *watched = pathway_schedule_day_get_watched (day);
  JsonArray *videos = json_object_get_array_member (object, "videos");
  g_autofree char *date = describe_date (object, today);
  g_autofree char *time = pathway_duration_describe (pathway_schedule_day_seconds (object));

  g_return_if_fail (PATHWAY_IS_SCHEDULE_DAY_ROW (self));

  /* A recycled row stops loading the pictures of the day it showed before. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  gtk_label_set_label (self->date_label, date);
  gtk_label_set_label (self->time_label, time);
  pathway_util_remove_children (GTK_WIDGET (self->videos_list));
  for (guint i = 0; videos != NULL && i < json_array_get_length (videos); i++)
    {
      JsonObject *video = json_array_get_object_element (videos, i);

      gtk_list_box_append (self->videos_list,
                           make_video_row (self, video,
                                           g_hash_table_contains (watched, json_object_get_string_member (video, "videoId"))));
    }
}

static void
pathway_schedule_day_row_dispose (GObject *object)
{
  PathwayScheduleDayRow *self = PATHWAY_SCHEDULE_DAY_ROW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_SCHEDULE_DAY_ROW);
  pathway_util_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (pathway_schedule_day_row_parent_class)->dispose (object);
}

static void
pathway_schedule_day_row_class_init (PathwayScheduleDayRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_schedule_day_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-schedule-day-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayScheduleDayRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayScheduleDayRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayScheduleDayRow, videos_list);
}

static void
pathway_schedule_day_row_init (PathwayScheduleDayRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
