/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-thumbnails"

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "pathway-http.h"
#include "pathway-sync-error.h"
#include "pathway-thumbnails.h"

/* Video ids are [A-Za-z0-9_-]; anything else never becomes a file name. */
static gboolean
is_safe_id (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;

  for (const char *c = id; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != '_' && *c != '-')
      return FALSE;

  return TRUE;
}

static GFile *
cache_file (const char *video_id)
{
  g_autofree char *name = g_strconcat (video_id, ".jpg", NULL);

  return g_file_new_build_filename (g_get_user_cache_dir (), "pathway", "thumbnails", name, NULL);
}

/* The cached thumbnail of a video, or NULL when it was never downloaded. */
GFile *
pathway_thumbnails_lookup (const char *video_id)
{
  g_autoptr(GFile) file = NULL;

  if (!is_safe_id (video_id))
    return NULL;

  file = cache_file (video_id);
  return g_file_query_exists (file, NULL) ? g_steal_pointer (&file) : NULL;
}

typedef struct {
  GFile  *file;
  GBytes *bytes;
} Download;

static void
download_free (Download *download)
{
  g_clear_object (&download->file);
  g_clear_pointer (&download->bytes, g_bytes_unref);
  g_free (download);
}

static void
saved (GObject      *object,
       GAsyncResult *result,
       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Download *download = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_object_ref (download->file), g_object_unref);
}

static void
downloaded (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Download *download = g_task_get_task_data (task);
  g_autoptr(GFile) folder = NULL;
  GError *error = NULL;
  SoupMessage *message;

  download->bytes = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);
  if (download->bytes == NULL)
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_OFFLINE,
                               _("The thumbnail could not be downloaded: %s"), error->message);
      g_clear_error (&error);
      return;
    }

  message = soup_session_get_async_result_message (SOUP_SESSION (object), result);
  if (soup_message_get_status (message) != SOUP_STATUS_OK ||
      g_bytes_get_size (download->bytes) > PATHWAY_THUMBNAIL_MAX_SIZE)
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                               _("The thumbnail could not be downloaded."));
      return;
    }

  folder = g_file_get_parent (download->file);
  if (!g_file_make_directory_with_parents (folder, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_task_return_error (task, error);
      return;
    }
  g_clear_error (&error);

  g_file_replace_contents_bytes_async (download->file, download->bytes, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                       g_task_get_cancellable (task), saved, g_steal_pointer (&task));
}

/* The thumbnail of a video as a local file: from the cache, or downloaded (http or https only, at
 * most PATHWAY_THUMBNAIL_MAX_SIZE) and cached. */
void
pathway_thumbnails_fetch_async (const char          *video_id,
                                const char          *url,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GFile) cached = NULL;
  Download *download;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_thumbnails_fetch_async);

  if (!is_safe_id (video_id) || url == NULL ||
      (!g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://")))
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                               _("This video has no thumbnail."));
      return;
    }

  cached = pathway_thumbnails_lookup (video_id);
  if (cached != NULL)
    {
      g_task_return_pointer (task, g_steal_pointer (&cached), g_object_unref);
      return;
    }

  message = soup_message_new (SOUP_METHOD_GET, url);
  if (message == NULL)
    {
      g_task_return_new_error (task, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
                               _("This video has no thumbnail."));
      return;
    }

  download = g_new0 (Download, 1);
  download->file = cache_file (video_id);
  g_task_set_task_data (task, download, (GDestroyNotify) download_free);
  soup_session_send_and_read_async (pathway_http_get_session (), message, G_PRIORITY_LOW, cancellable,
                                    downloaded, g_steal_pointer (&task));
}

GFile *
pathway_thumbnails_fetch_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_thumbnails_fetch_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
