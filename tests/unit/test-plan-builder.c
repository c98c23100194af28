/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "pathway-core-error.h"
#include "pathway-plan-builder.h"
#include "pathway-skills.h"

static const char *real_goals[] = {
  "full-stack-developer", "data-analyst", "machine-learning-engineer", "mobile-developer",
};

static PathwayCatalogue *
load_real (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "curricula", "catalogue.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);
  g_autoptr(GBytes) bytes = NULL;
  PathwayCatalogue *catalogue;

  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (file);
  catalogue = pathway_catalogue_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return catalogue;
}

/* Hand-made catalogues: lists are comma-separated, titles are the keys in capitals. */
typedef struct {
  const char *id;
  const char *months;
} TestGoal;

typedef struct {
  const char *key;
  const char *prerequisites;
  const char *skills;
} TestMonth;

static char *
json_list (const char *list)
{
  g_auto(GStrv) items = g_strsplit (list, ",", -1);
  GString *json = g_string_new ("[");

  for (guint i = 0; items[i] != NULL; i++)
    if (*items[i] != '\0')
      g_string_append_printf (json, "%s\"%s\"", json->len > 1 ? ", " : "", items[i]);

  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static PathwayCatalogue *
make_catalogue (const TestGoal  *goals,
                guint            n_goals,
                const TestMonth *months,
                guint            n_months)
{
  GString *json = g_string_new ("{\"format\": \"pathway-catalogue\", \"version\": 1, \"goals\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PathwayCatalogue *catalogue;

  for (guint i = 0; i < n_goals; i++)
    {
      g_autofree char *keys = json_list (goals[i].months);

      g_string_append_printf (json, "%s{\"id\": \"%s\", \"title\": \"%s\", \"summary\": \"Test goal.\", \"months\": %s}",
                              i > 0 ? ", " : "", goals[i].id, goals[i].id, keys);
    }

  g_string_append (json, "], \"months\": {");
  for (guint i = 0; i < n_months; i++)
    {
      g_autofree char *title = g_ascii_strup (months[i].key, -1);
      g_autofree char *prerequisites = json_list (months[i].prerequisites);
      g_autofree char *skills = json_list (months[i].skills);

      g_string_append_printf (json, "%s\"%s\": {\"title\": \"%s\", \"goals\": [\"Learn it\"], \"topics\": [\"One\", \"Two\"], "
                              "\"prerequisites\": %s, \"skills\": %s}",
                              i > 0 ? ", " : "", months[i].key, title, prerequisites, skills);
    }
  g_string_append (json, "}}");

  bytes = g_string_free_to_bytes (json);
  catalogue = pathway_catalogue_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return catalogue;
}

static JsonNode *
build (PathwayCatalogue   *catalogue,
       const char * const *goal_ids,
       const char * const *skills,
       int                 daily_minutes,
       int                 total_years)
{
  PathwayPlanRequest request = { goal_ids, skills, daily_minutes, total_years };
  g_autoptr(GError) error = NULL;
  JsonNode *plan = pathway_plan_build (catalogue, &request, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static JsonArray *
get_months (JsonNode *plan)
{
  return json_object_get_array_member (json_node_get_object (plan), "months");
}

static JsonObject *
get_month (JsonNode *plan,
           guint     i)
{
  return json_array_get_object_element (get_months (plan), i);
}

/* The plan's month keys, joined with spaces. */
static char *
join_keys (JsonNode   *plan,
           const char *member)
{
  JsonArray *array = json_object_get_array_member (json_node_get_object (plan), member);
  g_autoptr(GString) keys = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_string_append_printf (keys, "%s%s", i > 0 ? " " : "",
                            json_object_get_string_member (json_array_get_object_element (array, i), "key"));

  return g_strdup (keys->str);
}

static void
assert_keys (JsonNode   *plan,
             const char *expected)
{
  g_autofree char *keys = join_keys (plan, "months");

  g_assert_cmpstr (keys, ==, expected);
}

static void
test_single_goal (void)
{
  g_autoptr(PathwayCatalogue) catalogue = load_real ();
  const PathwayCatalogueGoal *goal = pathway_catalogue_lookup_goal (catalogue, "full-stack-developer");
  const char *goals[] = { "full-stack-developer", NULL };
  g_autoptr(JsonNode) plan = build (catalogue, goals, NULL, 60, 3);
  JsonObject *object = json_node_get_object (plan);
  JsonArray *months = get_months (plan);

  g_assert_cmpuint (json_array_get_length (months), ==, 36);
  for (guint i = 0; i < 36; i++)
    {
      JsonObject *month = json_array_get_object_element (months, i);
      const PathwayCatalogueMonth *source = pathway_catalogue_lookup_month (catalogue, goal->months[i]);

      g_assert_cmpint (json_object_get_int_member (month, "index"), ==, i + 1);
      g_assert_cmpstr (json_object_get_string_member (month, "key"), ==, goal->months[i]);
      g_assert_cmpstr (json_object_get_string_member (month, "title"), ==, source->title);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (month, "goals")), ==, g_strv_length (source->goals));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (month, "topics")), ==, g_strv_length (source->topics));
      g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (month, "skills"), 0), ==, source->skills[0]);
      g_assert_cmpstr (json_object_get_string_member (month, "status"), ==, i == 0 ? "active" : "locked");
      g_assert_false (json_object_get_boolean_member (month, "days_generated"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (month, "days")), ==, 0);
      g_assert_cmpint (json_object_get_int_member (month, "total_days"), ==, 30);
      g_assert_cmpint (json_object_get_int_member (month, "first_lesson"), ==, 1);
    }

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "goal_ids")), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (object, "goal_ids"), 0), ==, goals[0]);
  g_assert_cmpint (json_object_get_int_member (object, "daily_minutes"), ==, 60);
  g_assert_cmpint (json_object_get_int_member (object, "total_years"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (object, "months_per_year"), ==, 12);
  g_assert_cmpint (json_object_get_int_member (object, "lessons_per_day"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "skipped")), ==, 0);
}

