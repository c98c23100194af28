/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "pathway-test-ui.h"

static char *home;

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;
  GFile *child;

  while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

static void
remove_home (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (home);

  remove_tree (file);
  g_clear_pointer (&home, g_free);
}

/* GTK 4.8's GtkRevealer, inside AdwViewSwitcherBar, allocates its children with height -1 when it
 * reveals with animations off (reproduced with a bare AdwViewSwitcherBar in a window). Those
 * warnings are GTK's, not Pathway's; every other warning stays fatal. */
static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        g_str_has_prefix (fields[i].value, "gtk_widget_size_allocate(): attempt to allocate ") &&
        g_str_has_suffix (fields[i].value, " and height -1"))
      return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (level, fields, n_fields, user_data);
}

/* Like G_TEST_OPTION_ISOLATE_DIRS for the user's folders, but keeping the system's: windows need
 * its icons, fonts and MIME database. Everything is removed when the program exits. */
void
pathway_test_ui_init (int    *argc,
                      char ***argv)
{
  static const char *variables[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  g_test_init (argc, argv, NULL);
  g_log_set_writer_func (log_writer, NULL, NULL);

  home = g_dir_make_tmp ("pathway-ui-XXXXXX", NULL);
  g_assert_nonnull (home);
  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      g_autofree char *folder = g_build_filename (home, variables[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      g_setenv (variables[i], folder, TRUE);
    }
  atexit (remove_home);
}

/* For tests that show Pathway's widgets in windows of their own, without running the app: what
 * the app would set up, with the texts untranslated and no animations to wait for. */
void
pathway_test_ui_init_widgets (int    *argc,
                              char ***argv)
{
  g_autoptr(GtkCssProvider) css = NULL;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  pathway_test_ui_init (argc, argv);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* The app's stylesheet, which AdwApplication would load; the display keeps the provider. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

typedef struct {
  PathwayTestUiFunc func;
  gpointer          data;
} Run;

static void
close_windows (PathwayApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    {
      GtkWindow *window = windows->data;

      /* Closed as a person would (so the window size is saved), then gone for sure. */
      gtk_window_close (window);
      pathway_test_ui_settle ();
      if (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL &&
          gtk_application_get_windows (GTK_APPLICATION (app))->data == window)
        gtk_window_destroy (window);
    }
}

static gboolean
run_steps (gpointer user_data)
{
  Run *run = user_data;
  PathwayApplication *app = PATHWAY_APPLICATION (g_application_get_default ());

  /* Pictures should show where things end up, not half-way through a transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* GNOME's own window buttons, rather than the bare X server's three. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  g_application_hold (G_APPLICATION (app));
  run->func (app, run->data);
  close_windows (app);
  g_application_release (G_APPLICATION (app));
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
activated (GApplication *app,
           Run          *run)
{
  g_signal_handlers_disconnect_by_func (app, activated, run);
  g_idle_add (run_steps, run);
}

/* Runs the app on database_path, as `pathway` would start, and calls func once it is up; the app
 * quits when func returns, and must then be gone from memory. */
void
pathway_test_ui_run (const char        *database_path,
                     PathwayTestUiFunc  func,
                     gpointer           data)
{
  PathwayApplication *app;
  Run run = { func, data };
  char *argv[] = { (char *) "pathway", NULL };

  g_setenv ("PATHWAY_DATABASE", database_path, TRUE);

  app = pathway_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activated), &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);

  g_object_add_weak_pointer (G_OBJECT (app), (gpointer *) &app);
  g_object_unref (app);
  g_assert_null (app);
}

PathwayWindow *
pathway_test_ui_window (PathwayApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (PATHWAY_IS_WINDOW (window));
  return PATHWAY_WINDOW (window);
}

void
pathway_test_ui_wait_for_page (PathwayWindow *window,
                               const char    *page)
{
  while (g_strcmp0 (pathway_window_get_visible_page (window), page) != 0)
    g_main_context_iteration (NULL, TRUE);
  pathway_test_ui_settle ();
}

static gboolean
mark_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets pending work, layout and painting happen. */
void
pathway_test_ui_settle (void)
{
  for (guint i = 0; i < 3; i++)
    {
      gboolean done = FALSE;

      g_timeout_add (50, mark_done, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }
}

/* Destroys window, which must then be gone from memory. */
void
pathway_test_ui_destroy_window (GtkWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (window);
  pathway_test_ui_settle ();
  g_assert_null (window);
}

/* The first widget under root, root included, that match accepts. */
GtkWidget *
pathway_test_ui_find (GtkWidget          *root,
                      PathwayTestUiMatch  match,
                      gconstpointer       wanted)
{
  if (match (root, wanted))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pathway_test_ui_find (child, match, wanted);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct {
  const char *action_name;
  const char *target;
} Target;

static gboolean
targets (GtkWidget     *widget,
         gconstpointer  wanted)
{
  const Target *t = wanted;
  GVariant *value;

  if (!GTK_IS_BUTTON (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), t->action_name) != 0)
    return FALSE;

  value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  if (t->target == NULL)
    return value == NULL;
  return value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) &&
         g_str_equal (g_variant_get_string (value, NULL), t->target);
}

/* The button under root that activates action_name (with a string target, if given). */
GtkWidget *
pathway_test_ui_find_button (GtkWidget  *root,
                             const char *action_name,
                             const char *target)
{
  Target wanted = { action_name, target };

  return pathway_test_ui_find (root, targets, &wanted);
}

static gboolean
is_mapped_instance (GtkWidget     *widget,
                    gconstpointer  wanted)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, *(const GType *) wanted) && gtk_widget_get_mapped (widget);
}

