/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-duration"

#include "config.h"

#include "pathway-duration.h"

#include <glib/gi18n.h>

#define MINUTE ((gint64) 60)
#define HOUR   ((gint64) 60 * MINUTE)
#define DAY    ((gint64) 24 * HOUR)

typedef struct {
  char     designator;
  guint64  seconds;
  gboolean in_time;    /* after the T */
} Unit;

/* In the order they must appear: each part may follow only the ones before it. */
static const Unit units[] = {
  { 'W', 7 * DAY, FALSE },
  { 'D', DAY,     FALSE },
  { 'H', HOUR,    TRUE },
  { 'M', MINUTE,  TRUE },
  { 'S', 1,       TRUE },
};
#define FIRST_TIME_UNIT 2

/* One or more ASCII digits; FALSE when there are none or the value exceeds G_MAXINT64. */
static gboolean
read_number (const char **p,
             guint64     *value)
{
  const char *start = *p;

  *value = 0;
  for (; g_ascii_isdigit (**p); (*p)++)
    {
      guint digit = **p - '0';

      if (*value > ((guint64) G_MAXINT64 - digit) / 10)
        return FALSE;
      *value = *value * 10 + digit;
    }

  return *p != start;
}

/* An optional fraction of a second: sets round_up when it is one half or more. */
static gboolean
read_fraction (const char **p,
               gboolean    *has_fraction,
               gboolean    *round_up)
{
  *has_fraction = **p == '.' || **p == ',';
  *round_up = FALSE;
  if (!*has_fraction)
    return TRUE;

  (*p)++;
  if (!g_ascii_isdigit (**p))
    return FALSE;

  *round_up = **p >= '5';
  while (g_ascii_isdigit (**p))
    (*p)++;

  return TRUE;
}

/* The index of the unit written as designator that may come at or after next_unit, or -1. */
static int
find_unit (char     designator,
           guint    next_unit,
           gboolean in_time)
{
  for (guint i = next_unit; i < G_N_ELEMENTS (units); i++)
    if (units[i].designator == designator && units[i].in_time == in_time)
      return i;

  return -1;
}

/* Stores the duration in whole seconds, fractions rounded half up. FALSE on anything
 * malformed: no part, an empty T, parts out of order or repeated, signs, lowercase, trailing
 * text or a total beyond G_MAXINT64; seconds is then left alone. seconds may be NULL. */
gboolean
pathway_duration_parse (const char *text,
                        gint64     *seconds)
{
  const char *p = text;
  guint next_unit = 0;
  guint n_parts = 0;
  guint n_time_parts = 0;
  gboolean in_time = FALSE;
  guint64 total = 0;

  if (text == NULL || *p++ != 'P')
    return FALSE;

  while (*p != '\0')
    {
      guint64 value;
      guint64 part;
      gboolean has_fraction;
      gboolean round_up;
      int unit;

      if (*p == 'T')
        {
          if (in_time)
            return FALSE;
          in_time = TRUE;
          next_unit = FIRST_TIME_UNIT;
          p++;
          continue;
        }

      if (!read_number (&p, &value) || !read_fraction (&p, &has_fraction, &round_up))
        return FALSE;

      unit = find_unit (*p, next_unit, in_time);
      if (unit < 0 || (has_fraction && units[unit].designator != 'S'))
        return FALSE;
      p++;

      if (!g_uint64_checked_mul (&part, value, units[unit].seconds) ||
          !g_uint64_checked_add (&total, total, part) ||
          !g_uint64_checked_add (&total, total, round_up ? 1 : 0) ||
          total > G_MAXINT64)
        return FALSE;

      next_unit = unit + 1;
      n_parts++;
      if (in_time)
        n_time_parts++;
    }

  if (n_parts == 0 || (in_time && n_time_parts == 0))
    return FALSE;

  if (seconds != NULL)
    *seconds = (gint64) total;
  return TRUE;
}

/* The canonical form: days, hours, minutes and seconds, zero parts left out (PT1H30M, P1DT2H),
 * and PT0S for nothing. */
char *
pathway_duration_format (gint64 seconds)
{
  GString *text;
  gint64 days, hours, minutes;

  g_return_val_if_fail (seconds >= 0, NULL);

  if (seconds == 0)
    return g_strdup ("PT0S");

  days = seconds / DAY;
  hours = seconds % DAY / HOUR;
  minutes = seconds % HOUR / MINUTE;
  seconds %= MINUTE;

  text = g_string_new ("P");
  if (days > 0)
    g_string_append_printf (text, "%" G_GINT64_FORMAT "D", days);
  if (hours > 0 || minutes > 0 || seconds > 0)
    g_string_append_c (text, 'T');
  if (hours > 0)
    g_string_append_printf (text, "%" G_GINT64_FORMAT "H", hours);
  if (minutes > 0)
    g_string_append_printf (text, "%" G_GINT64_FORMAT "M", minutes);
  if (seconds > 0)
    g_string_append_printf (text, "%" G_GINT64_FORMAT "S", seconds);

  return g_string_free (text, FALSE);
}

/* Counts of days beyond G_MAXINT are not durations anyone watches or studies. */
static int
clamp_int (gint64 value)
{
  return (int) MIN (value, G_MAXINT);
}

/* Short text for the UI, at most two units, rounded to the smaller one shown:
 * “50 s”, “45 min”, “1 h 30 min”, “2 h”, “1 d 3 h”. */
char *
pathway_duration_describe (gint64 seconds)
{
  gint64 minutes, hours;

  g_return_val_if_fail (seconds >= 0, NULL);

  if (seconds < MINUTE)
    {
      /* Translators: a duration in seconds, as in “50 s” */
      return g_strdup_printf (_("%d s"), (int) seconds);
    }

  minutes = seconds / MINUTE + (seconds % MINUTE >= MINUTE / 2);

  if (minutes < 60)
    {
      /* Translators: a duration in minutes, as in “45 min” */
      return g_strdup_printf (_("%d min"), (int) minutes);
    }

  if (minutes < 24 * 60)
    {
      if (minutes % 60 == 0)
        {
          /* Translators: a duration in hours, as in “2 h” */
          return g_strdup_printf (_("%d h"), (int) (minutes / 60));
        }

      /* Translators: a duration in hours and minutes, as in “1 h 30 min” */
      return g_strdup_printf (_("%d h %d min"), (int) (minutes / 60), (int) (minutes % 60));
    }

  hours = seconds / HOUR + (seconds % HOUR >= HOUR / 2);

  if (hours % 24 == 0)
    {
      /* Translators: a duration in days, as in “2 d” */
      return g_strdup_printf (_("%d d"), clamp_int (hours / 24));
    }

  /* Translators: a duration in days and hours, as in “1 d 3 h” */
  return g_strdup_printf (_("%d d %d h"), clamp_int (hours / 24), (int) (hours % 24));
}