static const TestMonth merge_months[] = {
  { "a1", "", "A1" }, { "a2", "", "A2" }, { "a3", "", "A3" },
  { "b1", "", "B1" }, { "b2", "", "B2" },
  { "c1", "", "C1" },
  { "shared", "", "S" },
};

static void
test_merge_round_robin (void)
{
  const TestGoal test_goals[] = {
    { "a", "a1,shared,a2,a3" },
    { "b", "b1,shared,b2" },
    { "c", "c1,a2" },
  };
  g_autoptr(PathwayCatalogue) catalogue = make_catalogue (test_goals, G_N_ELEMENTS (test_goals),
                                                          merge_months, G_N_ELEMENTS (merge_months));
  g_autoptr(JsonNode) ab = build (catalogue, (const char *[]) { "a", "b", NULL }, NULL, 60, 1);
  g_autoptr(JsonNode) ba = build (catalogue, (const char *[]) { "b", "a", NULL }, NULL, 60, 1);
  g_autoptr(JsonNode) abc = build (catalogue, (const char *[]) { "a", "b", "c", NULL }, NULL, 60, 1);
  g_autoptr(JsonNode) twice = build (catalogue, (const char *[]) { "a", "b", "a", NULL }, NULL, 60, 1);

  /* The shared month comes once, where the first goal reaches it; b then moves on. */
  assert_keys (ab, "a1 b1 shared b2 a2 a3");
  assert_keys (ba, "b1 a1 shared a2 b2 a3");
  assert_keys (abc, "a1 b1 c1 shared b2 a2 a3");
  assert_keys (twice, "a1 b1 shared b2 a2 a3");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (twice), "goal_ids")), ==, 2);
}

static void
test_merge_real (void)
{
  g_autoptr(PathwayCatalogue) catalogue = load_real ();
  const char *goals[] = { "full-stack-developer", "data-analyst", NULL };
  g_autoptr(JsonNode) plan = build (catalogue, goals, NULL, 60, 3);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *months = get_months (plan);

  g_assert_cmpuint (json_array_get_length (months), ==, 36);
  g_assert_cmpstr (json_object_get_string_member (get_month (plan, 0), "key"), ==, "web-foundations");
  g_assert_cmpstr (json_object_get_string_member (get_month (plan, 1), "key"), ==, "sql-for-analysis");

  /* git-and-collaboration is in both goals and taught once. */
  for (guint i = 0; i < json_array_get_length (months); i++)
    g_assert_true (g_hash_table_add (seen, (gpointer) json_object_get_string_member (get_month (plan, i), "key")));
  g_assert_true (g_hash_table_contains (seen, "git-and-collaboration"));
}

