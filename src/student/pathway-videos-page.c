/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-videos-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-duration.h"
#include "pathway-playlist-dialog.h"
#include "pathway-rows.h"
#include "pathway-schedule.h"
#include "pathway-schedule-day.h"
#include "pathway-schedule-day-row.h"
#include "pathway-schedules.h"
#include "pathway-util.h"
#include "pathway-videos-page.h"
#include "pathway-sync-runner.h"
#include "pathway-ytdlp.h"

/* Video courses: the student's schedules, one schedule's days, and adding one from YouTube or
 * from a yt-dlp file, with progress while it is fetched. */
struct _PathwayVideosPage
{
  GtkWidget              parent_instance;

  GtkStack              *stack;
  GtkBox                *schedules_box;
  AdwPreferencesGroup   *schedules_group;
  GtkLabel              *title_label;
  GtkLabel              *stats_label;
  GtkListView           *days_view;
  GtkButton             *resync_button;
  GtkLabel              *fetch_label;
  GtkProgressBar        *fetch_bar;

  PathwayDb             *db;
  gint64                 user_id;
  gint64                 schedule_id;
  GListStore            *days;
  GCancellable          *fetching;
  GtkFileChooserNative  *chooser;
  PathwayScheduleSettings pending;
  PathwayScheduleSource  pending_source;
  guint                  skipped;
  char                  *pending_start_time;
  char                  *previous_page;
};

G_DEFINE_FINAL_TYPE (PathwayVideosPage, pathway_videos_page, GTK_TYPE_WIDGET)

static void
today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
}

/* ───── the list of schedules ───── */

static void
schedule_activated (AdwActionRow      *row,
                    PathwayVideosPage *self)
{
  pathway_videos_page_show_schedule (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "schedule")));
}

static char *
describe_schedule (PathwayVideosPage      *self,
                   PathwayYoutubeSchedule *schedule)
{
  g_autoptr(GHashTable) watched = pathway_schedules_get_watched (self->db, schedule->id, NULL);
  guint n_days = json_array_get_length (json_node_get_array (schedule->schedule));
  g_autofree char *total = pathway_duration_describe (pathway_schedule_total_seconds (schedule->schedule));

  /* Translators: 14 days · 6 h 20 min · 12 watched */
  return g_strdup_printf (ngettext ("%u day · %s · %u watched", "%u days · %s · %u watched", n_days),
                          n_days, total, watched != NULL ? g_hash_table_size (watched) : 0);
}

static void
fill_schedules (PathwayVideosPage *self,
                GPtrArray         *schedules)
{
  /* A preferences group cannot be emptied row by row in libadwaita 1.2: make a new one. */
  if (self->schedules_group != NULL)
    gtk_box_remove (self->schedules_box, GTK_WIDGET (self->schedules_group));
  self->schedules_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->schedules_group, _("Video Courses"));
  gtk_box_append (self->schedules_box, GTK_WIDGET (self->schedules_group));

  for (guint i = 0; i < schedules->len; i++)
    {
      PathwayYoutubeSchedule *schedule = g_ptr_array_index (schedules, i);
      g_autofree char *subtitle = describe_schedule (self, schedule);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), schedule->playlist_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("video-x-generic-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "schedule", GSIZE_TO_POINTER (schedule->id));
      g_signal_connect_object (row, "activated", G_CALLBACK (schedule_activated), self, 0);
      adw_preferences_group_add (self->schedules_group, row);
    }
}

static void
show_list (PathwayVideosPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) schedules = pathway_schedules_list (self->db, self->user_id, &error);

  self->schedule_id = 0;
  if (schedules == NULL)
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return;
    }

  fill_schedules (self, schedules);
  gtk_stack_set_visible_child_name (self->stack, schedules->len > 0 ? "list" : "empty");
}

void
pathway_videos_page_set_student (PathwayVideosPage *self,
                                 PathwayDb         *db,
                                 gint64             user_id)
{
  g_return_if_fail (PATHWAY_IS_VIDEOS_PAGE (self));
  g_return_if_fail (PATHWAY_IS_DB (db));

  g_set_object (&self->db, db);
  self->user_id = user_id;
  show_list (self);
}

