/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-http.h"

G_BEGIN_DECLS

/* What GET and POST share: one request's attempts on the shared session, the waits between them,
 * the body read and parsed under the policy's caps, and what failures mean to a person
 * (pathway-http-request.c). The two differ only in what a failing status becomes. */

typedef enum {
  /* A 429 or 5xx that outlasts the retries fails, as does any status but 2xx and 4xx. */
  PATHWAY_HTTP_STATUS_AS_ERROR,
  /* Every status comes back with its body; a 429 or 5xx once retrying is over. */
  PATHWAY_HTTP_STATUS_AS_RESPONSE,
} PathwayHttpStatusMode;

/* Sends body (NULL for none) as JSON; task returns a PathwayHttpResponse, or an error, for
 * _pathway_http_request_finish() to check against its source tag. */
void                 _pathway_http_request_start  (GTask                    *task,
                                                   const char               *method,
                                                   const char               *uri,
                                                   GHashTable               *headers,
                                                   GBytes                   *body,
                                                   const PathwayHttpPolicy  *policy,
                                                   PathwayHttpStatusMode     mode);
PathwayHttpResponse *_pathway_http_request_finish (GAsyncResult             *result,
                                                   gpointer                  source_tag,
                                                   GError                  **error);

/* Milliseconds to wait after attempt failed; retry_after is the server's wish in seconds, or -1. */
guint                _pathway_http_retry_delay    (const PathwayHttpPolicy  *policy,
                                                   guint                     attempt,
                                                   gint64                    retry_after);

G_END_DECLS