static void
test_prerequisites_wait (void)
{
  const TestGoal test_goals[] = {
    { "a", "advanced,a2" },
    { "b", "basics,b2" },
  };
  const TestMonth test_months[] = {
    { "advanced", "Basics", "Advanced" },
    { "a2", "", "A2" },
    { "basics", "", "Basics" },
    { "b2", "", "B2" },
  };
  g_autoptr(PathwayCatalogue) catalogue = make_catalogue (test_goals, G_N_ELEMENTS (test_goals),
                                                          test_months, G_N_ELEMENTS (test_months));
  g_autoptr(JsonNode) plan = build (catalogue, (const char *[]) { "a", "b", NULL }, NULL, 60, 1);
  g_autoptr(JsonNode) knows = build (catalogue, (const char *[]) { "a", "b", NULL }, (const char *[]) { "basics", NULL }, 60, 1);
  g_autofree char *skipped = NULL;

  /* a's first month waits until b has taught what it needs. */
  assert_keys (plan, "basics advanced b2 a2");
  /* A student who lists the skill needs no wait, and skips the month that teaches it. */
  assert_keys (knows, "advanced b2 a2");
  skipped = join_keys (knows, "skipped");
  g_assert_cmpstr (skipped, ==, "basics");
}

static void
test_prerequisites_fallback (void)
{
  const TestGoal test_goals[] = {
    { "a", "needs-x,a2" },
    { "b", "needs-y,b2" },
  };
  const TestMonth test_months[] = {
    { "needs-x", "X", "NX" },
    { "a2", "", "A2" },
    { "needs-y", "Y", "NY" },
    { "b2", "", "B2" },
  };
  g_autoptr(PathwayCatalogue) catalogue = make_catalogue (test_goals, G_N_ELEMENTS (test_goals),
                                                          test_months, G_N_ELEMENTS (test_months));
  g_autoptr(JsonNode) ab = build (catalogue, (const char *[]) { "a", "b", NULL }, NULL, 60, 1);
  g_autoptr(JsonNode) ba = build (catalogue, (const char *[]) { "b", "a", NULL }, NULL, 60, 1);
  g_autoptr(JsonNode) knows_y = build (catalogue, (const char *[]) { "a", "b", NULL }, (const char *[]) { "y", NULL }, 60, 1);

  /* Nothing teaches X or Y. When no goal's next month is ready, the goal whose turn it is
   * goes on in its own order; ready months still come before the ones that are not. */
  assert_keys (ab, "needs-x a2 needs-y b2");
  assert_keys (ba, "needs-y b2 needs-x a2");
  assert_keys (knows_y, "needs-y b2 needs-x a2");
}

static void
test_skip_known (void)
{
  g_autoptr(PathwayCatalogue) catalogue = load_real ();
  const char *goals[] = { "full-stack-developer", NULL };
  const char *skills[] = { "html5", "CSS3", NULL };
  g_autoptr(JsonNode) plan = build (catalogue, goals, skills, 60, 3);
  JsonObject *object = json_node_get_object (plan);
  JsonArray *skipped = json_object_get_array_member (object, "skipped");
  JsonObject *entry;

  /* Thirty-five months are left, so the three-year plan is one month short. */
  g_assert_cmpuint (json_array_get_length (get_months (plan)), ==, 35);
  g_assert_cmpstr (json_object_get_string_member (get_month (plan, 0), "key"), ==, "git-and-collaboration");
  g_assert_cmpint (json_object_get_int_member (get_month (plan, 0), "index"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (get_month (plan, 0), "status"), ==, "active");

  g_assert_cmpuint (json_array_get_length (skipped), ==, 1);
  entry = json_array_get_object_element (skipped, 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "key"), ==, "web-foundations");
  g_assert_cmpstr (json_object_get_string_member (entry, "title"), ==, "How the Web Works: HTML and CSS");
  g_assert_cmpstr (json_object_get_string_member (entry, "reason"), ==, "known skills: HTML, CSS");
}

