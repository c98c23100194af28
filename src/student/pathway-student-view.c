/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-student-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-candidates.h"
#include "pathway-learning.h"
#include "pathway-lessons.h"
#include "pathway-onboarding-page.h"
#include "pathway-plan-page.h"
#include "pathway-progress-page.h"
#include "pathway-student-view.h"
#include "pathway-today-page.h"
#include "pathway-util.h"
#include "pathway-videos-page.h"

/* The student's side: onboarding until there is a plan, then Today, Plan, Progress and Videos.
 * Its "stack" is NULL during onboarding, so the window's view switcher hides. */
struct _PathwayStudentView
{
  GtkWidget              parent_instance;

  GtkStack              *mode_stack;
  PathwayOnboardingPage *onboarding_page;
  AdwViewStack          *stack;
  PathwayTodayPage      *today_page;
  PathwayPlanPage       *plan_page;
  PathwayProgressPage   *progress_page;
  PathwayVideosPage     *videos_page;

  PathwayDb             *db;
  gint64                 user_id;
  GtkFileChooserNative  *chooser;
  GCancellable          *cancellable;
};

G_DEFINE_FINAL_TYPE (PathwayStudentView, pathway_student_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

AdwViewStack *
pathway_student_view_get_stack (PathwayStudentView *self)
{
  g_return_val_if_fail (PATHWAY_IS_STUDENT_VIEW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "study") != 0)
    return NULL;
  return self->stack;
}

static void
set_mode (PathwayStudentView *self,
          const char         *mode)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), mode) == 0)
    return;

  gtk_stack_set_visible_child_name (self->mode_stack, mode);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STACK]);
}

static void
reload (PathwayStudentView *self)
{
  pathway_today_page_set_student (self->today_page, self->db, self->user_id);
  pathway_plan_page_set_student (self->plan_page, self->db, self->user_id);
  pathway_progress_page_set_student (self->progress_page, self->db, self->user_id);
  pathway_videos_page_set_student (self->videos_page, self->db, self->user_id);
}

static gboolean
has_plan (PathwayStudentView *self)
{
  g_autoptr(PathwayLearningPlan) plan = pathway_learning_get_current_plan (self->db, self->user_id, NULL);

  return plan != NULL;
}

static void
start_onboarding (PathwayStudentView *self)
{
  pathway_onboarding_page_start (self->onboarding_page, self->db, self->user_id, has_plan (self));
  set_mode (self, "onboarding");
}

void
pathway_student_view_set_student (PathwayStudentView *self,
                                  PathwayDb          *db,
                                  gint64              user_id)
{
  g_return_if_fail (PATHWAY_IS_STUDENT_VIEW (self));
  g_return_if_fail (PATHWAY_IS_DB (db));

  g_set_object (&self->db, db);
  self->user_id = user_id;
  reload (self);

  /* A first-time student goes straight to making a plan. */
  if (has_plan (self))
    set_mode (self, "study");
  else
    start_onboarding (self);
}

static void
onboarding_finished (PathwayOnboardingPage *page,
                     gint64                 plan_id,
                     PathwayStudentView    *self)
{
  reload (self);
  adw_view_stack_set_visible_child_name (self->stack, "today");
  set_mode (self, "study");
}

static void
onboarding_cancelled (PathwayOnboardingPage *page,
                      PathwayStudentView    *self)
{
  set_mode (self, "study");
}

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  start_onboarding (PATHWAY_STUDENT_VIEW (widget));
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PathwayStudentView *self = PATHWAY_STUDENT_VIEW (widget);

  pathway_plan_page_reload (self->plan_page);
  pathway_progress_page_reload (self->progress_page);
}

static void
show_today_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PathwayStudentView *self = PATHWAY_STUDENT_VIEW (widget);

  pathway_today_page_reload (self->today_page);
  adw_view_stack_set_visible_child_name (self->stack, "today");
}

static void
import_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PathwayStudentView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_months = 0, n_days = 0;

  if (!pathway_lessons_import_finish (PATHWAY_DB (object), result, &n_months, &n_days, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("Nothing was imported: %s"), error->message);
    }
  else
    {
      g_autoptr(GError) refresh_error = NULL;

      if (!pathway_learning_refresh_plans (self->db, &refresh_error))
        g_debug ("%s", refresh_error->message);
      message = g_strdup_printf (ngettext ("Imported %u lesson with its quiz", "Imported %u lessons with their quizzes",
                                           n_days), n_days);
      reload (self);
    }

  pathway_util_toast (GTK_WIDGET (self), message);
}

static void
chooser_response (GtkNativeDialog    *dialog,
                  int                 response,
                  PathwayStudentView *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file != NULL)
    pathway_lessons_import_async (self->db, file, self->cancellable, import_done, g_object_ref (self));
}

