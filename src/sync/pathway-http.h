/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

/* GET requests for JSON on one SoupSession shared by the whole process, used from the main
 * thread. Bodies are read asynchronously up to a size cap and parsed with a nesting cap, off the
 * main thread when large. Network errors, 5xx and 429 are retried with exponential backoff and
 * full jitter, honouring Retry-After; the waits run on the main context and can be cancelled.
 *
 * Failures are PATHWAY_SYNC_ERROR (or G_IO_ERROR_CANCELLED), except 4xx answers: those come back
 * as responses, with their body, for the service's client to explain. 429 and 5xx still failing,
 * or asking for a wait longer than the policy's max_retry_after, end as RATE_LIMITED and SERVER,
 * carrying the retry time when the server gave one. URLs often carry an API key
 * in their query: nothing here logs or reports more than the host and path. */

/* Called before each attempt goes out, from 1: every attempt may count against a quota. */
typedef void  (*PathwayHttpAttemptFunc) (guint    attempt,
                                         gpointer user_data);

/* How long to wait before the next attempt, in milliseconds. ceiling_ms is the backoff for this
 * attempt (full jitter picks uniformly from 0 to it); retry_after_ms is what the server asked for,
 * or -1. Tests replace the default to make waits zero and choices visible. */
typedef guint (*PathwayHttpDelayFunc)   (guint    attempt,
                                         guint    ceiling_ms,
                                         gint64   retry_after_ms,
                                         gpointer user_data);

typedef struct {
  gsize                   max_size;         /* bytes of body; more is TOO_LARGE */
  guint                   max_depth;        /* JSON nesting */
  guint                   max_attempts;     /* 1 for no retries */
  guint                   base_delay_ms;    /* the first retry's backoff ceiling; doubles each time */
  guint                   max_delay_ms;     /* the largest ceiling */
  guint                   max_retry_after;  /* seconds: a longer Retry-After is not waited for */
  PathwayHttpAttemptFunc  attempt_func;
  gpointer                attempt_data;
} PathwayHttpPolicy;

#define PATHWAY_HTTP_POLICY_DEFAULT { \
    .max_size = 4 * 1024 * 1024,      \
    .max_depth = 32,                  \
    .max_attempts = 4,                \
    .base_delay_ms = 1000,            \
    .max_delay_ms = 30 * 1000,        \
    .max_retry_after = 120,           \
  }

typedef struct {
  guint               status;
  SoupMessageHeaders *headers;
  JsonNode           *json;      /* NULL only for an error status whose body is not JSON */
  guint               attempts;
} PathwayHttpResponse;

SoupSession         *pathway_http_get_session       (void);

void                 pathway_http_get_json_async    (const char               *uri,
                                                     GHashTable               *headers,
                                                     const PathwayHttpPolicy  *policy,
                                                     GCancellable             *cancellable,
                                                     GAsyncReadyCallback       callback,
                                                     gpointer                  user_data);
PathwayHttpResponse *pathway_http_get_json_finish   (GAsyncResult             *result,
                                                     GError                  **error);
void                 pathway_http_response_free     (PathwayHttpResponse      *response);

gint64               pathway_http_parse_retry_after (const char               *value,
                                                     GDateTime                *now);
void                 pathway_http_set_delay_func    (PathwayHttpDelayFunc      func,
                                                     gpointer                  user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayHttpResponse, pathway_http_response_free)

G_END_DECLS