/* "empty", "list", "schedule" or "fetching". */
const char *
pathway_videos_page_get_visible_page (PathwayVideosPage *self)
{
  g_return_val_if_fail (PATHWAY_IS_VIDEOS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* ───── one schedule ───── */

static char *
describe_progress (JsonNode    *schedule,
                   GHashTable  *watched,
                   const GDate *date)
{
  JsonArray *days = json_node_get_array (schedule);
  gint64 remaining = 0;
  guint n_videos = 0, n_watched = 0;
  int behind = pathway_schedule_days_behind (schedule, watched, date);
  g_autofree char *left = NULL;
  g_autofree char *pace = NULL;

  for (guint d = 0; d < json_array_get_length (days); d++)
    {
      JsonArray *videos = json_object_get_array_member (json_array_get_object_element (days, d), "videos");

      for (guint v = 0; v < json_array_get_length (videos); v++)
        {
          JsonObject *video = json_array_get_object_element (videos, v);

          n_videos++;
          if (g_hash_table_contains (watched, json_object_get_string_member (video, "videoId")))
            n_watched++;
          else
            remaining += json_object_get_int_member_with_default (video, "seconds", 0);
        }
    }

  left = pathway_duration_describe (remaining);
  if (behind > 0)
    pace = g_strdup_printf (ngettext ("%d day behind", "%d days behind", behind), behind);
  else if (behind < 0)
    pace = g_strdup_printf (ngettext ("%d day ahead", "%d days ahead", -behind), -behind);
  else
    pace = g_strdup (_("on track"));

  /* Translators: 12 of 48 videos watched · 5 h 10 min left · 2 days behind */
  return g_strdup_printf (_("%u of %u videos watched · %s left · %s"), n_watched, n_videos, left, pace);
}

void
pathway_videos_page_show_schedule (PathwayVideosPage *self,
                                   gint64             schedule_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayYoutubeSchedule) schedule = NULL;
  g_autoptr(PathwayScheduleOptions) options = NULL;
  g_autoptr(GHashTable) watched = NULL;
  g_autofree char *stats = NULL;
  JsonArray *days;
  GDate date;

  g_return_if_fail (PATHWAY_IS_VIDEOS_PAGE (self));

  if ((schedule = pathway_youtube_schedules_get (self->db, schedule_id, &error)) == NULL ||
      (options = pathway_schedules_get_options (self->db, schedule_id, &error)) == NULL ||
      (watched = pathway_schedules_get_watched (self->db, schedule_id, &error)) == NULL)
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return;
    }

  self->schedule_id = schedule_id;
  today (&date);
  stats = describe_progress (schedule->schedule, watched, &date);
  gtk_label_set_label (self->title_label, schedule->playlist_title);
  gtk_label_set_label (self->stats_label, stats);
  gtk_widget_set_visible (GTK_WIDGET (self->resync_button), options->source == PATHWAY_SCHEDULE_SOURCE_YOUTUBE);

  g_list_store_remove_all (self->days);
  days = json_node_get_array (schedule->schedule);
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      g_autoptr(PathwayScheduleDay) day = pathway_schedule_day_new (json_array_get_object_element (days, i), watched);

      g_list_store_append (self->days, day);
    }

  gtk_stack_set_visible_child_name (self->stack, "schedule");
}

static void
setup_day (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, pathway_schedule_day_row_new ());
}

static void
bind_day (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GDate date;

  today (&date);
  pathway_schedule_day_row_bind (PATHWAY_SCHEDULE_DAY_ROW (gtk_list_item_get_child (item)),
                                 PATHWAY_SCHEDULE_DAY (gtk_list_item_get_item (item)), &date);
}

/* ───── adding a schedule ───── */

static void
show_fetching (PathwayVideosPage *self,
               const char        *message)
{
  g_free (self->previous_page);
  self->previous_page = g_strdup (gtk_stack_get_visible_child_name (self->stack));
  gtk_label_set_label (self->fetch_label, message);
  gtk_progress_bar_set_fraction (self->fetch_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "fetching");
}

static void
end_fetching (PathwayVideosPage *self,
              const GError      *error)
{
  g_clear_object (&self->fetching);

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        pathway_util_toast (GTK_WIDGET (self), error->message);
      if (self->schedule_id != 0)
        pathway_videos_page_show_schedule (self, self->schedule_id);
      else
        show_list (self);
    }
}

static void
fetch_progress (double      fraction,
                const char *text,
                gpointer    user_data)
{
  PathwayVideosPage *self = user_data;

  gtk_progress_bar_set_fraction (self->fetch_bar, fraction);
  gtk_label_set_label (self->fetch_label, text);
}

/* Writes a fetched or imported playlist as a new schedule; remembers its id and what was left out. */
static gboolean
create_schedule (PathwayDb              *db,
                 const PathwayPlaylist  *playlist,
                 guint                  *n_changed,
                 gpointer                user_data,
                 GError                **error)
{
  PathwayVideosPage *self = user_data;

  self->pending.start_time = self->pending_start_time;
  self->schedule_id = pathway_schedules_create (db, self->user_id, playlist, self->pending_source,
                                                &self->pending, error);
  self->skipped = pathway_playlist_count_skipped (playlist);
  *n_changed = playlist->videos->len;
  return self->schedule_id != 0;
}