static void
test_shorten (void)
{
  const TestGoal test_goals[] = {
    { "g", "five,four,two" },
  };
  const TestMonth test_months[] = {
    { "five", "", "A,B,C,D,E" },
    { "four", "", "F,G,H,I" },
    { "two", "", "J,K" },
  };
  const struct {
    const char *skills;
    const char *keys;
    int         total_days[3];
  } cases[] = {
    { "", "five four two", { 30, 30, 30 } },
    { "a", "five four two", { 26, 30, 30 } },           /* 30 × (1 − 0.12) = 26.4 */
    { "a,b", "five four two", { 23, 30, 30 } },         /* 22.8 */
    { "a,b,c", "five four two", { 19, 30, 30 } },       /* 19.2 */
    { "a,b,c,d", "five four two", { 16, 30, 30 } },     /* 15.6 */
    { "a,b,c,d,e", "four two", { 30, 30 } },
    { "f", "five four two", { 30, 26, 30 } },           /* 25.5, rounded half up */
    { "f,g,h", "five four two", { 30, 17, 30 } },       /* 16.5 */
    { "j", "five four two", { 30, 30, 21 } },           /* 21 exactly */
    { "j,k,A,c", "five four", { 23, 30 } },
  };

  g_autoptr(PathwayCatalogue) catalogue = make_catalogue (test_goals, G_N_ELEMENTS (test_goals),
                                                          test_months, G_N_ELEMENTS (test_months));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) skills = g_strsplit (cases[i].skills, ",", -1);
      g_autoptr(JsonNode) plan = build (catalogue, (const char *[]) { "g", NULL }, (const char * const *) skills, 60, 1);
      JsonArray *months = get_months (plan);

      g_test_message ("knowing %s", cases[i].skills);
      assert_keys (plan, cases[i].keys);
      for (guint j = 0; j < json_array_get_length (months); j++)
        {
          JsonObject *month = json_array_get_object_element (months, j);

          g_assert_cmpint (json_object_get_int_member (month, "total_days"), ==, cases[i].total_days[j]);
          g_assert_cmpint (json_object_get_int_member (month, "first_lesson"), ==, 31 - cases[i].total_days[j]);
        }
    }
}

