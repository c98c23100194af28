/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-duration.h"

static void
assert_parses (const char *text,
               gint64      expected)
{
  gint64 seconds = -1;

  g_test_message ("parsing %s", text);
  g_assert_true (pathway_duration_parse (text, &seconds));
  g_assert_cmpint (seconds, ==, expected);
}

static void
test_parse_forms (void)
{
  assert_parses ("PT15M", 15 * 60);
  assert_parses ("PT1H2M3S", 3600 + 2 * 60 + 3);
  assert_parses ("PT1H50S", 3600 + 50);
  assert_parses ("PT1H", 3600);
  assert_parses ("PT45S", 45);
  assert_parses ("PT2M", 120);
  assert_parses ("P1DT2H", 86400 + 2 * 3600);
  assert_parses ("P1D", 86400);
  assert_parses ("P2W", 2 * 7 * 86400);
  assert_parses ("P1W2DT3H4M5S", 7 * 86400 + 2 * 86400 + 3 * 3600 + 4 * 60 + 5);
  assert_parses ("P0D", 0);
  assert_parses ("PT0S", 0);
  assert_parses ("PT0H0M0S", 0);
  /* Parts need not be normalised: YouTube writes PT90M for some live recordings. */
  assert_parses ("PT90M", 90 * 60);
  assert_parses ("PT3600S", 3600);
  assert_parses ("PT007M", 7 * 60);
}

static void
test_parse_fractions (void)
{
  assert_parses ("PT1.4S", 1);
  assert_parses ("PT1.5S", 2);
  assert_parses ("PT1.49999S", 1);
  assert_parses ("PT0.5S", 1);
  assert_parses ("PT0.1S", 0);
  assert_parses ("PT59.9S", 60);
  assert_parses ("PT1M30.75S", 91);
  assert_parses ("PT2,5S", 3);
  assert_parses ("PT1H0.000S", 3600);
}

static void
test_parse_malformed (void)
{
  const char *malformed[] = {
    "", "P", "PT", "T1H", "1H", "PT1H2", "PT1H2X", "PT1H ", " PT1H", "PT 1H",
    "-PT1H", "PT-1H", "P-1D", "PT+1H", "pt1h", "Pt1H", "PT1h", "p1d",
    "PT1M1H", "PT1S1M", "PT1H1H", "PT1HT1M", "P1DT", "PTT1H", "P1D1W", "P1D1D",
    "P1Y", "P1M", "P1YT1H", "P1.5D", "PT1.5H", "PT1.5M", "PT1.S", "PT.5S", "PT1..5S",
    "PT1S junk", "PT1S\n", "PTS", "PTH", "P1", "PT15M!", "PT1e3S", "P0DT",
    "PT9223372036854775808S", "PT99999999999999999999S", "PT9223372036854775807H",
    "P15250284452472W", "PT9223372036854775807.5S",
    "PT١S",  /* digits other than ASCII */
  };

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      gint64 seconds = -7;

      g_test_message ("refusing \"%s\"", malformed[i]);
      g_assert_false (pathway_duration_parse (malformed[i], &seconds));
      g_assert_cmpint (seconds, ==, -7);
    }

  g_assert_false (pathway_duration_parse (NULL, NULL));
}

static void
test_parse_limits (void)
{
  gint64 seconds = 0;

  assert_parses ("PT9223372036854775807S", G_MAXINT64);
  assert_parses ("PT9223372036854775806.5S", G_MAXINT64);
  /* Each part fits, the sum does not. */
  g_assert_false (pathway_duration_parse ("PT1M9223372036854775800S", &seconds));
  g_assert_true (pathway_duration_parse ("PT1H", NULL));
}

static void
test_format (void)
{
  const struct {
    gint64      seconds;
    const char *text;
  } cases[] = {
    { 0, "PT0S" },
    { 1, "PT1S" },
    { 50, "PT50S" },
    { 15 * 60, "PT15M" },
    { 90 * 60, "PT1H30M" },
    { 3600 + 50, "PT1H50S" },
    { 3600 + 2 * 60 + 3, "PT1H2M3S" },
    { 86400, "P1D" },
    { 86400 + 2 * 3600, "P1DT2H" },
    { 14 * 86400 + 1, "P14DT1S" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pathway_duration_format (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_round_trip (void)
{
  const char *canonical[] = { "PT0S", "PT15M", "PT1H2M3S", "PT1H50S", "P1DT2H", "P3DT4H5M6S", "P1D" };
  const char *other[][2] = {
    { "P0D", "PT0S" }, { "P2W", "P14D" }, { "PT90M", "PT1H30M" }, { "PT1.6S", "PT2S" }, { "PT24H", "P1D" },
  };
  const gint64 seconds[] = { 0, 1, 59, 60, 61, 3599, 3600, 3601, 86399, 86400, 86401, 1234567, G_MAXINT64 };

  for (guint i = 0; i < G_N_ELEMENTS (canonical); i++)
    {
      g_autofree char *text = NULL;
      gint64 value;

      g_assert_true (pathway_duration_parse (canonical[i], &value));
      text = pathway_duration_format (value);
      g_assert_cmpstr (text, ==, canonical[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (other); i++)
    {
      g_autofree char *text = NULL;
      gint64 value;

      g_assert_true (pathway_duration_parse (other[i][0], &value));
      text = pathway_duration_format (value);
      g_assert_cmpstr (text, ==, other[i][1]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (seconds); i++)
    {
      g_autofree char *text = pathway_duration_format (seconds[i]);
      gint64 value = -1;

      g_assert_true (pathway_duration_parse (text, &value));
      g_assert_cmpint (value, ==, seconds[i]);
    }
}

static void
test_describe (void)
{
  const struct {
    gint64      seconds;
    const char *text;
  } cases[] = {
    { 0, "0 s" },
    { 50, "50 s" },
    { 59, "59 s" },
    { 60, "1 min" },
    { 89, "1 min" },
    { 90, "2 min" },      /* rounded to the minute */
    { 45 * 60, "45 min" },
    { 45 * 60 + 20, "45 min" },
    { 3570, "1 h" },      /* 59 min 30 s rounds up to the hour */
    { 2 * 3600, "2 h" },
    { 90 * 60, "1 h 30 min" },
    { 3600 + 50, "1 h 1 min" },
    { 23 * 3600 + 59 * 60, "23 h 59 min" },
    { 86399, "1 d" },
    { 86400, "1 d" },
    { 86400 + 3 * 3600, "1 d 3 h" },
    { 86400 + 3 * 3600 + 40 * 60, "1 d 4 h" },
    { 14 * 86400, "14 d" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pathway_duration_describe (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_describe_huge (void)
{
  g_autofree char *text = pathway_duration_describe (G_MAXINT64);

  /* No overflow: the count of days stops at G_MAXINT. */
  g_assert_true (g_str_has_prefix (text, "2147483647 d "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/duration/parse-forms", test_parse_forms);
  g_test_add_func ("/core/duration/parse-fractions", test_parse_fractions);
  g_test_add_func ("/core/duration/parse-malformed", test_parse_malformed);
  g_test_add_func ("/core/duration/parse-limits", test_parse_limits);
  g_test_add_func ("/core/duration/format", test_format);
  g_test_add_func ("/core/duration/round-trip", test_round_trip);
  g_test_add_func ("/core/duration/describe", test_describe);
  g_test_add_func ("/core/duration/describe-huge", test_describe_huge);

  return g_test_run ();
}
