/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-catalogue.h"
#include "pathway-core-error.h"

/* Test documents are written with ' for " so they stay readable. */
static GBytes *
json_bytes (const char *text)
{
  char *json = g_strdup (text);

  g_strdelimit (json, "'", '"');
  return g_bytes_new_take (json, strlen (json));
}

static PathwayCatalogue *
load_text (const char *text,
           GError    **error)
{
  g_autoptr(GBytes) bytes = json_bytes (text);

  return pathway_catalogue_new_from_bytes (bytes, error);
}

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

#define HEADER "'format': 'pathway-catalogue', 'version': 1, "
#define GOAL   "{ 'id': 'g', 'title': 'Goal', 'summary': 'Does things.', 'months': ['a'] }"
#define MONTH  "'a': { 'title': 'A', 'goals': ['Do a'], 'topics': ['T'], 'prerequisites': [], 'skills': ['X'] }"

static void
test_real (void)
{
  g_autoptr(PathwayCatalogue) catalogue = load_real ();
  const char *ids[] = { "full-stack-developer", "data-analyst", "machine-learning-engineer", "mobile-developer" };
  const char *titles[] = { "Full Stack Developer", "Data Analyst", "Machine Learning Engineer", "Mobile Developer" };
  const char *first[] = { "web-foundations", "sql-for-analysis", "python-foundations", "kotlin-foundations" };
  const PathwayCatalogueMonth *month;

  g_assert_cmpuint (pathway_catalogue_get_n_goals (catalogue), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const PathwayCatalogueGoal *goal = pathway_catalogue_get_goal (catalogue, i);

      g_assert_cmpstr (goal->id, ==, ids[i]);
      g_assert_cmpstr (goal->title, ==, titles[i]);
      g_assert_cmpstr (goal->months[0], ==, first[i]);
      g_assert_cmpuint (g_strv_length (goal->months), ==, 36);
      g_assert_true (pathway_catalogue_lookup_goal (catalogue, ids[i]) == goal);

      for (guint j = 0; goal->months[j] != NULL; j++)
        g_assert_nonnull (pathway_catalogue_lookup_month (catalogue, goal->months[j]));
    }

  month = pathway_catalogue_lookup_month (catalogue, "web-foundations");
  g_assert_cmpstr (month->key, ==, "web-foundations");
  g_assert_cmpstr (month->title, ==, "How the Web Works: HTML and CSS");
  g_assert_cmpuint (g_strv_length (month->prerequisites), ==, 0);
  g_assert_cmpstrv (month->skills, ((const char *[]) { "HTML", "CSS", NULL }));
  g_assert_cmpstrv (month->skill_keys, ((const char *[]) { "html", "css", NULL }));
  g_assert_cmpuint (g_strv_length (month->goals), >=, 3);
  g_assert_cmpuint (g_strv_length (month->topics), >=, 5);

  g_assert_null (pathway_catalogue_lookup_goal (catalogue, "Full Stack Developer"));
  g_assert_null (pathway_catalogue_lookup_month (catalogue, "no-such-month"));
}

static void
test_find_goal (void)
{
  g_autoptr(PathwayCatalogue) catalogue = load_real ();
  const PathwayCatalogueGoal *full_stack = pathway_catalogue_lookup_goal (catalogue, "full-stack-developer");
  const PathwayCatalogueGoal *ml = pathway_catalogue_lookup_goal (catalogue, "machine-learning-engineer");
  const char *full_stack_texts[] = {
    "full stack developer", "Full-Stack Developer", "fullstack developer", "FULL STACK DEVELOPER",
    "full-stack-developer", "  Full   Stack Developer ", "Full Stack Developer.", "ｆｕｌｌ ｓｔａｃｋ ｄｅｖｅｌｏｐｅｒ",
  };
  const char *nothing[] = { "", "  ", "developer", "Full Stack", "Data", "full stack developers", "ML Engineer" };

  for (guint i = 0; i < G_N_ELEMENTS (full_stack_texts); i++)
    g_assert_true (pathway_catalogue_find_goal (catalogue, full_stack_texts[i]) == full_stack);

  g_assert_true (pathway_catalogue_find_goal (catalogue, "machine learning engineer") == ml);
  g_assert_true (pathway_catalogue_find_goal (catalogue, "Machine-Learning Engineer") == ml);
  g_assert_true (pathway_catalogue_find_goal (catalogue, "data analyst") == pathway_catalogue_get_goal (catalogue, 1));
  g_assert_true (pathway_catalogue_find_goal (catalogue, "mobile-developer") == pathway_catalogue_get_goal (catalogue, 3));

  for (guint i = 0; i < G_N_ELEMENTS (nothing); i++)
    g_assert_null (pathway_catalogue_find_goal (catalogue, nothing[i]));
}

