/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PATHWAY_SYNC_ERROR (pathway_sync_error_quark ())

/* How a request to an outside service failed, each with a message a person can act on. Messages
 * name the service and never carry an API key, a query string or a full address.
 *
 * Clients return G_IO_ERROR_CANCELLED when their GCancellable is cancelled, as GIO does, so that
 * callers can ignore it the usual way; CANCELLED is for what the runner records. */
typedef enum {
  PATHWAY_SYNC_ERROR_OFFLINE,           /* no network, connection refused, name not resolved */
  PATHWAY_SYNC_ERROR_TIMEOUT,
  PATHWAY_SYNC_ERROR_QUOTA,             /* a daily quota is used up; see the retry time */
  PATHWAY_SYNC_ERROR_RATE_LIMITED,      /* asked to slow down; see the retry time, when given */
  PATHWAY_SYNC_ERROR_AUTH,              /* a key that is invalid, missing or blocked */
  PATHWAY_SYNC_ERROR_NOT_FOUND,
  PATHWAY_SYNC_ERROR_FORBIDDEN,
  PATHWAY_SYNC_ERROR_SERVER,            /* 5xx, still after retries */
  PATHWAY_SYNC_ERROR_TOO_LARGE,
  PATHWAY_SYNC_ERROR_INVALID_RESPONSE,
  PATHWAY_SYNC_ERROR_CANCELLED,
} PathwaySyncError;

GQuark      pathway_sync_error_quark           (void);

/* QUOTA, RATE_LIMITED and SERVER errors carry when the service said to try again (NULL when it
 * did not say); they keep it through g_error_copy() and g_task_return_error(). */
GDateTime  *pathway_sync_error_get_retry_at    (const GError *error);
void        pathway_sync_error_set_retry_at    (GError       *error,
                                                GDateTime    *retry_at);

GDateTime  *pathway_sync_next_pacific_midnight (GDateTime    *now);
char       *pathway_sync_format_local_time     (GDateTime    *when,
                                                GDateTime    *now);
gboolean    pathway_sync_check_retry_after     (const char   *service,
                                                GDateTime    *retry_after,
                                                GDateTime    *now,
                                                GError      **error);

G_END_DECLS
