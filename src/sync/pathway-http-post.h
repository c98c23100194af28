/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-http.h"

G_BEGIN_DECLS

/* POST a JSON body and read a JSON answer, with pathway-http's policy: the shared session, the
 * body read asynchronously up to policy->max_size and parsed with the nesting cap (off the main
 * thread when large), network errors, 429 and 5xx tried again with full-jitter backoff or after
 * Retry-After, waits on the main context that cancelling cuts short, and nothing logged or
 * reported beyond host and path.
 *
 * Unlike a GET, a 429 or 5xx that is still failing when the attempts run out (or that asks for a
 * longer wait than policy->max_retry_after) comes back as a response, with its body: services
 * tell a spent quota from a busy moment only there. Network failures are PATHWAY_SYNC_ERROR (or
 * G_IO_ERROR_CANCELLED). policy->attempt_func and pathway_http_set_delay_func() apply as for a GET. */

void                 pathway_http_post_json_async  (const char               *uri,
                                                    GHashTable               *headers,
                                                    GBytes                   *body,
                                                    const PathwayHttpPolicy  *policy,
                                                    GCancellable             *cancellable,
                                                    GAsyncReadyCallback       callback,
                                                    gpointer                  user_data);
PathwayHttpResponse *pathway_http_post_json_finish (GAsyncResult             *result,
                                                    GError                  **error);

G_END_DECLS