static void
test_pace (void)
{
  g_autoptr(PathwayCatalogue) catalogue = load_real ();
  const char *goals[] = { "full-stack-developer", "data-analyst", "machine-learning-engineer", "mobile-developer", NULL };
  const struct {
    int   minutes;
    guint months[3];   /* for 1, 2 and 3 years */
    guint per_year;
    guint lessons_per_day;
  } cases[] = {
    { 15, { 3, 6, 9 }, 3, 1 },
    { 17, { 3, 7, 10 }, 3, 1 },     /* 3.4, 6.8, 10.2 */
    { 20, { 4, 8, 12 }, 4, 1 },
    { 30, { 6, 12, 18 }, 6, 1 },
    { 45, { 9, 18, 27 }, 9, 1 },
    { 59, { 12, 24, 35 }, 12, 1 },  /* 11.8, 23.6, 35.4 */
    { 60, { 12, 24, 36 }, 12, 1 },
    { 90, { 12, 24, 36 }, 12, 1 },
    { 119, { 12, 24, 36 }, 12, 1 },
    { 120, { 12, 24, 36 }, 12, 2 },
    { 179, { 12, 24, 36 }, 12, 2 },
    { 180, { 12, 24, 36 }, 12, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (int years = 1; years <= 3; years++)
      {
        g_autoptr(JsonNode) plan = build (catalogue, goals, NULL, cases[i].minutes, years);
        JsonObject *object = json_node_get_object (plan);

        g_test_message ("%d minutes, %d years", cases[i].minutes, years);
        g_assert_cmpuint (pathway_plan_get_n_months (cases[i].minutes, years), ==, cases[i].months[years - 1]);
        g_assert_cmpuint (json_array_get_length (get_months (plan)), ==, cases[i].months[years - 1]);
        g_assert_cmpint (json_object_get_int_member (object, "months_per_year"), ==, cases[i].per_year);
        g_assert_cmpint (json_object_get_int_member (object, "lessons_per_day"), ==, cases[i].lessons_per_day);
        g_assert_cmpint (json_object_get_int_member (object, "daily_minutes"), ==, cases[i].minutes);
      }
}

static void
test_short_catalogue (void)
{
  const TestGoal test_goals[] = {
    { "g", "one,two,three" },
  };
  const TestMonth test_months[] = {
    { "one", "", "One" },
    { "two", "", "Two" },
    { "three", "", "Three" },
  };
  g_autoptr(PathwayCatalogue) catalogue = make_catalogue (test_goals, G_N_ELEMENTS (test_goals),
                                                          test_months, G_N_ELEMENTS (test_months));
  g_autoptr(JsonNode) plan = build (catalogue, (const char *[]) { "g", NULL }, NULL, 180, 3);
  g_autoptr(JsonNode) known = build (catalogue, (const char *[]) { "g", NULL }, (const char *[]) { "one", "Three", NULL }, 15, 1);
  g_autoptr(GError) error = NULL;
  PathwayPlanRequest everything = { (const char *[]) { "g", NULL }, (const char *[]) { "ONE", "two", "three", NULL }, 30, 2 };

  assert_keys (plan, "one two three");
  assert_keys (known, "two");
  g_assert_cmpstr (json_object_get_string_member (get_month (known, 0), "status"), ==, "active");

  g_assert_null (pathway_plan_build (catalogue, &everything, &error));
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_NOTHING_TO_LEARN);
  g_assert_nonnull (strstr (error->message, "already known"));
}

static void
assert_refused (PathwayCatalogue   *catalogue,
                const char * const *goal_ids,
                int                 daily_minutes,
                int                 total_years,
                int                 code,
                const char         *in_message)
{
  PathwayPlanRequest request = { goal_ids, NULL, daily_minutes, total_years };
  g_autoptr(GError) error = NULL;

  g_assert_null (pathway_plan_build (catalogue, &request, &error));
  g_assert_error (error, PATHWAY_CORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, in_message));
}

static void
test_errors (void)
{
  g_autoptr(PathwayCatalogue) catalogue = load_real ();
  const char *good[] = { "data-analyst", NULL };
  const char *unknown[] = { "data-analyst", "astronaut", NULL };
  const char *by_title[] = { "Data Analyst", NULL };
  const char *none[] = { NULL };

  assert_refused (catalogue, NULL, 60, 1, PATHWAY_CORE_ERROR_INVALID_REQUEST, "at least one goal");
  assert_refused (catalogue, none, 60, 1, PATHWAY_CORE_ERROR_INVALID_REQUEST, "at least one goal");
  assert_refused (catalogue, unknown, 60, 1, PATHWAY_CORE_ERROR_NOT_FOUND, "“astronaut”");
  assert_refused (catalogue, by_title, 60, 1, PATHWAY_CORE_ERROR_NOT_FOUND, "“Data Analyst”");
  assert_refused (catalogue, good, 14, 1, PATHWAY_CORE_ERROR_INVALID_REQUEST, "not 14");
  assert_refused (catalogue, good, 181, 1, PATHWAY_CORE_ERROR_INVALID_REQUEST, "not 181");
  assert_refused (catalogue, good, -60, 1, PATHWAY_CORE_ERROR_INVALID_REQUEST, "minutes");
  assert_refused (catalogue, good, 60, 0, PATHWAY_CORE_ERROR_INVALID_REQUEST, "not 0");
  assert_refused (catalogue, good, 60, 4, PATHWAY_CORE_ERROR_INVALID_REQUEST, "not 4");

  /* The edges themselves are fine. */
  json_node_unref (build (catalogue, good, NULL, 15, 1));
  json_node_unref (build (catalogue, good, NULL, 180, 3));
}

