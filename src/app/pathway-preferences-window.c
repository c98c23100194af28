/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-embed-row.h"
#include "pathway-maintenance.h"
#include "pathway-preferences-window.h"
#include "pathway-secrets.h"
#include "pathway-util.h"

struct _PathwayPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *style_row;
  AdwActionRow         *database_row;
  AdwActionRow         *backup_row;
  AdwActionRow         *check_row;
  AdwEntryRow          *youtube_key_row;
  AdwEntryRow          *youtube_url_row;
  AdwEntryRow          *embeddings_url_row;
  AdwEntryRow          *embeddings_model_row;
  AdwEntryRow          *embeddings_key_row;
  PathwayEmbedRow      *embed_row;

  GSettings            *settings;
  PathwayDb            *db;
  char                 *database_path;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PathwayPreferencesWindow, pathway_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_DB,
  PROP_DATABASE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const color_schemes[] = { "default", "light", "dark" };

PathwayPreferencesWindow *
pathway_preferences_window_new (GSettings  *settings,
                                PathwayDb  *db,
                                const char *database_path)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (db == NULL || PATHWAY_IS_DB (db), NULL);

  return g_object_new (PATHWAY_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       "db", db,
                       "database-path", database_path,
                       NULL);
}

static gboolean
scheme_to_selected (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    if (g_str_equal (nick, color_schemes[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
selected_to_scheme (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (color_schemes))
    return NULL;
  return g_variant_new_string (color_schemes[selected]);
}

static void
toast (PathwayPreferencesWindow *self,
       const char               *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), pathway_util_new_toast (message));
}

static void
set_busy (PathwayPreferencesWindow *self,
          gboolean                  busy)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.backup", !busy && self->db != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.check", !busy && self->db != NULL);
}

static void
backup_progress (double   fraction,
                 gpointer user_data)
{
  PathwayPreferencesWindow *self = user_data;
  g_autofree char *text = NULL;

  /* Translators: %d is a percentage */
  text = g_strdup_printf (_("Backing up… %d %%"), (int) (fraction * 100));
  adw_action_row_set_subtitle (self->backup_row, text);
}

static void
backup_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PathwayPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pathway_db_backup_finish (PATHWAY_DB (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          !g_error_matches (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CANCELLED))
        toast (self, error->message);
    }
  else
    toast (self, _("Backup saved"));

  adw_action_row_set_subtitle (self->backup_row, _("Save a copy of all your data to a file"));
  set_busy (self, FALSE);
}

static void
chooser_response (GtkNativeDialog          *dialog,
                  int                       response,
                  PathwayPreferencesWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      toast (self, _("Choose a folder on this computer for the backup"));
      return;
    }

  set_busy (self, TRUE);
  backup_progress (0, self);
  pathway_db_backup_async (self->db, path, backup_progress, self, self->cancellable,
                           backup_done, g_object_ref (self));
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PathwayPreferencesWindow *self = PATHWAY_PREFERENCES_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the suggested name of a backup file; %s is a date */
  g_autofree char *name = g_strdup_printf (_("pathway-backup-%s.db"), date);

  self->chooser = gtk_file_chooser_native_new (_("Back Up Pathway Data"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Back Up"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
check_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PathwayPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = pathway_db_check_finish (PATHWAY_DB (object), result, &error);

  set_busy (self, FALSE);

  if (problems == NULL)
    {
      if (!g_error_matches (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CANCELLED))
        toast (self, error->message);
    }
  else if (problems->len == 0)
    toast (self, _("No problems found"));
  else
    {
      g_autofree char *message =
        g_strdup_printf (ngettext ("%u problem found: run “pathway-cli check” for details",
                                   "%u problems found: run “pathway-cli check” for details",
                                   problems->len),
                         problems->len);
      toast (self, message);
    }
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PathwayPreferencesWindow *self = PATHWAY_PREFERENCES_WINDOW (widget);

  set_busy (self, TRUE);
  pathway_db_check_async (self->db, self->cancellable, check_done, g_object_ref (self));
}

static void
key_stored (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PathwayPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pathway_secrets_store_finish (result, &error))
    toast (self, error->message);
  else
    toast (self, _("Key saved in your keyring"));
}

static void
key_cleared (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PathwayPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pathway_secrets_clear_finish (result, &error))
    toast (self, error->message);
  else
    toast (self, _("Key removed from your keyring"));
}

/* Stores the key row holds in the keyring under service; an empty key removes the stored one. */
static void
apply_key (PathwayPreferencesWindow *self,
           AdwEntryRow              *row,
           const char               *service,
           const char               *label)
{
  g_autofree char *key = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*key == '\0')
    pathway_secrets_clear_async (service, self->cancellable, key_cleared, g_object_ref (self));
  else
    pathway_secrets_store_async (service, label, key, self->cancellable, key_stored, g_object_ref (self));
}

static void
youtube_key_applied (PathwayPreferencesWindow *self)
{
  apply_key (self, self->youtube_key_row, "youtube", _("YouTube Data API key for Pathway"));
}

static void
embeddings_key_applied (PathwayPreferencesWindow *self)
{
  apply_key (self, self->embeddings_key_row, "embeddings", _("Embeddings service key for Pathway"));
}

