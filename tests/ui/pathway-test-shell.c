/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-test-shell.h"
#include "pathway-test-ui.h"

struct _PathwayTestShell
{
  GtkWidget  parent_instance;

  GPtrArray *asked;   /* char * */
};

G_DEFINE_FINAL_TYPE (PathwayTestShell, pathway_test_shell, GTK_TYPE_WIDGET)

enum {
  ASKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
record (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  PathwayTestShell *self = PATHWAY_TEST_SHELL (widget);
  const char *name = action_name + strlen ("recruiter.");
  char *what;

  if (parameter != NULL)
    what = g_strdup_printf ("%s %" G_GINT64_FORMAT, name, g_variant_get_int64 (parameter));
  else
    what = g_strdup (name);

  g_ptr_array_add (self->asked, what);
  g_signal_emit (self, signals[ASKED], 0, what);
}

guint
pathway_test_shell_count_asked (PathwayTestShell *self,
                                const char       *what)
{
  guint n = 0;

  for (guint i = 0; i < self->asked->len; i++)
    n += g_str_equal (g_ptr_array_index (self->asked, i), what);
  return n;
}

/* What the page asked last, or NULL. */
const char *
pathway_test_shell_get_last_asked (PathwayTestShell *self)
{
  return self->asked->len > 0 ? g_ptr_array_index (self->asked, self->asked->len - 1) : NULL;
}

GtkWindow *
pathway_test_shell_get_window (PathwayTestShell *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

/* A window of app with a header bar and a toast overlay, like Pathway's, around page. */
PathwayTestShell *
pathway_test_shell_open (PathwayApplication *app,
                         GtkWidget          *page,
                         int                 width,
                         int                 height)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *overlay = adw_toast_overlay_new ();
  PathwayTestShell *self = g_object_new (PATHWAY_TYPE_TEST_SHELL, NULL);

  gtk_widget_set_parent (page, GTK_WIDGET (self));
  gtk_widget_set_vexpand (overlay, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), overlay);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (self));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Pathway");
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  return self;
}

/* As the recruiter view does. */
static void
reload_candidates (PathwayTestShell *self,
                   const char       *what)
{
  if (g_str_equal (what, "candidates-changed"))
    pathway_candidates_page_reload (PATHWAY_CANDIDATES_PAGE (gtk_widget_get_first_child (GTK_WIDGET (self))));
}

/* The recruiter's candidates page on db, in a shell that reloads it when told the candidates
 * changed. */
PathwayTestShell *
pathway_test_shell_open_candidates (PathwayApplication     *app,
                                    PathwayDb              *db,
                                    gint64                  recruiter_id,
                                    PathwayCandidatesPage **page)
{
  PathwayTestShell *self;

  *page = g_object_new (PATHWAY_TYPE_CANDIDATES_PAGE, NULL);
  self = pathway_test_shell_open (app, GTK_WIDGET (*page), 1000, 640);
  g_signal_connect (self, "asked", G_CALLBACK (reload_candidates), NULL);
  pathway_candidates_page_set_recruiter (*page, db, recruiter_id);
  pathway_test_ui_settle ();
  return self;
}

static void
pathway_test_shell_dispose (GObject *object)
{
  PathwayTestShell *self = PATHWAY_TEST_SHELL (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->asked, g_ptr_array_unref);

  G_OBJECT_CLASS (pathway_test_shell_parent_class)->dispose (object);
}

static void
pathway_test_shell_class_init (PathwayTestShellClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pathway_test_shell_dispose;

  signals[ASKED] = g_signal_new ("asked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "recruiter.new-job", NULL, record);
  gtk_widget_class_install_action (widget_class, "recruiter.edit-job", "x", record);
  gtk_widget_class_install_action (widget_class, "recruiter.show-job", "x", record);
  gtk_widget_class_install_action (widget_class, "recruiter.show-jobs", NULL, record);
  gtk_widget_class_install_action (widget_class, "recruiter.show-candidate", "x", record);
  gtk_widget_class_install_action (widget_class, "recruiter.jobs-changed", NULL, record);
  gtk_widget_class_install_action (widget_class, "recruiter.candidates-changed", NULL, record);
}

static void
pathway_test_shell_init (PathwayTestShell *self)
{
  self->asked = g_ptr_array_new_with_free_func (g_free);
}

/* ───── finding and pressing ───── */

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
button_has_action (GtkWidget     *widget,
                   gconstpointer  action_name)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

static gboolean
button_has_label (GtkWidget     *widget,
                  gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* A toast's close button: AdwToastWidget's, whose CSS name is "toast". */
static gboolean
closes_toast (GtkWidget     *widget,
              gconstpointer  unused)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "window-close-symbolic") == 0 &&
         g_str_equal (gtk_widget_get_css_name (gtk_widget_get_parent (widget)), "toast");
}

/* The first label on screen under root whose text contains text. */
GtkWidget *
pathway_test_shell_find_label (GtkWidget  *root,
                               const char *text)
{
  return pathway_test_ui_find (root, label_contains, text);
}

GtkWidget *
pathway_test_shell_find_action (GtkWidget  *root,
                                const char *action_name)
{
  return pathway_test_ui_find (root, button_has_action, action_name);
}

GtkWidget *
pathway_test_shell_find_button_labelled (GtkWidget  *root,
                                         const char *label)
{
  return pathway_test_ui_find (root, button_has_label, label);
}

/* As a click would: GtkButton's own activate waits a quarter second before it clicks. */
void
pathway_test_shell_click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
  pathway_test_ui_settle ();
}

/* Presses keys as the widget's own shortcuts see them; GTK 4 has no way to fake a key event. */
void
pathway_test_shell_press (GtkWidget       *widget,
                          guint            keyval,
                          GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE, widget, NULL));
              pathway_test_ui_settle ();
              return;
            }
        }
    }

  g_error ("%s has no shortcut for %s", G_OBJECT_TYPE_NAME (widget), gdk_keyval_name (keyval));
}

/* Closes the toast on show and those waiting behind it, so that the next one shows at once. */
void
pathway_test_shell_dismiss_toasts (GtkWidget *window)
{
  GtkWidget *close;
  guint n;

  for (n = 0; n < 50 && (close = pathway_test_ui_find (window, closes_toast, NULL)) != NULL; n++)
    pathway_test_shell_click (close);
  g_assert_cmpuint (n, <, 50);
}
