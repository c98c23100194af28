/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-application"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-application.h"
#include "pathway-preferences-window.h"
#include "pathway-window.h"

struct _PathwayApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *database_path;
  PathwayDb      *db;
  GCancellable   *opening;
};

G_DEFINE_FINAL_TYPE (PathwayApplication, pathway_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

PathwayApplication *
pathway_application_new (void)
{
  return g_object_new (PATHWAY_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

PathwayDb *
pathway_application_get_db (PathwayApplication *self)
{
  g_return_val_if_fail (PATHWAY_IS_APPLICATION (self), NULL);

  return self->db;
}

const char *
pathway_application_get_database_path (PathwayApplication *self)
{
  g_return_val_if_fail (PATHWAY_IS_APPLICATION (self), NULL);

  return self->database_path;
}

GSettings *
pathway_application_get_settings (PathwayApplication *self)
{
  g_return_val_if_fail (PATHWAY_IS_APPLICATION (self), NULL);

  return self->settings;
}

static PathwayWindow *
get_window (PathwayApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return PATHWAY_IS_WINDOW (window) ? PATHWAY_WINDOW (window) : NULL;
}

static void
open_database_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PathwayApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayDb) db = pathway_db_open_finish (result, &error);
  PathwayWindow *window;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->opening);
  window = get_window (self);

  if (db == NULL)
    {
      g_debug ("%s", error->message);
      if (window != NULL)
        pathway_window_show_error (window, error);
      return;
    }

  g_set_object (&self->db, db);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DB]);
  if (window != NULL)
    pathway_window_set_db (window, db);
}

/* Opens (or creates) the database off the main thread; the window shows it, or why it could not. */
void
pathway_application_open_database (PathwayApplication *self)
{
  g_return_if_fail (PATHWAY_IS_APPLICATION (self));

  g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  self->opening = g_cancellable_new ();

  pathway_db_open_async (self->database_path, self->opening, open_database_cb, g_object_ref (self));
}

static void
apply_color_scheme (PathwayApplication *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT,
    ADW_COLOR_SCHEME_FORCE_LIGHT,
    ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint index = g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[MIN (index, G_N_ELEMENTS (schemes) - 1)]);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
reopen_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  pathway_application_open_database (PATHWAY_APPLICATION (user_data));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PathwayApplication *self = user_data;
  PathwayPreferencesWindow *preferences;

  preferences = pathway_preferences_window_new (self->settings, self->db, self->database_path);
  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  PathwayApplication *self = user_data;
  static const char *developers[] = { "The Pathway developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Pathway"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Pathway developers"),
                         "developers", developers,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan what to learn and study a little every day, or find and "
                                       "shortlist the right candidates. Everything stays on this computer."),
                         "copyright", "© 2026 The Pathway developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "reopen", reopen_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

static void
pathway_application_startup (GApplication *application)
{
  PathwayApplication *self = PATHWAY_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (pathway_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);

  /* --database (read in handle_local_options), then $PATHWAY_DATABASE, then the default. */
  if (self->database_path == NULL)
    {
      const char *env = g_getenv ("PATHWAY_DATABASE");

      if (env != NULL && *env != '\0')
        self->database_path = g_canonicalize_filename (env, NULL);
      else
        self->database_path = pathway_db_dup_default_path ();
    }

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (apply_color_scheme), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);
}

static void
pathway_application_activate (GApplication *application)
{
  PathwayApplication *self = PATHWAY_APPLICATION (application);
  PathwayWindow *window = get_window (self);

  if (window == NULL)
    {
      window = pathway_window_new (self);
      if (self->db != NULL)
        pathway_window_set_db (window, self->db);
      else if (self->opening == NULL)
        pathway_application_open_database (self);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static int
pathway_application_handle_local_options (GApplication *application,
                                          GVariantDict *options)
{
  PathwayApplication *self = PATHWAY_APPLICATION (application);
  g_autofree char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^ay", &path))
    self->database_path = g_canonicalize_filename (path, NULL);

  return -1;
}

static void
pathway_application_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PathwayApplication *self = PATHWAY_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DB:
      g_value_set_object (value, self->db);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_application_dispose (GObject *object)
{
  PathwayApplication *self = PATHWAY_APPLICATION (object);

  g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pathway_application_parent_class)->dispose (object);
}

static void
pathway_application_finalize (GObject *object)
{
  PathwayApplication *self = PATHWAY_APPLICATION (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (pathway_application_parent_class)->finalize (object);
}

static void
pathway_application_class_init (PathwayApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->get_property = pathway_application_get_property;
  object_class->dispose = pathway_application_dispose;
  object_class->finalize = pathway_application_finalize;

  app_class->startup = pathway_application_startup;
  app_class->activate = pathway_application_activate;
  app_class->handle_local_options = pathway_application_handle_local_options;

  properties[PROP_DB] =
    g_param_spec_object ("db", NULL, NULL,
                         PATHWAY_TYPE_DB,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pathway_application_init (PathwayApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database at PATH instead of the default one"), N_("PATH") },
    { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Show the version and quit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan your learning, or find the right candidates, offline."));
}