static void
show_created (PathwayVideosPage *self)
{
  g_autofree char *message = NULL;

  end_fetching (self, NULL);
  pathway_videos_page_show_schedule (self, self->schedule_id);
  if (self->skipped > 0)
    {
      message = g_strdup_printf (ngettext ("%u video was left out: private, deleted, live or of unknown length",
                                           "%u videos were left out: private, deleted, live or of unknown length",
                                           self->skipped), self->skipped);
      pathway_util_toast (GTK_WIDGET (self), message);
    }
}

static void
fetched (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(PathwayVideosPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pathway_sync_youtube_playlist_finish (PATHWAY_DB (object), result, NULL, &error))
    {
      self->schedule_id = 0;
      end_fetching (self, error);
    }
  else
    show_created (self);
}

static void
file_loaded (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PathwayVideosPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  g_autoptr(PathwayPlaylist) playlist = bytes != NULL ? pathway_ytdlp_parse (bytes, &error) : NULL;
  guint n_changed;

  if (playlist == NULL || !create_schedule (self->db, playlist, &n_changed, self, &error))
    {
      self->schedule_id = 0;
      end_fetching (self, error);
    }
  else
    show_created (self);
}

static void
playlist_accepted (PathwayPlaylistDialog *dialog,
                   PathwayVideosPage     *self)
{
  GFile *file = pathway_playlist_dialog_get_file (dialog);

  pathway_playlist_dialog_get_settings (dialog, &self->pending);
  g_free (self->pending_start_time);
  self->pending_start_time = g_strdup (self->pending.start_time);

  self->schedule_id = 0;
  self->fetching = g_cancellable_new ();
  self->pending_source = file != NULL ? PATHWAY_SCHEDULE_SOURCE_YTDLP : PATHWAY_SCHEDULE_SOURCE_YOUTUBE;
  if (file != NULL)
    {
      show_fetching (self, _("Reading the yt-dlp file…"));
      g_file_load_bytes_async (file, self->fetching, file_loaded, g_object_ref (self));
    }
  else
    {
      show_fetching (self, _("Asking YouTube for the playlist…"));
      pathway_sync_youtube_playlist_async (self->db, pathway_playlist_dialog_get_playlist (dialog),
                                           fetch_progress, self, create_schedule, self,
                                           self->fetching, fetched, g_object_ref (self));
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
open_dialog (PathwayVideosPage *self,
             gboolean           from_file)
{
  PathwayPlaylistDialog *dialog = pathway_playlist_dialog_new (from_file);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "accepted", G_CALLBACK (playlist_accepted), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_dialog (PATHWAY_VIDEOS_PAGE (widget), FALSE);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_dialog (PATHWAY_VIDEOS_PAGE (widget), TRUE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_cancellable_cancel (PATHWAY_VIDEOS_PAGE (widget)->fetching);
}

/* ───── working on a schedule ───── */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_list (PATHWAY_VIDEOS_PAGE (widget));
}

static void
toggle_watched_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PathwayVideosPage *self = PATHWAY_VIDEOS_PAGE (widget);
  g_autoptr(GHashTable) watched = pathway_schedules_get_watched (self->db, self->schedule_id, NULL);
  const char *video_id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  if (watched == NULL ||
      !pathway_schedules_set_watched (self->db, self->schedule_id, video_id,
                                      !g_hash_table_contains (watched, video_id), &error))
    {
      if (error != NULL)
        pathway_util_toast (widget, error->message);
      return;
    }

  pathway_videos_page_show_schedule (self, self->schedule_id);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autofree char *escaped = g_uri_escape_string (g_variant_get_string (parameter, NULL), NULL, FALSE);
  g_autofree char *uri = g_strconcat ("https://www.youtube.com/watch?v=", escaped, NULL);

  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (widget)), uri, GDK_CURRENT_TIME);
}

static void
replan_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PathwayVideosPage *self = PATHWAY_VIDEOS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  GDate date;

  today (&date);
  if (!pathway_schedules_replan (self->db, self->schedule_id, &date, &error))
    {
      pathway_util_toast (widget, error->message);
      return;
    }

  pathway_videos_page_show_schedule (self, self->schedule_id);
  pathway_util_toast (widget, _("The videos not yet watched are planned again from today"));
}