static void
import_pack_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PathwayStudentView *self = PATHWAY_STUDENT_VIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Content Packs (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");

  self->chooser = gtk_file_chooser_native_new (_("Import Content Pack"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ───── exporting the profile for recruiters ───── */

#define FILE_NAME_MAX_CHARS 80

/* The student's name as a file name anywhere: no characters Windows, macOS or a memory stick's
 * file system refuse, no control characters, no leading dot. */
static char *
sanitize_file_name (const char *name)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean space = FALSE;
  guint n_chars = 0;

  for (const char *p = name; *p != '\0' && n_chars < FILE_NAME_MAX_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || g_unichar_isspace (c) ||
          (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL) || (c == '.' && text->len == 0))
        {
          space = text->len > 0;
          continue;
        }

      if (space)
        g_string_append_c (text, ' ');
      space = FALSE;
      g_string_append_unichar (text, c);
      n_chars++;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
suggest_file_name (PathwayStudentView *self)
{
  g_autoptr(PathwayOnboarding) onboarding = pathway_learning_get_onboarding (self->db, self->user_id, NULL);
  g_autofree char *name = sanitize_file_name (onboarding != NULL && onboarding->name != NULL ? onboarding->name : "");

  if (*name == '\0')
    /* Translators: the suggested file name of an exported profile */
    return g_strdup (_("Pathway profile.json"));
  /* Translators: the suggested file name of an exported profile; %s is the student’s name */
  return g_strdup_printf (_("%s – Pathway profile.json"), name);
}

static void
open_folder_clicked (AdwToast           *toast,
                     PathwayStudentView *self)
{
  GFile *folder = g_object_get_data (G_OBJECT (toast), "folder");
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), uri, GDK_CURRENT_TIME);
}

static void
profile_saved (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PathwayStudentView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GFile *folder;
  AdwToast *toast;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("Your profile was not saved: %s"), error->message);
      pathway_util_toast (GTK_WIDGET (self), message);
      return;
    }

  toast = pathway_util_new_toast (_("Profile saved"));
  folder = g_file_get_parent (G_FILE (object));
  if (folder != NULL)
    {
      adw_toast_set_button_label (toast, _("_Open Folder"));
      g_object_set_data_full (G_OBJECT (toast), "folder", folder, g_object_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_folder_clicked), self, 0);
    }
  pathway_util_add_toast (GTK_WIDGET (self), toast);
}

/* Writes the student's profile for recruiters (a "pathway-profile" document) to file, replacing
 * it whole or not at all. */
void
pathway_student_view_export_profile_to (PathwayStudentView *self,
                                        GFile              *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *message = NULL;
  char *text;

  g_return_if_fail (PATHWAY_IS_STUDENT_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->db == NULL)
    return;

  text = pathway_candidates_export_profile (self->db, self->user_id, &error);
  if (text == NULL)
    {
      message = g_strdup_printf (_("Your profile was not exported: %s"), error->message);
      pathway_util_toast (GTK_WIDGET (self), message);
      return;
    }

  bytes = g_bytes_new_take (text, strlen (text));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_NONE, self->cancellable,
                                       profile_saved, g_object_ref (self));
}

static void
export_response (GtkNativeDialog    *dialog,
                 int                 response,
                 PathwayStudentView *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file != NULL)
    pathway_student_view_export_profile_to (self, file);
}

static void
export_profile_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PathwayStudentView *self = PATHWAY_STUDENT_VIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->db == NULL || self->chooser != NULL)
    return;

  gtk_file_filter_set_name (filter, _("Pathway Profiles"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");

  name = suggest_file_name (self);
  self->chooser = gtk_file_chooser_native_new (_("Export My Profile"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
pathway_student_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PathwayStudentView *self = PATHWAY_STUDENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_STACK:
      g_value_set_object (value, pathway_student_view_get_stack (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_student_view_dispose (GObject *object)
{
  PathwayStudentView *self = PATHWAY_STUDENT_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_STUDENT_VIEW);
  g_clear_object (&self->db);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pathway_student_view_parent_class)->dispose (object);
}

static void
pathway_student_view_class_init (PathwayStudentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pathway_student_view_get_property;
  object_class->dispose = pathway_student_view_dispose;

  properties[PROP_STACK] =
    g_param_spec_object ("stack", NULL, NULL, ADW_TYPE_VIEW_STACK,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PATHWAY_TYPE_ONBOARDING_PAGE);
  g_type_ensure (PATHWAY_TYPE_TODAY_PAGE);
  g_type_ensure (PATHWAY_TYPE_PLAN_PAGE);
  g_type_ensure (PATHWAY_TYPE_PROGRESS_PAGE);
  g_type_ensure (PATHWAY_TYPE_VIDEOS_PAGE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-student-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayStudentView, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayStudentView, onboarding_page);
  gtk_widget_class_bind_template_child (widget_class, PathwayStudentView, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayStudentView, today_page);
  gtk_widget_class_bind_template_child (widget_class, PathwayStudentView, plan_page);
  gtk_widget_class_bind_template_child (widget_class, PathwayStudentView, progress_page);
  gtk_widget_class_bind_template_child (widget_class, PathwayStudentView, videos_page);
  gtk_widget_class_bind_template_callback (widget_class, onboarding_finished);
  gtk_widget_class_bind_template_callback (widget_class, onboarding_cancelled);

  gtk_widget_class_install_action (widget_class, "student.new-plan", NULL, new_plan_action);
  gtk_widget_class_install_action (widget_class, "student.import-pack", NULL, import_pack_action);
  gtk_widget_class_install_action (widget_class, "student.export-profile", NULL, export_profile_action);
  gtk_widget_class_install_action (widget_class, "student.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "student.show-today", NULL, show_today_action);
}

static void
pathway_student_view_init (PathwayStudentView *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
