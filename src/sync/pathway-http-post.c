/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-http"

#include "config.h"

#include "pathway-http-post.h"

#include "pathway-http-private.h"

/* POSTs body (JSON) to uri and parses the JSON answer. headers maps names to values (such as
 * Authorization, which is never logged); policy is copied. */
void
pathway_http_post_json_async (const char              *uri,
                              GHashTable              *headers,
                              GBytes                  *body,
                              const PathwayHttpPolicy *policy,
                              GCancellable            *cancellable,
                              GAsyncReadyCallback      callback,
                              gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (uri != NULL);
  g_return_if_fail (body != NULL);
  g_return_if_fail (policy != NULL && policy->max_attempts >= 1);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_http_post_json_async);
  _pathway_http_request_start (task, SOUP_METHOD_POST, uri, headers, body, policy, PATHWAY_HTTP_STATUS_AS_RESPONSE);
}

/* The response for any status but a network failure; a 429 or 5xx only once retrying is over. */
PathwayHttpResponse *
pathway_http_post_json_finish (GAsyncResult  *result,
                               GError       **error)
{
  return _pathway_http_request_finish (result, pathway_http_post_json_async, error);
}