static gboolean
merge_schedule (PathwayDb              *db,
                const PathwayPlaylist  *playlist,
                guint                  *n_changed,
                gpointer                user_data,
                GError                **error)
{
  PathwayVideosPage *self = user_data;
  GDate date;

  today (&date);
  return pathway_schedules_resync (db, self->schedule_id, playlist, &date, n_changed, error);
}

static void
resynced (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PathwayVideosPage) self = user_data;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  if (!pathway_sync_youtube_playlist_finish (PATHWAY_DB (object), result, &n_changed, &error))
    {
      end_fetching (self, error);
      return;
    }

  end_fetching (self, NULL);
  pathway_videos_page_show_schedule (self, self->schedule_id);
  pathway_util_toast (GTK_WIDGET (self), n_changed > 0
                                         ? _("The playlist’s changes are in your schedule; watched videos stay watched")
                                         : _("The schedule is up to date with the playlist"));
}

static void
resync_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PathwayVideosPage *self = PATHWAY_VIDEOS_PAGE (widget);
  g_autoptr(PathwayYoutubeSchedule) schedule = pathway_youtube_schedules_get (self->db, self->schedule_id, NULL);

  if (schedule == NULL)
    return;

  self->fetching = g_cancellable_new ();
  show_fetching (self, _("Asking YouTube for the playlist…"));
  pathway_sync_youtube_playlist_async (self->db, schedule->playlist_id, fetch_progress, self, merge_schedule, self,
                                       self->fetching, resynced, g_object_ref (self));
}

static void
exported (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PathwayVideosPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    pathway_util_toast (GTK_WIDGET (self), error->message);
  else
    pathway_util_toast (GTK_WIDGET (self), _("Calendar saved: open it with your calendar to add the study days"));
}

static void
export_response (GtkNativeDialog   *dialog,
                 int                response,
                 PathwayVideosPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = NULL;
  GBytes *bytes;
  gsize length;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  ics = pathway_schedules_export_ics (self->db, self->schedule_id, now, &error);
  if (ics == NULL)
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return;
    }

  length = strlen (ics);
  bytes = g_bytes_new_take (g_steal_pointer (&ics), length);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                       exported, g_object_ref (self));
  g_bytes_unref (bytes);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PathwayVideosPage *self = PATHWAY_VIDEOS_PAGE (widget);

  self->chooser = gtk_file_chooser_native_new (_("Export to Calendar"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  /* Translators: the suggested file name of an exported calendar */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("study-schedule.ics"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
delete_response (AdwMessageDialog  *dialog,
                 const char        *response,
                 PathwayVideosPage *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!pathway_youtube_schedules_delete (self->db, self->schedule_id, &error))
    pathway_util_toast (GTK_WIDGET (self), error->message);
  show_list (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PathwayVideosPage *self = PATHWAY_VIDEOS_PAGE (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                              _("Delete This Schedule?"),
                                              _("Its days and watched marks are deleted. The playlist on YouTube "
                                                "is not touched."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pathway_videos_page_dispose (GObject *object)
{
  PathwayVideosPage *self = PATHWAY_VIDEOS_PAGE (object);

  g_cancellable_cancel (self->fetching);
  g_clear_object (&self->fetching);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_VIDEOS_PAGE);
  g_clear_object (&self->db);
  g_clear_object (&self->days);
  g_clear_pointer (&self->pending_start_time, g_free);
  g_clear_pointer (&self->previous_page, g_free);

  G_OBJECT_CLASS (pathway_videos_page_parent_class)->dispose (object);
}

static void
pathway_videos_page_class_init (PathwayVideosPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_videos_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-videos-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayVideosPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayVideosPage, schedules_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayVideosPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayVideosPage, stats_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayVideosPage, days_view);
  gtk_widget_class_bind_template_child (widget_class, PathwayVideosPage, resync_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayVideosPage, fetch_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayVideosPage, fetch_bar);

  gtk_widget_class_install_action (widget_class, "videos.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "videos.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "videos.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "videos.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "videos.toggle-watched", "s", toggle_watched_action);
  gtk_widget_class_install_action (widget_class, "videos.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "videos.replan", NULL, replan_action);
  gtk_widget_class_install_action (widget_class, "videos.resync", NULL, resync_action);
  gtk_widget_class_install_action (widget_class, "videos.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "videos.delete", NULL, delete_action);
}

static void
pathway_videos_page_init (PathwayVideosPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->days = g_list_store_new (PATHWAY_TYPE_SCHEDULE_DAY);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_day), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_day), NULL);
  gtk_list_view_set_factory (self->days_view, factory);
  gtk_list_view_set_model (self->days_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->days)))));
  g_object_unref (factory);
}
