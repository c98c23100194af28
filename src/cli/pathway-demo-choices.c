/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-private.h"

#include <string.h>

/* The seeded random choices demo data is made of, beyond the one-line ones in the header. */

guint
_pathway_demo_pick_weighted (GRand       *rand,
                             const guint *weights,
                             guint        n_weights)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < n_weights; i++)
    total += weights[i];

  roll = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n_weights; i++)
    {
      if (roll < weights[i])
        return i;
      roll -= weights[i];
    }

  g_assert_not_reached ();
}

/* n distinct numbers below limit, in increasing order (n <= limit). */
guint *
_pathway_demo_pick_distinct (GRand *rand,
                             guint  limit,
                             guint  n)
{
  guint *chosen = g_new (guint, MAX (n, 1));

  g_assert (n <= limit);

  /* Floyd's algorithm: n draws, whatever the limit (a few students out of 100,000) */
  for (guint i = 0, j = limit - n; j < limit; i++, j++)
    {
      guint t = g_rand_int_range (rand, 0, j + 1);

      for (guint k = 0; k < i; k++)
        if (chosen[k] == t)
          {
            t = j;
            break;
          }
      chosen[i] = t;
    }

  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && chosen[j - 1] > chosen[j]; j--)
      {
        guint swap = chosen[j];

        chosen[j] = chosen[j - 1];
        chosen[j - 1] = swap;
      }
  return chosen;
}

char *
_pathway_demo_random_string (GRand      *rand,
                             const char *alphabet,
                             guint       length)
{
  gsize n = strlen (alphabet);
  char *text = g_new (char, length + 1);

  for (guint i = 0; i < length; i++)
    text[i] = alphabet[g_rand_int_range (rand, 0, n)];
  text[length] = '\0';
  return text;
}

char *
_pathway_demo_make_phone (GRand *rand)
{
  static const char * const areas[] = { "212", "415", "512", "206", "312", "404", "617", "303" };

  /* Numbers set aside for fiction: 555-0100 to 555-0199 in North America, 07700 900xxx in the UK. */
  if (chance (rand, 0.6))
    {
      const char *area = areas[g_rand_int_range (rand, 0, G_N_ELEMENTS (areas))];

      return g_strdup_printf ("+1 %s 555 01%02d", area, g_rand_int_range (rand, 0, 100));
    }
  return g_strdup_printf ("+44 7700 900%03d", g_rand_int_range (rand, 0, 1000));
}

/* A gap of about typical, but leaving room for the steps still to come before the anchor. */
gint64
_pathway_demo_step_after (DemoContext *ctx,
                          gint64       now,
                          gint64       typical,
                          guint        steps_left)
{
  gint64 room = (-MINUTE - now) / ((gint64) steps_left + 1);
  gint64 gap = typical / 2 + (gint64) (g_rand_double (ctx->rand) * typical);
  gint64 next = now + CLAMP (gap, 1, MAX (1, room));

  /* never after the anchor: the latest a step can be is a second before it */
  return MAX (now, MIN (next, -1));
}
