/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-time"

#include "config.h"

#include "pathway-time.h"

char *
pathway_timestamp_format (GDateTime *datetime)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (datetime != NULL, NULL);

  utc = g_date_time_to_utc (datetime);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* Accepts any ISO-8601 form GLib reads, with an offset or Z and with or without fractions
 * (services send 2026-11-21T14:03:00.000Z or -05:00); returns UTC whole seconds, or NULL. */
GDateTime *
pathway_timestamp_parse (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (text == NULL)
    return NULL;

  parsed = g_date_time_new_from_iso8601 (text, NULL);
  if (parsed == NULL)
    return NULL;

  utc = g_date_time_to_utc (parsed);
  return g_date_time_new_utc (g_date_time_get_year (utc),
                              g_date_time_get_month (utc),
                              g_date_time_get_day_of_month (utc),
                              g_date_time_get_hour (utc),
                              g_date_time_get_minute (utc),
                              g_date_time_get_second (utc));
}

GDateTime *
pathway_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_new_utc (g_date_time_get_year (now),
                              g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now),
                              g_date_time_get_hour (now),
                              g_date_time_get_minute (now),
                              g_date_time_get_second (now));
}