static void
test_minimal_and_ref (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayCatalogue) catalogue = load_text ("{" HEADER "'goals': [" GOAL "], 'months': {" MONTH "}}", &error);
  PathwayCatalogue *second;

  g_assert_no_error (error);
  g_assert_cmpuint (pathway_catalogue_get_n_goals (catalogue), ==, 1);
  g_assert_cmpstr (pathway_catalogue_get_goal (catalogue, 0)->summary, ==, "Does things.");

  second = pathway_catalogue_ref (catalogue);
  g_assert_true (second == catalogue);
  pathway_catalogue_unref (second);
  g_assert_cmpstr (pathway_catalogue_lookup_month (catalogue, "a")->title, ==, "A");
}

static void
test_invalid (void)
{
  const struct {
    const char *json;
    const char *in_message;
  } cases[] = {
    /* Not JSON, or not an object. */
    { "", "empty" },
    { "   ", "empty" },
    { "{", "the file" },
    { "{'format': 'pathway-catalogue',}", "the file" },
    { "[]", "expected an object" },
    { "'catalogue'", "expected an object" },
    { "null", "expected an object" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {" MONTH "}} trailing", "the file" },
    /* The header. */
    { "{'version': 1, 'goals': [" GOAL "], 'months': {" MONTH "}}", "missing field “format”" },
    { "{'format': 'pathway-content-pack', 'version': 1, 'goals': [" GOAL "], 'months': {" MONTH "}}", "format" },
    { "{'format': 7, 'version': 1, 'goals': [" GOAL "], 'months': {" MONTH "}}", "format" },
    { "{'format': 'pathway-catalogue', 'version': 2, 'goals': [" GOAL "], 'months': {" MONTH "}}", "version 2" },
    { "{'format': 'pathway-catalogue', 'version': '1', 'goals': [" GOAL "], 'months': {" MONTH "}}", "version" },
    { "{'format': 'pathway-catalogue', 'version': 1.0, 'goals': [" GOAL "], 'months': {" MONTH "}}", "version" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {" MONTH "}, 'extra': true}", "unknown field “extra”" },
    { "{" HEADER "'months': {" MONTH "}}", "missing field “goals”" },
    { "{" HEADER "'goals': [" GOAL "]}", "missing field “months”" },
    /* Goals. */
    { "{" HEADER "'goals': {}, 'months': {" MONTH "}}", "goals" },
    { "{" HEADER "'goals': [], 'months': {" MONTH "}}", "at least one goal" },
    { "{" HEADER "'goals': [7], 'months': {" MONTH "}}", "goals[0]" },
    { "{" HEADER "'goals': [null], 'months': {" MONTH "}}", "goals[0]" },
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': 'Goal', 'months': ['a'] }], 'months': {" MONTH "}}", "missing field “summary”" },
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': 'Goal', 'summary': 'S', 'month': ['a'] }], 'months': {" MONTH "}}", "unknown field “month”" },
    { "{" HEADER "'goals': [{ 'id': 5, 'title': 'Goal', 'summary': 'S', 'months': ['a'] }], 'months': {" MONTH "}}", "goals[0].id" },
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': '', 'summary': 'S', 'months': ['a'] }], 'months': {" MONTH "}}", "goals[0].title" },
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': null, 'summary': 'S', 'months': ['a'] }], 'months': {" MONTH "}}", "goals[0].title" },
    { "{" HEADER "'goals': [{ 'id': 'Goal One', 'title': 'G', 'summary': 'S', 'months': ['a'] }], 'months': {" MONTH "}}", "kebab" },
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': 'G', 'summary': 'S', 'months': 'a' }], 'months': {" MONTH "}}", "goals[0].months" },
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': 'G', 'summary': 'S', 'months': [] }], 'months': {" MONTH "}}", "at least one month" },
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': 'G', 'summary': 'S', 'months': ['a', 3] }], 'months': {" MONTH "}}", "goals[0].months[1]" },
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': 'G', 'summary': 'S', 'months': ['a', ['b']] }], 'months': {" MONTH "}}", "goals[0].months[1]" },
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': 'G', 'summary': 'S', 'months': ['a', 'nowhere'] }], 'months': {" MONTH "}}", "“nowhere” is not defined" },
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': 'G', 'summary': 'S', 'months': ['a', 'a'] }], 'months': {" MONTH "}}", "listed twice" },
    { "{" HEADER "'goals': [" GOAL ", " GOAL "], 'months': {" MONTH "}}", "used twice" },
    /* Months. */
    { "{" HEADER "'goals': [" GOAL "], 'months': []}", "months" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {}}", "“a” is not defined" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {'a': 'A'}}", "months.a" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {" MONTH ", 'Bad Key': {}}}", "kebab" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {" MONTH ", '': {}}}", "kebab" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {'a': { 'title': 'A', 'goals': [], 'topics': [], 'prerequisites': [] }}}", "missing field “skills”" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {'a': { 'title': 'A', 'goals': [], 'topics': [], 'prerequisites': [], 'skills': [], 'days': [] }}}", "unknown field “days”" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {'a': { 'title': 1, 'goals': [], 'topics': [], 'prerequisites': [], 'skills': [] }}}", "months.a.title" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {'a': { 'title': 'A', 'goals': [], 'topics': [], 'prerequisites': [], 'skills': [null] }}}", "months.a.skills[0]" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {'a': { 'title': 'A', 'goals': [], 'topics': [], 'prerequisites': 'X', 'skills': [] }}}", "months.a.prerequisites" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {'a': { 'title': 'A', 'goals': [], 'topics': [{}], 'prerequisites': [], 'skills': [] }}}", "months.a.topics[0]" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {'a': { 'title': 'A', 'goals': [true], 'topics': [], 'prerequisites': [], 'skills': [] }}}", "months.a.goals[0]" },
    { "{" HEADER "'goals': [" GOAL "], 'months': {'a': { 'title': 'A', 'goals': [], 'topics': [], 'prerequisites': [], 'skills': [''] }}}", "must not be empty" },
    /* Not UTF-8. */
    { "{" HEADER "'goals': [{ 'id': 'g', 'title': '\xff', 'summary': 'S', 'months': ['a'] }], 'months': {" MONTH "}}", "UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PathwayCatalogue) catalogue = NULL;

      /* Not the document itself: a TAP line must be UTF-8. */
      g_test_message ("case %u, expecting \"%s\"", i, cases[i].in_message);
      catalogue = load_text (cases[i].json, &error);
      g_assert_null (catalogue);
      g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
      g_test_message ("message: %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "Invalid catalogue: "));
      g_assert_nonnull (strstr (error->message, cases[i].in_message));
    }
}

/* Every prefix of the real file is refused cleanly, without a crash or a leak. */
static void
test_truncated (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "curricula", "catalogue.json", NULL);
  g_autofree char *text = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  for (gsize cut = 0; cut < length; cut += 1 + cut / 8)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (text, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(PathwayCatalogue) catalogue = pathway_catalogue_new_from_bytes (bytes, &error);

      g_assert_null (catalogue);
      g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/catalogue/real", test_real);
  g_test_add_func ("/core/catalogue/find-goal", test_find_goal);
  g_test_add_func ("/core/catalogue/minimal-and-ref", test_minimal_and_ref);
  g_test_add_func ("/core/catalogue/invalid", test_invalid);
  g_test_add_func ("/core/catalogue/truncated", test_truncated);

  return g_test_run ();
}
