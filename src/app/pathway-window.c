/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-local-users.h"
#include "pathway-recruiter-view.h"
#include "pathway-student-view.h"
#include "pathway-util.h"
#include "pathway-welcome-page.h"
#include "pathway-window.h"

struct _PathwayWindow
{
  AdwApplicationWindow  parent_instance;

  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  PathwayStudentView   *student_view;
  PathwayRecruiterView *recruiter_view;

  PathwayDb            *db;
  GSettings            *settings;
  GBinding             *title_binding;
  GBinding             *bar_binding;
};

G_DEFINE_FINAL_TYPE (PathwayWindow, pathway_window, ADW_TYPE_APPLICATION_WINDOW)

static void
load_window_size (PathwayWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

PathwayWindow *
pathway_window_new (PathwayApplication *application)
{
  PathwayWindow *self;

  g_return_val_if_fail (PATHWAY_IS_APPLICATION (application), NULL);

  self = g_object_new (PATHWAY_TYPE_WINDOW,
                       "application", application,
                       NULL);
  self->settings = g_object_ref (pathway_application_get_settings (application));
  load_window_size (self);
  return self;
}

const char *
pathway_window_get_visible_page (PathwayWindow *self)
{
  g_return_val_if_fail (PATHWAY_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

static void
unbind_switchers (PathwayWindow *self)
{
  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_clear_pointer (&self->bar_binding, g_binding_unbind);
}

/* The view switcher follows the student's views, which come and go with onboarding. */
static void
follow_student_views (PathwayWindow *self)
{
  self->title_binding = g_object_bind_property (self->student_view, "stack", self->switcher_title, "stack",
                                                G_BINDING_SYNC_CREATE);
  self->bar_binding = g_object_bind_property (self->student_view, "stack", self->switcher_bar, "stack",
                                              G_BINDING_SYNC_CREATE);
}

/* Shows a page of the main stack, with the view switcher on the role's views, if any. */
static void
show_page (PathwayWindow *self,
           const char    *page,
           int            role)
{
  gboolean has_role = role == PATHWAY_USER_TYPE_STUDENT || role == PATHWAY_USER_TYPE_RECRUITER;

  unbind_switchers (self);
  if (role == PATHWAY_USER_TYPE_STUDENT)
    follow_student_views (self);
  else
    {
      AdwViewStack *stack = role == PATHWAY_USER_TYPE_RECRUITER
                            ? pathway_recruiter_view_get_stack (self->recruiter_view) : NULL;

      adw_view_switcher_title_set_stack (self->switcher_title, stack);
      adw_view_switcher_bar_set_stack (self->switcher_bar, stack);
    }

  gtk_stack_set_visible_child_name (self->main_stack, page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.switch-role", has_role);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", has_role);
}

static void
show_role (PathwayWindow   *self,
           PathwayUserType  role,
           gint64           user_id)
{
  if (role == PATHWAY_USER_TYPE_STUDENT)
    pathway_student_view_set_student (self->student_view, self->db, user_id);
  else
    pathway_recruiter_view_set_recruiter (self->recruiter_view, self->db, user_id);

  show_page (self, role == PATHWAY_USER_TYPE_RECRUITER ? "recruiter" : "student", role);
}

void
pathway_window_show_error (PathwayWindow *self,
                           const GError  *error)
{
  g_return_if_fail (PATHWAY_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  /* AdwStatusPage descriptions are markup: the message may hold a file name of any shape. */
  {
    g_autofree char *escaped = g_markup_escape_text (error->message, -1);
    adw_status_page_set_description (self->error_page, escaped);
  }

  g_clear_object (&self->db);
  show_page (self, "error", PATHWAY_UNSET);
}

void
pathway_window_set_db (PathwayWindow *self,
                       PathwayDb     *db)
{
  g_autoptr(PathwayAppState) state = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PATHWAY_IS_WINDOW (self));
  g_return_if_fail (PATHWAY_IS_DB (db));

  g_set_object (&self->db, db);

  state = pathway_local_users_get_state (db, &error);
  if (state == NULL)
    {
      pathway_window_show_error (self, error);
      return;
    }

  if (state->active_role == PATHWAY_UNSET)
    show_page (self, "welcome", PATHWAY_UNSET);
  else
    show_role (self, state->active_role,
               state->active_role == PATHWAY_USER_TYPE_RECRUITER ? state->recruiter_user_id : state->student_user_id);
}

static void
activate_role (PathwayWindow   *self,
               PathwayUserType  role,
               gboolean         announce)
{
  g_autoptr(GError) error = NULL;
  gint64 user_id;

  g_return_if_fail (self->db != NULL);

  user_id = pathway_local_users_activate (self->db, role, &error);
  if (user_id == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, pathway_util_new_toast (error->message));
      return;
    }

  show_role (self, role, user_id);

  if (announce)
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (role == PATHWAY_USER_TYPE_RECRUITER
                                                ? _("Switched to Recruiter")
                                                : _("Switched to Student")));
}

static void
choose_role_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PathwayWindow *self = PATHWAY_WINDOW (widget);
  int role = pathway_enum_from_nick (pathway_user_type_nicks, g_variant_get_string (parameter, NULL));

  g_return_if_fail (role >= 0);
  activate_role (self, role, FALSE);
}

static void
switch_role_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PathwayWindow *self = PATHWAY_WINDOW (widget);
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);

  activate_role (self,
                 g_strcmp0 (page, "student") == 0 ? PATHWAY_USER_TYPE_RECRUITER : PATHWAY_USER_TYPE_STUDENT,
                 TRUE);
}

/* Alt+1, Alt+2, Alt+3: the role's first, second and third view. */
static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PathwayWindow *self = PATHWAY_WINDOW (widget);
  AdwViewStack *stack = adw_view_switcher_title_get_stack (self->switcher_title);
  g_autoptr(GtkSelectionModel) pages = NULL;
  int index = g_variant_get_int32 (parameter);

  if (stack == NULL)
    return;

  pages = adw_view_stack_get_pages (stack);
  if (index >= 0 && (guint) index < g_list_model_get_n_items (G_LIST_MODEL (pages)))
    gtk_selection_model_select_item (pages, index, TRUE);
}

static gboolean
pathway_window_close_request (GtkWindow *window)
{
  PathwayWindow *self = PATHWAY_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (pathway_window_parent_class)->close_request (window);
}

static void
pathway_window_dispose (GObject *object)
{
  PathwayWindow *self = PATHWAY_WINDOW (object);

  unbind_switchers (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_WINDOW);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pathway_window_parent_class)->dispose (object);
}

static void
pathway_window_class_init (PathwayWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pathway_window_dispose;
  window_class->close_request = pathway_window_close_request;

  g_type_ensure (PATHWAY_TYPE_WELCOME_PAGE);
  g_type_ensure (PATHWAY_TYPE_STUDENT_VIEW);
  g_type_ensure (PATHWAY_TYPE_RECRUITER_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PathwayWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PathwayWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PathwayWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, PathwayWindow, student_view);
  gtk_widget_class_bind_template_child (widget_class, PathwayWindow, recruiter_view);

  gtk_widget_class_install_action (widget_class, "win.choose-role", "s", choose_role_action);
  gtk_widget_class_install_action (widget_class, "win.switch-role", NULL, switch_role_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "i", show_view_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.switch-role", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "i", 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-view", "i", 2);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-view", "i", 3);
}

static void
pathway_window_init (PathwayWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_page (self, "loading", PATHWAY_UNSET);
}
