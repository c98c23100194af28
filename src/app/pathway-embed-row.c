/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-embed-row"

#include "config.h"

#include "pathway-embed-row.h"

#include <glib/gi18n.h>

#include "pathway-candidate-embedder.h"
#include "pathway-embeddings-client.h"
#include "pathway-util.h"

struct _PathwayEmbedRow
{
  AdwActionRow  parent_instance;

  GtkButton    *button;

  PathwayDb               *db;
  PathwayEmbeddingsClient *client;
  GCancellable            *running;   /* from Embed until the run has ended, cancelled or not */
  gboolean                 disposed;
};

G_DEFINE_FINAL_TYPE (PathwayEmbedRow, pathway_embed_row, ADW_TYPE_ACTION_ROW)

static void
show_idle (PathwayEmbedRow *self)
{
  g_clear_object (&self->running);
  g_clear_object (&self->client);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self),
                               _("Embed every candidate with the service above, so that it ranks them. "
                                 "Do it again after adding candidates."));
  gtk_button_set_label (self->button, _("_Embed"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->button), "destructive-action");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "embed-row.run", self->db != NULL);
}

/* In the subtitle, which has room for the whole of it, until the next run. */
static void
show_failure (PathwayEmbedRow *self,
              const GError    *error)
{
  /* Translators: %s says what went wrong */
  g_autofree char *text = g_strdup_printf (_("The candidates were not embedded: %s"), error->message);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text);
}

static gboolean
is_cancelled (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
embedded (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PathwayEmbedRow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gssize n = pathway_candidate_embedder_run_finish (result, &error);

  if (self->disposed)
    return;

  if (n >= 0)
    /* Translators: %s names the service's model and host, such as “nomic-embed-text (localhost)” */
    message = g_strdup_printf (ngettext ("Embedded %lu candidate with %s", "Embedded %lu candidates with %s",
                                         (gulong) n),
                               (gulong) n, pathway_embeddings_client_get_name (self->client));
  show_idle (self);
  if (message != NULL)
    pathway_util_toast (GTK_WIDGET (self), message);
  else if (!is_cancelled (error))
    show_failure (self, error);
}

static void
progress (guint    done,
          guint    total,
          gpointer user_data)
{
  PathwayEmbedRow *self = user_data;
  g_autofree char *text = g_strdup_printf (_("Embedding candidates… %u of %u"), done, total);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text);
}

static void
client_made (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PathwayEmbedRow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayEmbeddingsClient) client = pathway_embeddings_client_new_from_settings_finish (result, &error);

  if (self->disposed)
    return;

  if (client == NULL || g_cancellable_is_cancelled (self->running))
    {
      show_idle (self);
      if (error != NULL && !is_cancelled (error))
        show_failure (self, error);
      else if (client == NULL && error == NULL)
        pathway_util_toast (GTK_WIDGET (self), _("Set the embeddings service address above first"));
      return;
    }

  self->client = g_steal_pointer (&client);
  pathway_candidate_embedder_run_async (self->db, self->client, PATHWAY_CANDIDATE_EMBEDDER_BATCH_SIZE, progress, self,
                                        self->running, embedded, g_object_ref (self));
}

/* Runs, or cancels the run under way: the button is both. A cancelled run says so when it has
 * stopped, and only then may another start. */
static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PathwayEmbedRow *self = PATHWAY_EMBED_ROW (widget);

  if (self->running != NULL)
    {
      g_cancellable_cancel (self->running);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), _("Stopping…"));
      gtk_widget_action_set_enabled (widget, "embed-row.run", FALSE);
      return;
    }

  self->running = g_cancellable_new ();
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), _("Connecting to the embeddings service…"));
  gtk_button_set_label (self->button, _("_Cancel"));
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "destructive-action");
  pathway_embeddings_client_new_from_settings_async (self->running, client_made, g_object_ref (self));
}

void
pathway_embed_row_set_db (PathwayEmbedRow *self,
                          PathwayDb       *db)
{
  g_return_if_fail (PATHWAY_IS_EMBED_ROW (self));
  g_return_if_fail (db == NULL || PATHWAY_IS_DB (db));
  g_return_if_fail (self->running == NULL);

  g_set_object (&self->db, db);
  show_idle (self);
}

gboolean
pathway_embed_row_is_running (PathwayEmbedRow *self)
{
  g_return_val_if_fail (PATHWAY_IS_EMBED_ROW (self), FALSE);

  return self->running != NULL;
}

static void
pathway_embed_row_dispose (GObject *object)
{
  PathwayEmbedRow *self = PATHWAY_EMBED_ROW (object);

  /* The callbacks hold a reference, and find the row disposed. */
  self->disposed = TRUE;
  if (self->running != NULL)
    g_cancellable_cancel (self->running);
  g_clear_object (&self->running);
  g_clear_object (&self->client);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_embed_row_parent_class)->dispose (object);
}

static void
pathway_embed_row_class_init (PathwayEmbedRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_embed_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-embed-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayEmbedRow, button);
  gtk_widget_class_install_action (widget_class, "embed-row.run", NULL, run_action);
}

static void
pathway_embed_row_init (PathwayEmbedRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_idle (self);
}