static void
test_deterministic (void)
{
  g_autoptr(PathwayCatalogue) first = load_real ();
  g_autoptr(PathwayCatalogue) second = load_real ();
  const char *goals[] = { "mobile-developer", "machine-learning-engineer", "data-analyst", NULL };
  const char *skills[] = { "Kotlin", "git", "Programming Fundamentals", "SQL", "pandas", "numpy", NULL };
  g_autoptr(JsonNode) a = build (first, goals, skills, 45, 3);
  g_autoptr(JsonNode) b = build (first, goals, skills, 45, 3);
  g_autoptr(JsonNode) c = build (second, goals, skills, 45, 3);
  g_autofree char *text_a = json_to_string (a, FALSE);
  g_autofree char *text_b = json_to_string (b, FALSE);
  g_autofree char *text_c = json_to_string (c, FALSE);

  g_assert_cmpstr (text_a, ==, text_b);
  g_assert_cmpstr (text_a, ==, text_c);
}

/* Properties of every plan, checked against the catalogue with the test's own bookkeeping. */
typedef struct {
  PathwayCatalogue    *catalogue;
  GPtrArray           *skill_pool;
  const char * const  *goal_ids;
  guint                n_goals;
} PropertyRun;

static gboolean
knows_all (GHashTable                  *known,
           const PathwayCatalogueMonth *month)
{
  for (guint i = 0; month->skill_keys[i] != NULL; i++)
    if (!g_hash_table_contains (known, month->skill_keys[i]))
      return FALSE;

  return month->skill_keys[0] != NULL;
}

static guint
count_known (GHashTable                  *known,
             const PathwayCatalogueMonth *month)
{
  guint n = 0;

  for (guint i = 0; month->skill_keys[i] != NULL; i++)
    n += g_hash_table_contains (known, month->skill_keys[i]);

  return n;
}

static void
check_month (PropertyRun *run,
             GHashTable  *known,
             GHashTable  *taught,
             JsonObject  *month,
             guint        index)
{
  const PathwayCatalogueMonth *source = pathway_catalogue_lookup_month (run->catalogue, json_object_get_string_member (month, "key"));
  guint total = g_strv_length (source->skill_keys);
  guint n_known = count_known (known, source);
  double exact = 30.0 * (1.0 - (double) n_known / total * 0.6);

  g_assert_cmpint (json_object_get_int_member (month, "index"), ==, index + 1);
  g_assert_cmpstr (json_object_get_string_member (month, "status"), ==, index == 0 ? "active" : "locked");
  g_assert_false (json_object_get_boolean_member (month, "days_generated"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (month, "days")), ==, 0);

  /* Never a month the student knows; shortened by what they know of it. */
  g_assert_false (knows_all (known, source));
  g_assert_cmpfloat (fabs (json_object_get_int_member (month, "total_days") - MAX (12.0, exact)), <=, 0.5);
  g_assert_cmpint (json_object_get_int_member (month, "first_lesson"), ==, 31 - json_object_get_int_member (month, "total_days"));

  /* Every prerequisite is known or taught by an earlier month. */
  for (guint i = 0; source->prerequisite_keys[i] != NULL; i++)
    if (!g_hash_table_contains (taught, source->prerequisite_keys[i]))
      g_error ("month %u “%s” needs “%s” before anything teaches it", index + 1, source->key, source->prerequisites[i]);

  for (guint i = 0; source->skill_keys[i] != NULL; i++)
    g_hash_table_add (taught, source->skill_keys[i]);
}

static gboolean
in_other_goal (PropertyRun *run,
               guint        goal_index,
               const char  *key)
{
  for (guint g = 0; g < run->n_goals; g++)
    if (g != goal_index &&
        g_strv_contains ((const char * const *) pathway_catalogue_lookup_goal (run->catalogue, run->goal_ids[g])->months, key))
      return TRUE;

  return FALSE;
}

/* A goal's own months keep its order; one it shares with another goal may come earlier. */
static void
check_goal_order (PropertyRun *run,
                  guint        goal_index,
                  GHashTable  *placed)
{
  const PathwayCatalogueGoal *goal = pathway_catalogue_lookup_goal (run->catalogue, run->goal_ids[goal_index]);
  guint last = 0;

  for (guint i = 0; goal->months[i] != NULL; i++)
    {
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (placed, goal->months[i]));

      if (position == 0 || in_other_goal (run, goal_index, goal->months[i]))
        continue;
      g_assert_cmpuint (position, >, last);
      last = position;
    }
}