/* No keyring (or no key): the field stays empty, and saving says why if it fails. */
static void
show_key (AdwEntryRow  *row,
          GAsyncResult *result)
{
  g_autofree char *key = pathway_secrets_lookup_finish (result, NULL);

  if (key != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), key);
}

static void
youtube_key_found (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PathwayPreferencesWindow) self = user_data;

  show_key (self->youtube_key_row, result);
}

static void
embeddings_key_found (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(PathwayPreferencesWindow) self = user_data;

  show_key (self->embeddings_key_row, result);
}

static gboolean
is_web_address (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  return uri != NULL && (g_strcmp0 (g_uri_get_scheme (uri), "https") == 0 ||
                         g_strcmp0 (g_uri_get_scheme (uri), "http") == 0);
}

static void
youtube_url_applied (PathwayPreferencesWindow *self)
{
  const char *url = gtk_editable_get_text (GTK_EDITABLE (self->youtube_url_row));

  if (!is_web_address (url))
    {
      toast (self, _("Enter an address that starts with https://"));
      return;
    }

  g_settings_set_string (self->settings, "youtube-api-url", url);
  toast (self, _("Address saved"));
}

/* Empty means Pathway's own embedding; a local service such as Ollama is plain http. */
static void
embeddings_url_applied (PathwayPreferencesWindow *self)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->embeddings_url_row))));

  if (*url != '\0' && !is_web_address (url))
    {
      toast (self, _("Enter an address that starts with http:// or https://, or leave it empty"));
      return;
    }

  g_settings_set_string (self->settings, "embeddings-url", url);
  toast (self, *url == '\0' ? _("Matching uses Pathway’s own embedding") : _("Address saved"));
}

static void
embeddings_model_applied (PathwayPreferencesWindow *self)
{
  g_autofree char *model = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->embeddings_model_row))));

  if (*model == '\0')
    g_settings_reset (self->settings, "embeddings-model");
  else
    g_settings_set_string (self->settings, "embeddings-model", model);
  toast (self, _("Model saved"));
}

static void
show_setting (PathwayPreferencesWindow *self,
              AdwEntryRow              *row,
              const char               *key)
{
  g_autofree char *value = g_settings_get_string (self->settings, key);

  gtk_editable_set_text (GTK_EDITABLE (row), value);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PathwayPreferencesWindow *self = PATHWAY_PREFERENCES_WINDOW (widget);
  g_autofree char *folder = g_path_get_dirname (self->database_path);
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
pathway_preferences_window_constructed (GObject *object)
{
  PathwayPreferencesWindow *self = PATHWAY_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (pathway_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, scheme_to_selected, selected_to_scheme, NULL, NULL);
  adw_action_row_set_subtitle (self->database_row, self->database_path);
  set_busy (self, FALSE);
  pathway_embed_row_set_db (self->embed_row, self->db);

  show_setting (self, self->youtube_url_row, "youtube-api-url");
  show_setting (self, self->embeddings_url_row, "embeddings-url");
  show_setting (self, self->embeddings_model_row, "embeddings-model");
  pathway_secrets_lookup_async ("youtube", self->cancellable, youtube_key_found, g_object_ref (self));
  pathway_secrets_lookup_async ("embeddings", self->cancellable, embeddings_key_found, g_object_ref (self));
}

static void
pathway_preferences_window_dispose (GObject *object)
{
  PathwayPreferencesWindow *self = PATHWAY_PREFERENCES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_preferences_window_parent_class)->dispose (object);
}

static void
pathway_preferences_window_finalize (GObject *object)
{
  PathwayPreferencesWindow *self = PATHWAY_PREFERENCES_WINDOW (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (pathway_preferences_window_parent_class)->finalize (object);
}

static void
pathway_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PathwayPreferencesWindow *self = PATHWAY_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_DB:
      self->db = g_value_dup_object (value);
      break;
    case PROP_DATABASE_PATH:
      self->database_path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_preferences_window_class_init (PathwayPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pathway_preferences_window_constructed;
  object_class->dispose = pathway_preferences_window_dispose;
  object_class->finalize = pathway_preferences_window_finalize;
  object_class->set_property = pathway_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DB] =
    g_param_spec_object ("db", NULL, NULL, PATHWAY_TYPE_DB,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PATHWAY_TYPE_EMBED_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPreferencesWindow, backup_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPreferencesWindow, check_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPreferencesWindow, youtube_key_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPreferencesWindow, youtube_url_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPreferencesWindow, embeddings_url_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPreferencesWindow, embeddings_model_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPreferencesWindow, embeddings_key_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayPreferencesWindow, embed_row);
  gtk_widget_class_bind_template_callback (widget_class, youtube_key_applied);
  gtk_widget_class_bind_template_callback (widget_class, youtube_url_applied);
  gtk_widget_class_bind_template_callback (widget_class, embeddings_url_applied);
  gtk_widget_class_bind_template_callback (widget_class, embeddings_model_applied);
  gtk_widget_class_bind_template_callback (widget_class, embeddings_key_applied);

  gtk_widget_class_install_action (widget_class, "prefs.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "prefs.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "prefs.open-folder", NULL, open_folder_action);
}

static void
pathway_preferences_window_init (PathwayPreferencesWindow *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