/* The first widget of type under root that is on screen. */
GtkWidget *
pathway_test_ui_find_mapped (GtkWidget *root,
                             GType      type)
{
  return pathway_test_ui_find (root, is_mapped_instance, &type);
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

/* The widget under root named name (GtkWidget:name), on screen or not. */
GtkWidget *
pathway_test_ui_find_named (GtkWidget  *root,
                            const char *name)
{
  return pathway_test_ui_find (root, is_named, name);
}

static gboolean
is_entry_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The AdwEntryRow on screen under root whose title is title. */
GtkEditable *
pathway_test_ui_find_entry (GtkWidget  *root,
                            const char *title)
{
  return GTK_EDITABLE (pathway_test_ui_find (root, is_entry_titled, title));
}

/* Types text into the entry row titled title, replacing what it held. */
void
pathway_test_ui_type (GtkWidget  *root,
                      const char *title,
                      const char *text)
{
  GtkEditable *entry = pathway_test_ui_find_entry (root, title);

  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, text);
}

static gboolean
reads (GtkWidget     *widget,
       gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Whether a label on screen under root reads text, all of it: a toast, a sentence, a name. */
gboolean
pathway_test_ui_shows_text (GtkWidget  *root,
                            const char *text)
{
  return pathway_test_ui_find (root, reads, text) != NULL;
}

static gboolean
is_error (GtkWidget     *widget,
          gconstpointer  unused)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") && gtk_widget_is_visible (widget);
}

/* Whether a form under root shows an error message. */
gboolean
pathway_test_ui_shows_error (GtkWidget *root)
{
  return pathway_test_ui_find (root, is_error, NULL) != NULL;
}

GtkWindow *
pathway_test_ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* Saves what widget shows as $PATHWAY_SCREENSHOT_DIR/name.png, for people to look at. */
void
pathway_test_ui_screenshot (GtkWidget  *widget,
                            const char *name)
{
  const char *folder = g_getenv ("PATHWAY_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  int width = 0, height = 0;

  if (folder == NULL)
    return;

  paintable = gtk_widget_paintable_new (widget);

  /* A style change may not be painted yet on a slow (sanitized) run: wait for it. */
  for (guint tries = 0; node == NULL && tries < 20; tries++)
    {
      pathway_test_ui_settle ();
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      g_assert_cmpint (width, >, 0);

      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (folder, 0755);
  file_name = g_strconcat (name, ".png", NULL);
  path = g_build_filename (folder, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The window in the light style and in the dark one. */
void
pathway_test_ui_screenshots (GtkWindow  *window,
                             const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *dark = g_strconcat (name, "-dark", NULL);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  pathway_test_ui_screenshot (GTK_WIDGET (window), name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  pathway_test_ui_screenshot (GTK_WIDGET (window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}