static void
check_plan (PropertyRun        *run,
            const char * const *skills,
            int                 minutes,
            int                 years,
            JsonNode           *plan)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) taught = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) eligible = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *object = json_node_get_object (plan);
  JsonArray *months = get_months (plan);
  JsonArray *skipped = json_object_get_array_member (object, "skipped");
  guint n_months = json_array_get_length (months);

  for (guint i = 0; skills[i] != NULL; i++)
    {
      char *key = pathway_skill_normalize (skills[i]);

      g_hash_table_add (taught, key);
      g_hash_table_add (known, key);
    }

  for (guint i = 0; i < n_months; i++)
    {
      JsonObject *month = json_array_get_object_element (months, i);

      g_assert_true (g_hash_table_insert (placed, (gpointer) json_object_get_string_member (month, "key"), GUINT_TO_POINTER (i + 1)));
      check_month (run, known, taught, month, i);
    }

  for (guint i = 0; i < json_array_get_length (skipped); i++)
    {
      const char *key = json_object_get_string_member (json_array_get_object_element (skipped, i), "key");

      g_assert_false (g_hash_table_contains (placed, key));
      g_assert_true (knows_all (known, pathway_catalogue_lookup_month (run->catalogue, key)));
    }

  /* As many months as the pace allows, unless the goals run out; and only theirs. */
  for (guint g = 0; g < run->n_goals; g++)
    {
      const PathwayCatalogueGoal *goal = pathway_catalogue_lookup_goal (run->catalogue, run->goal_ids[g]);

      for (guint i = 0; goal->months[i] != NULL; i++)
        if (!knows_all (known, pathway_catalogue_lookup_month (run->catalogue, goal->months[i])))
          g_hash_table_add (eligible, goal->months[i]);
    }
  g_assert_cmpuint (n_months, ==, MIN (pathway_plan_get_n_months (minutes, years), g_hash_table_size (eligible)));
  for (guint i = 0; i < n_months; i++)
    g_assert_true (g_hash_table_contains (eligible, json_object_get_string_member (json_array_get_object_element (months, i), "key")));

  g_assert_cmpint (json_object_get_int_member (object, "lessons_per_day"), ==, minutes >= 180 ? 3 : minutes >= 120 ? 2 : 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "goal_ids")), ==, run->n_goals);

  for (guint g = 0; g < run->n_goals; g++)
    check_goal_order (run, g, placed);
}

/* Some skills at random, and sometimes everything the first months of a goal teach. */
static GStrv
random_skills (PropertyRun *run)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n_random = g_test_rand_int_range (0, 25);

  for (guint i = 0; i < n_random; i++)
    g_strv_builder_add (builder, g_ptr_array_index (run->skill_pool, g_test_rand_int_range (0, run->skill_pool->len)));

  if (g_test_rand_bit ())
    {
      const PathwayCatalogueGoal *goal = pathway_catalogue_lookup_goal (run->catalogue,
                                                                        run->goal_ids[g_test_rand_int_range (0, run->n_goals)]);
      guint n_first = g_test_rand_int_range (0, 12);

      for (guint i = 0; i < n_first && goal->months[i] != NULL; i++)
        {
          const PathwayCatalogueMonth *month = pathway_catalogue_lookup_month (run->catalogue, goal->months[i]);

          for (guint j = 0; month->skills[j] != NULL; j++)
            {
              g_autofree char *lower = g_utf8_strdown (month->skills[j], -1);

              g_strv_builder_add (builder, g_test_rand_bit () ? month->skills[j] : lower);
            }
        }
    }

  return g_strv_builder_end (builder);
}

static void
check_requests (PropertyRun *run)
{
  const int minutes[] = { 15, 30, 45, 60, 90, 180 };

  for (guint m = 0; m < G_N_ELEMENTS (minutes); m++)
    for (int years = 1; years <= 3; years++)
      {
        g_auto(GStrv) skills = random_skills (run);
        PathwayPlanRequest request = { run->goal_ids, (const char * const *) skills, minutes[m], years };
        g_autoptr(GError) error = NULL;
        g_autoptr(JsonNode) plan = pathway_plan_build (run->catalogue, &request, &error);

        if (plan == NULL)
          {
            /* Only when nothing at all is left to learn. */
            g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_NOTHING_TO_LEARN);
            continue;
          }

        g_assert_no_error (error);
        check_plan (run, (const char * const *) skills, minutes[m], years, plan);
      }
}

