/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-sync"

#include "config.h"

#include "pathway-sync-error.h"

#include <glib/gi18n.h>

/* An extended error domain, so that the retry time travels with the error itself instead of
 * beside it, through GTask and g_propagate_error(). The NULL checks are for the compiler: GLib's
 * _get_private() may return NULL, though never for an error of this domain. */
typedef struct {
  GDateTime *retry_at;
} PathwaySyncErrorPrivate;

static void
pathway_sync_error_private_init (PathwaySyncErrorPrivate *priv)
{
  if (priv != NULL)
    priv->retry_at = NULL;
}

static void
pathway_sync_error_private_copy (const PathwaySyncErrorPrivate *src,
                                 PathwaySyncErrorPrivate       *dest)
{
  if (src != NULL && dest != NULL)
    dest->retry_at = src->retry_at != NULL ? g_date_time_ref (src->retry_at) : NULL;
}

static void
pathway_sync_error_private_clear (PathwaySyncErrorPrivate *priv)
{
  if (priv != NULL)
    g_clear_pointer (&priv->retry_at, g_date_time_unref);
}

G_DEFINE_EXTENDED_ERROR (PathwaySyncError, pathway_sync_error)

/* Returns a borrowed GDateTime, or NULL for other errors and when the service gave no time. */
GDateTime *
pathway_sync_error_get_retry_at (const GError *error)
{
  PathwaySyncErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != PATHWAY_SYNC_ERROR)
    return NULL;

  priv = pathway_sync_error_get_private (error);
  return priv != NULL ? priv->retry_at : NULL;
}

void
pathway_sync_error_set_retry_at (GError    *error,
                                 GDateTime *retry_at)
{
  PathwaySyncErrorPrivate *priv;

  g_return_if_fail (error != NULL);
  g_return_if_fail (error->domain == PATHWAY_SYNC_ERROR);

  priv = pathway_sync_error_get_private (error);
  if (priv == NULL)
    return;

  g_clear_pointer (&priv->retry_at, g_date_time_unref);
  priv->retry_at = retry_at != NULL ? g_date_time_ref (retry_at) : NULL;
}

/* YouTube's quota resets at midnight Pacific time, whatever the season. */
GDateTime *
pathway_sync_next_pacific_midnight (GDateTime *now)
{
  g_autoptr(GTimeZone) pacific = g_time_zone_new_identifier ("America/Los_Angeles");
  g_autoptr(GDateTime) there = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) midnight = NULL;

  g_return_val_if_fail (now != NULL, NULL);

  /* Without time zone data, standard time: at worst an hour late in summer. */
  if (pacific == NULL)
    pacific = g_time_zone_new_offset (-8 * 60 * 60);

  there = g_date_time_to_timezone (now, pacific);
  today = g_date_time_new (pacific,
                           g_date_time_get_year (there),
                           g_date_time_get_month (there),
                           g_date_time_get_day_of_month (there),
                           0, 0, 0);
  /* Adding a day keeps the wall-clock time, so the days when clocks change come out right. */
  midnight = g_date_time_add_days (today, 1);
  return g_date_time_to_utc (midnight);
}

/* A time in the local time zone: “09:00” when it is less than a day away, else with its date. */
char *
pathway_sync_format_local_time (GDateTime *when,
                                GDateTime *now)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (when != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  local = g_date_time_to_local (when);
  if (g_date_time_difference (when, now) < G_TIME_SPAN_DAY)
    {
      /* Translators: a time of day, in g_date_time_format()’s codes */
      return g_date_time_format (local, _("%H:%M"));
    }

  /* Translators: a date and time, in g_date_time_format()’s codes, as in “23 November, 09:00” */
  return g_date_time_format (local, _("%-d %B, %H:%M"));
}

/* Refuses to call a service that asked Pathway to wait until a time still to come. service is its
 * name as people know it (“YouTube”). Sets RATE_LIMITED carrying retry_after. */
gboolean
pathway_sync_check_retry_after (const char  *service,
                                GDateTime   *retry_after,
                                GDateTime   *now,
                                GError     **error)
{
  g_autofree char *until = NULL;
  GError *wait_error;

  g_return_val_if_fail (service != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (retry_after == NULL || g_date_time_compare (retry_after, now) <= 0)
    return TRUE;

  until = pathway_sync_format_local_time (retry_after, now);
  /* Translators: the first %s is a service such as YouTube, the second a time such as 09:00 */
  wait_error = g_error_new (PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_RATE_LIMITED,
                            _("%s asked Pathway to wait until %s; try again then."), service, until);
  pathway_sync_error_set_retry_at (wait_error, retry_after);
  g_propagate_error (error, wait_error);
  return FALSE;
}
