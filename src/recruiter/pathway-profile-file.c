/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-profile-file"

#include "config.h"

#include "pathway-profile-file.h"

#include <glib/gi18n.h>

#include "pathway-candidates.h"

static GError *
too_large (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *limit = g_format_size (PATHWAY_PROFILE_MAX_SIZE);

  return g_error_new (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                      _("“%s” is too large to be a Pathway profile: a profile is at most %s."), name, limit);
}

static void
contents_loaded (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  bytes = g_bytes_new_take (contents, length);
  /* The file may have grown since its size was asked. */
  if (length > PATHWAY_PROFILE_MAX_SIZE)
    g_task_return_error (task, too_large (G_FILE (object)));
  else
    g_task_return_pointer (task, g_steal_pointer (&bytes), (GDestroyNotify) g_bytes_unref);
}

static void
info_ready (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  GCancellable *cancellable;
  GError *error = NULL;

  info = g_file_query_info_finish (G_FILE (object), result, &error);
  if (info == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      name = g_file_get_basename (G_FILE (object));
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("“%s” is not a file."), name);
      return;
    }

  if (g_file_info_get_size (info) > PATHWAY_PROFILE_MAX_SIZE)
    {
      g_task_return_error (task, too_large (G_FILE (object)));
      return;
    }

  cancellable = g_task_get_cancellable (task);
  g_file_load_contents_async (G_FILE (object), cancellable, contents_loaded, g_steal_pointer (&task));
}

/* Reads file, of at most PATHWAY_PROFILE_MAX_SIZE bytes. */
void
pathway_profile_file_read_async (GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_profile_file_read_async);
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, cancellable, info_ready, task);
}

/* The file's bytes, or NULL with error set (G_IO_ERROR_INVALID_DATA when it is too large). */
GBytes *
pathway_profile_file_read_finish (GFile         *file,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_profile_file_read_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