/* Every ordering of every non-empty set of goals. */
static void
for_each_ordering (PropertyRun *run,
                   const char **chosen,
                   guint        n_chosen)
{
  if (n_chosen > 0)
    {
      run->goal_ids = chosen;
      run->n_goals = n_chosen;
      check_requests (run);
    }

  for (guint i = 0; i < G_N_ELEMENTS (real_goals); i++)
    {
      if (g_strv_contains (chosen, real_goals[i]))
        continue;
      chosen[n_chosen] = real_goals[i];
      for_each_ordering (run, chosen, n_chosen + 1);
      chosen[n_chosen] = NULL;
    }
}

/* Every non-empty set of goals, each in an order of the test's random seed. */
static void
for_each_set (PropertyRun *run,
              const char **chosen)
{
  for (guint set = 1; set < 1u << G_N_ELEMENTS (real_goals); set++)
    {
      guint n_chosen = 0;

      for (guint i = 0; i < G_N_ELEMENTS (real_goals); i++)
        if (set & (1u << i))
          chosen[n_chosen++] = real_goals[i];
      chosen[n_chosen] = NULL;

      for (guint i = n_chosen - 1; i > 0; i--)
        {
          guint j = g_test_rand_int_range (0, i + 1);
          const char *swap = chosen[i];

          chosen[i] = chosen[j];
          chosen[j] = swap;
        }

      run->goal_ids = chosen;
      run->n_goals = n_chosen;
      check_requests (run);
    }
}

static void
test_properties (void)
{
  g_autoptr(PathwayCatalogue) catalogue = load_real ();
  g_autoptr(GPtrArray) pool = g_ptr_array_new ();
  const char *extra[] = { "JS", "html5", "Postgres", "k8s", "ML", "Rust", "Java", "Go", "R", "C++", "sklearn", NULL };
  const char *chosen[G_N_ELEMENTS (real_goals) + 1] = { NULL };
  PropertyRun run = { catalogue, pool, NULL, 0 };

  for (guint g = 0; g < G_N_ELEMENTS (real_goals); g++)
    {
      const PathwayCatalogueGoal *goal = pathway_catalogue_lookup_goal (catalogue, real_goals[g]);

      for (guint i = 0; goal->months[i] != NULL; i++)
        {
          const PathwayCatalogueMonth *month = pathway_catalogue_lookup_month (catalogue, goal->months[i]);

          for (guint j = 0; month->skills[j] != NULL; j++)
            g_ptr_array_add (pool, month->skills[j]);
        }
    }
  for (guint i = 0; extra[i] != NULL; i++)
    g_ptr_array_add (pool, (gpointer) extra[i]);

  /* Each plan takes a few milliseconds under AddressSanitizer: all 64 orderings only in
   * thorough mode (-m thorough). */
  if (g_test_thorough ())
    for_each_ordering (&run, chosen, 0);
  else
    for_each_set (&run, chosen);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/plan-builder/single-goal", test_single_goal);
  g_test_add_func ("/core/plan-builder/merge-round-robin", test_merge_round_robin);
  g_test_add_func ("/core/plan-builder/merge-real", test_merge_real);
  g_test_add_func ("/core/plan-builder/prerequisites-wait", test_prerequisites_wait);
  g_test_add_func ("/core/plan-builder/prerequisites-fallback", test_prerequisites_fallback);
  g_test_add_func ("/core/plan-builder/skip-known", test_skip_known);
  g_test_add_func ("/core/plan-builder/shorten", test_shorten);
  g_test_add_func ("/core/plan-builder/pace", test_pace);
  g_test_add_func ("/core/plan-builder/short-catalogue", test_short_catalogue);
  g_test_add_func ("/core/plan-builder/errors", test_errors);
  g_test_add_func ("/core/plan-builder/deterministic", test_deterministic);
  g_test_add_func ("/core/plan-builder/properties", test_properties);

  return g_test_run ();
}
