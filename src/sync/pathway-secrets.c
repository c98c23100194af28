/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-secrets"

#include "config.h"

#include "pathway-secrets.h"

const SecretSchema *
pathway_secrets_get_schema (void)
{
  static const SecretSchema schema = {
    "io.github.pathway_desktop.Pathway.ApiKey", SECRET_SCHEMA_NONE,
    {
      { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

static void
on_lookup (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *secret = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, secret, (GDestroyNotify) secret_password_free);
}

void
pathway_secrets_lookup_async (const char          *service,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (service != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_secrets_lookup_async);
  secret_password_lookup (pathway_secrets_get_schema (), cancellable, on_lookup, g_steal_pointer (&task),
                          "service", service,
                          NULL);
}

char *
pathway_secrets_lookup_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_secrets_lookup_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_stored (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
pathway_secrets_store_async (const char          *service,
                             const char          *label,
                             const char          *secret,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (service != NULL);
  g_return_if_fail (label != NULL);
  g_return_if_fail (secret != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_secrets_store_async);
  secret_password_store (pathway_secrets_get_schema (), SECRET_COLLECTION_DEFAULT, label, secret,
                         cancellable, on_stored, g_steal_pointer (&task),
                         "service", service,
                         NULL);
}

gboolean
pathway_secrets_store_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_secrets_store_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_cleared (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  /* FALSE without an error only means there was nothing to remove. */
  secret_password_clear_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
pathway_secrets_clear_async (const char          *service,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (service != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_secrets_clear_async);
  secret_password_clear (pathway_secrets_get_schema (), cancellable, on_cleared, g_steal_pointer (&task),
                         "service", service,
                         NULL);
}

gboolean
pathway_secrets_clear_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_secrets_clear_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
