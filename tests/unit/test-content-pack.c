/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-content-pack.h"
#include "pathway-core-error.h"
#include "pathway-quiz.h"
#include "pathway-test.h"

/* ───── the built-in packs ───── */

static GBytes *
read_built_in (const char *key)
{
  g_autofree char *name = g_strconcat (key, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "curricula", "content", name, NULL);

  return pathway_test_read_file (path);
}

static void
test_built_in (gconstpointer data)
{
  const char *key = data;
  g_autoptr(GBytes) bytes = read_built_in (key);
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayContentPack) pack = pathway_content_pack_new_from_bytes (bytes, &error);
  guint n_days;

  g_assert_no_error (error);
  g_assert_nonnull (pack);

  /* One pack per month, whose single month has the file's key. */
  g_assert_cmpuint (pathway_content_pack_get_n_months (pack), ==, 1);
  g_assert_cmpstr (pathway_content_pack_get_month_key (pack, 0), ==, key);
  g_assert_cmpint (pathway_content_pack_find_month (pack, key), ==, 0);
  g_assert_nonnull (pathway_content_pack_get_title (pack));
  g_assert_nonnull (pathway_content_pack_get_month_title (pack, 0));

  n_days = pathway_content_pack_get_n_days (pack, 0);
  g_assert_cmpuint (n_days, >=, 28);
  g_assert_cmpuint (n_days, <=, 31);
  for (guint day = 1; day <= n_days; day++)
    {
      g_autoptr(GPtrArray) questions = NULL;

      g_assert_nonnull (pathway_content_pack_get_day_title (pack, 0, day));
      g_assert_true (g_str_has_prefix (pathway_content_pack_get_lesson (pack, 0, day), "## Objectives"));
      g_assert_nonnull (pathway_content_pack_get_quiz_title (pack, 0, day));
      g_assert_cmpint (pathway_content_pack_get_required_score (pack, 0, day), ==, 70);

      questions = pathway_quiz_parse_questions (pathway_content_pack_get_questions (pack, 0, day), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (questions->len, >=, 5);
      g_assert_cmpuint (questions->len, <=, 8);
    }
}

/* One bad day in a real month: nothing of the month is returned. */
static void
test_built_in_one_bad_day (void)
{
  g_autoptr(GBytes) bytes = read_built_in ("python-foundations");
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  JsonArray *days = json_object_get_array_member (json_array_get_object_element (
                      json_object_get_array_member (json_node_get_object (root), "months"), 0), "days");
  JsonObject *quiz = json_object_get_object_member (json_array_get_object_element (days, 16), "quiz");
  JsonArray *questions = json_object_get_array_member (quiz, "questions");
  g_autofree char *text = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayContentPack) pack = NULL;

  while (json_array_get_length (questions) > 4)
    json_array_remove_element (questions, 0);

  text = json_to_string (root, FALSE);
  changed = g_bytes_new (text, strlen (text));
  pack = pathway_content_pack_new_from_bytes (changed, &error);

  g_assert_null (pack);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==,
                   "Month “python-foundations”, day 17: the quiz has 4 questions; it needs 5 to 8.");
}

/* ───── hand-made packs ───── */

/* A lesson of n_words words with the four sections; each heading counts as words too. */
static char *
make_lesson (guint n_words)
{
  static const char * const headings[] = { "## Objectives", "## Explanation", "## Worked Example", "## Exercise" };
  GString *lesson = g_string_new (NULL);
  guint n_body = n_words - 9;

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      guint n = i < 3 ? n_body / 4 : n_body - 3 * (n_body / 4);

      g_string_append_printf (lesson, "%s\n\n", headings[i]);
      for (guint w = 0; w < n; w++)
        g_string_append (lesson, w % 12 == 11 ? "study.\n" : "study ");
      g_string_append (lesson, "\n\n");
    }

  return g_string_free (lesson, FALSE);
}

static JsonNode *
make_question (guint index)
{
  JsonObject *question = json_object_new ();
  JsonArray *options = json_array_new ();
  g_autofree char *text = g_strdup_printf ("Which option is number %u?", index % 4);

  for (guint i = 0; i < 4; i++)
    json_array_add_string_element (options, (const char *[]) { "Zero", "One", "Two", "Three" }[i]);

  json_object_set_string_member (question, "question", text);
  json_object_set_array_member (question, "options", options);
  json_object_set_int_member (question, "correct_index", index % 4);
  json_object_set_string_member (question, "explanation", "The options are numbered from zero.");
  return json_node_init_object (json_node_alloc (), question);
}

static JsonNode *
make_day (guint number)
{
  JsonObject *day = json_object_new ();
  JsonObject *quiz = json_object_new ();
  JsonArray *questions = json_array_new ();
  g_autofree char *title = g_strdup_printf ("Day %u", number);
  g_autofree char *lesson = make_lesson (400);

  for (guint i = 0; i < 6; i++)
    json_array_add_element (questions, make_question (i));

  json_object_set_string_member (quiz, "title", title);
  json_object_set_int_member (quiz, "required_score", 80);
  json_object_set_array_member (quiz, "questions", questions);

  json_object_set_int_member (day, "day", number);
  json_object_set_string_member (day, "title", title);
  json_object_set_string_member (day, "lesson", lesson);
  json_object_set_object_member (day, "quiz", quiz);
  return json_node_init_object (json_node_alloc (), day);
}

static JsonNode *
make_month (const char *key,
            guint       n_days)
{
  JsonObject *month = json_object_new ();
  JsonArray *days = json_array_new ();

  for (guint i = 1; i <= n_days; i++)
    json_array_add_element (days, make_day (i));

  json_object_set_string_member (month, "key", key);
  json_object_set_string_member (month, "title", "A Month of Study");
  json_object_set_array_member (month, "days", days);
  return json_node_init_object (json_node_alloc (), month);
}

/* “first-month” with first_days days, then “second-month” with second_days, if any. */
static JsonNode *
make_pack_of (guint first_days,
              guint second_days)
{
  JsonObject *pack = json_object_new ();
  JsonArray *months = json_array_new ();

  json_array_add_element (months, make_month ("first-month", first_days));
  if (second_days > 0)
    json_array_add_element (months, make_month ("second-month", second_days));

  json_object_set_string_member (pack, "format", "pathway-content-pack");
  json_object_set_int_member (pack, "version", 1);
  json_object_set_string_member (pack, "title", "Two Hand-Made Months");
  json_object_set_array_member (pack, "months", months);
  return json_node_init_object (json_node_alloc (), pack);
}

static JsonNode *
make_pack (void)
{
  return make_pack_of (3, 2);
}

static JsonObject *
pack_object (JsonNode *root)
{
  return json_node_get_object (root);
}

static JsonObject *
month_object (JsonNode *root,
              guint     month)
{
  return json_array_get_object_element (json_object_get_array_member (pack_object (root), "months"), month);
}

static JsonObject *
day_object (JsonNode *root,
            guint     month,
            guint     day_number)
{
  return json_array_get_object_element (json_object_get_array_member (month_object (root, month), "days"),
                                        day_number - 1);
}

static JsonObject *
quiz_object (JsonNode *root,
             guint     month,
             guint     day_number)
{
  return json_object_get_object_member (day_object (root, month, day_number), "quiz");
}

static JsonObject *
question_object (JsonNode *root,
                 guint     month,
                 guint     day_number,
                 guint     question)
{
  JsonArray *questions = json_object_get_array_member (quiz_object (root, month, day_number), "questions");

  return json_array_get_object_element (questions, question);
}

static PathwayContentPack *
load (JsonNode  *root,
      GError   **error)
{
  g_autofree char *text = json_to_string (root, FALSE);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return pathway_content_pack_new_from_bytes (bytes, error);
}

static void
assert_refused (JsonNode   *root,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayContentPack) pack = load (root, &error);

  g_assert_null (pack);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, message);
}

static JsonNode *
json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  return node;
}

static void
set_json (JsonObject *object,
          const char *member,
          const char *value)
{
  json_object_set_member (object, member, json (value));
}

static void
test_valid (void)
{
  g_autoptr(JsonNode) root = make_pack ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayContentPack) pack = load (root, &error);
  JsonNode *questions;

  g_assert_no_error (error);
  g_assert_nonnull (pack);

  g_assert_cmpstr (pathway_content_pack_get_title (pack), ==, "Two Hand-Made Months");
  g_assert_cmpuint (pathway_content_pack_get_n_months (pack), ==, 2);
  g_assert_cmpstr (pathway_content_pack_get_month_key (pack, 0), ==, "first-month");
  g_assert_cmpstr (pathway_content_pack_get_month_key (pack, 1), ==, "second-month");
  g_assert_cmpstr (pathway_content_pack_get_month_title (pack, 1), ==, "A Month of Study");
  g_assert_cmpint (pathway_content_pack_find_month (pack, "second-month"), ==, 1);
  g_assert_cmpint (pathway_content_pack_find_month (pack, "third-month"), ==, -1);
  g_assert_cmpuint (pathway_content_pack_get_n_days (pack, 0), ==, 3);
  g_assert_cmpuint (pathway_content_pack_get_n_days (pack, 1), ==, 2);
  g_assert_cmpstr (pathway_content_pack_get_day_title (pack, 0, 3), ==, "Day 3");
  g_assert_cmpstr (pathway_content_pack_get_quiz_title (pack, 1, 2), ==, "Day 2");
  g_assert_true (g_str_has_prefix (pathway_content_pack_get_lesson (pack, 1, 1), "## Objectives\n\nstudy study"));
  g_assert_cmpint (pathway_content_pack_get_required_score (pack, 0, 1), ==, 80);

  questions = pathway_content_pack_get_questions (pack, 1, 2);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (questions));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (questions)), ==, 6);
}

static void
test_valid_accessors_refuse_out_of_range (void)
{
  g_autoptr(JsonNode) root = make_pack ();
  g_autoptr(PathwayContentPack) pack = load (root, NULL);

  g_assert_nonnull (pack);

  g_test_expect_message ("pathway-content-pack", G_LOG_LEVEL_CRITICAL, "*month < pack->months->len*");
  g_assert_null (pathway_content_pack_get_month_key (pack, 2));
  g_test_assert_expected_messages ();

  g_test_expect_message ("pathway-content-pack", G_LOG_LEVEL_CRITICAL, "*day_number*");
  g_assert_null (pathway_content_pack_get_lesson (pack, 1, 3));
  g_test_assert_expected_messages ();

  g_test_expect_message ("pathway-content-pack", G_LOG_LEVEL_CRITICAL, "*day_number*");
  g_assert_null (pathway_content_pack_get_questions (pack, 0, 0));
  g_test_assert_expected_messages ();
}

static void
assert_valid (JsonNode *root)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayContentPack) pack = load (root, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);
}

static void
set_questions (JsonNode *root,
               guint     month,
               guint     day_number,
               guint     n_questions)
{
  JsonArray *questions = json_array_new ();

  for (guint i = 0; i < n_questions; i++)
    json_array_add_element (questions, make_question (i));
  json_object_set_array_member (quiz_object (root, month, day_number), "questions", questions);
}

static void
set_lesson_words (JsonNode *root,
                  guint     n_words)
{
  g_autofree char *lesson = make_lesson (n_words);

  json_object_set_string_member (day_object (root, 1, 2), "lesson", lesson);
}

/* Every limit the README sets, at its edges. */
static void
test_valid_edges (void)
{
  g_autoptr(JsonNode) root = make_pack ();
  g_autoptr(PathwayContentPack) pack = NULL;
  JsonArray *months = json_object_get_array_member (pack_object (root), "months");

  json_array_add_element (months, make_month ("31-days", 31));
  json_array_add_element (months, make_month ("x", 1));
  set_questions (root, 0, 1, 5);
  set_questions (root, 0, 2, 8);
  json_object_set_int_member (quiz_object (root, 0, 3), "required_score", 0);
  json_object_set_int_member (quiz_object (root, 1, 1), "required_score", 100);
  json_object_remove_member (quiz_object (root, 1, 2), "required_score");

  set_lesson_words (root, 300);
  assert_valid (root);
  set_lesson_words (root, 700);

  pack = load (root, NULL);
  g_assert_nonnull (pack);
  g_assert_cmpuint (pathway_content_pack_get_n_months (pack), ==, 4);
  g_assert_cmpuint (pathway_content_pack_get_n_days (pack, 2), ==, 31);
  g_assert_cmpuint (pathway_content_pack_get_n_days (pack, 3), ==, 1);
  g_assert_cmpint (pathway_content_pack_get_required_score (pack, 0, 3), ==, 0);
  g_assert_cmpint (pathway_content_pack_get_required_score (pack, 1, 1), ==, 100);
  g_assert_cmpint (pathway_content_pack_get_required_score (pack, 1, 2), ==, 70);
}

/* Everything before the bad day is valid: the whole pack is still refused. */
static void
test_half_valid (void)
{
  g_autoptr(JsonNode) root = make_pack ();

  set_questions (root, 1, 2, 3);
  assert_refused (root, "Month “second-month”, day 2: the quiz has 3 questions; it needs 5 to 8.");
  set_questions (root, 1, 2, 9);
  assert_refused (root, "Month “second-month”, day 2: the quiz has 9 questions; it needs 5 to 8.");
  set_questions (root, 1, 2, 1);
  assert_refused (root, "Month “second-month”, day 2: the quiz has 1 question; it needs 5 to 8.");
  set_questions (root, 1, 2, 0);
  assert_refused (root, "Month “second-month”, day 2: the quiz has 0 questions; it needs 5 to 8.");
}

static void
test_pack_fields (void)
{
  const struct {
    const char *member;
    const char *value; /* NULL removes the member */
    const char *message;
  } cases[] = {
    { "format", NULL, "The file is not a Pathway content pack." },
    { "format", "\"pathway-catalogue\"", "The file is not a Pathway content pack." },
    { "format", "[\"pathway-content-pack\"]", "The file is not a Pathway content pack." },
    { "version", NULL, "Content pack: “version” is missing." },
    { "version", "2", "The content pack has version 2; this version of Pathway reads version 1." },
    { "version", "0", "The content pack has version 0; this version of Pathway reads version 1." },
    { "version", "4294967297", "Content pack: “version” is 4294967297; it must be from -2147483648 to 2147483647." },
    { "version", "\"1\"", "Content pack: “version” must be a whole number." },
    { "version", "1.0", "Content pack: “version” must be a whole number." },
    { "title", NULL, "Content pack: “title” is missing." },
    { "title", "\"\"", "Content pack: “title” is empty." },
    { "months", NULL, "Content pack: “months” is missing." },
    { "months", "[]", "Content pack: it has no months." },
    { "months", "{\"first-month\": {}}", "Content pack: “months” must be an array." },
    { "author", "\"Sam\"", "Content pack: “author” is not a known field." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = make_pack ();

      if (cases[i].value == NULL)
        json_object_remove_member (pack_object (root), cases[i].member);
      else
        set_json (pack_object (root), cases[i].member, cases[i].value);

      assert_refused (root, cases[i].message);
    }
}

static void
test_not_a_pack (void)
{
  g_autoptr(JsonNode) array = json ("[{\"format\": \"pathway-content-pack\", \"version\": 1}]");
  g_autoptr(JsonNode) text = json ("\"pathway-content-pack\"");
  g_autoptr(JsonNode) catalogue = json ("{\"format\": \"pathway-catalogue\", \"version\": 1, \"goals\": []}");

  assert_refused (array, "The file is not a Pathway content pack.");
  assert_refused (text, "The file is not a Pathway content pack.");
  assert_refused (catalogue, "The file is not a Pathway content pack.");
}

static void
test_month_fields (void)
{
  const struct {
    const char *member;
    const char *value;
    const char *message;
  } cases[] = {
    { "key", NULL, "Month 2: “key” is missing." },
    { "key", "\"\"", "Month 2: “key” is empty." },
    { "key", "\"Second-Month\"", "Month 2: “key” must be lowercase-kebab-case, such as “web-foundations”." },
    { "key", "\"second month\"", "Month 2: “key” must be lowercase-kebab-case, such as “web-foundations”." },
    { "key", "\"second--month\"", "Month 2: “key” must be lowercase-kebab-case, such as “web-foundations”." },
    { "key", "\"-second\"", "Month 2: “key” must be lowercase-kebab-case, such as “web-foundations”." },
    { "key", "\"second-\"", "Month 2: “key” must be lowercase-kebab-case, such as “web-foundations”." },
    { "key", "\"second_month\"", "Month 2: “key” must be lowercase-kebab-case, such as “web-foundations”." },
    { "key", "\"sécond\"", "Month 2: “key” must be lowercase-kebab-case, such as “web-foundations”." },
    { "key", "\"first-month\"", "Month 2: the key “first-month” is already used by month 1." },
    { "title", NULL, "Month “second-month”: “title” is missing." },
    { "title", "\" \"", "Month “second-month”: “title” is empty." },
    { "days", NULL, "Month “second-month”: “days” is missing." },
    { "days", "[]", "Month “second-month”: it has 0 days; it needs 1 to 31." },
    { "days", "{\"1\": {}}", "Month “second-month”: “days” must be an array." },
    { "skills", "[\"SQL\"]", "Month 2: “skills” is not a known field." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = make_pack ();

      if (cases[i].value == NULL)
        json_object_remove_member (month_object (root, 1), cases[i].member);
      else
        set_json (month_object (root, 1), cases[i].member, cases[i].value);

      assert_refused (root, cases[i].message);
    }
}

static void
test_month_too_many_days (void)
{
  g_autoptr(JsonNode) root = make_pack ();
  JsonArray *months = json_object_get_array_member (pack_object (root), "months");

  json_array_add_element (months, make_month ("long-month", 32));
  assert_refused (root, "Month “long-month”: it has 32 days; it needs 1 to 31.");
}

static void
test_day_numbering (void)
{
  const struct {
    guint       day_number;
    const char *value;
    const char *message;
  } cases[] = {
    { 2, "3", "Month “first-month”, day 2: “day” is 3; days are numbered from 1 in order, without gaps or repeats." },
    { 2, "1", "Month “first-month”, day 2: “day” is 1; days are numbered from 1 in order, without gaps or repeats." },
    { 1, "2", "Month “first-month”, day 1: “day” is 2; days are numbered from 1 in order, without gaps or repeats." },
    { 1, "0", "Month “first-month”, day 1: “day” is 0; it must be from 1 to 31." },
    { 3, "32", "Month “first-month”, day 3: “day” is 32; it must be from 1 to 31." },
    { 3, "\"3\"", "Month “first-month”, day 3: “day” must be a whole number." },
    { 3, NULL, "Month “first-month”, day 3: “day” is missing." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = make_pack ();
      JsonObject *day = day_object (root, 0, cases[i].day_number);

      if (cases[i].value == NULL)
        json_object_remove_member (day, "day");
      else
        set_json (day, "day", cases[i].value);

      assert_refused (root, cases[i].message);
    }
}

static void
test_day_fields (void)
{
  const struct {
    const char *member;
    const char *value;
    const char *message;
  } cases[] = {
    { "title", NULL, "Month “second-month”, day 2: “title” is missing." },
    { "title", "\"\\t\"", "Month “second-month”, day 2: “title” is empty." },
    { "lesson", NULL, "Month “second-month”, day 2: “lesson” is missing." },
    { "lesson", "\"\"", "Month “second-month”, day 2: “lesson” is empty." },
    { "quiz", NULL, "Month “second-month”, day 2: “quiz” is missing." },
    { "quiz", "[]", "Month “second-month”, day 2: “quiz” must be an object." },
    { "video", "\"https://video.example/1\"", "Month “second-month”, day 2: “video” is not a known field." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = make_pack ();

      if (cases[i].value == NULL)
        json_object_remove_member (day_object (root, 1, 2), cases[i].member);
      else
        set_json (day_object (root, 1, 2), cases[i].member, cases[i].value);

      assert_refused (root, cases[i].message);
    }
}

/* The lesson rules have their own tests; here, that they apply to every day and name it. */
static void
test_lesson (void)
{
  g_autoptr(JsonNode) root = make_pack ();
  g_autofree char *lesson = make_lesson (500);
  g_autofree char *renamed = NULL;

  set_lesson_words (root, 299);
  assert_refused (root, "Month “second-month”, day 2: the lesson has 299 words; it needs 300 to 700.");
  set_lesson_words (root, 701);
  assert_refused (root, "Month “second-month”, day 2: the lesson has 701 words; it needs 300 to 700.");

  /* The last section renamed: “## Exercises” is not “## Exercise”. */
  *strstr (lesson, "## Exercise") = '\0';
  renamed = g_strconcat (lesson, "## Exercises\n\nread read read\n", NULL);
  json_object_set_string_member (day_object (root, 1, 2), "lesson", renamed);
  assert_refused (root, "Month “second-month”, day 2: the lesson has an unexpected section “## Exercises”; its "
                        "level-2 sections are “## Objectives”, “## Explanation”, “## Worked Example” and "
                        "“## Exercise”.");
}

static void
test_quiz_fields (void)
{
  const struct {
    const char *member;
    const char *value;
    const char *message;
  } cases[] = {
    { "title", NULL, "Month “second-month”, day 2, quiz: “title” is missing." },
    { "title", "\"\"", "Month “second-month”, day 2, quiz: “title” is empty." },
    { "required_score", "101", "Month “second-month”, day 2, quiz: “required_score” is 101; it must be from 0 to 100." },
    { "required_score", "-1", "Month “second-month”, day 2, quiz: “required_score” is -1; it must be from 0 to 100." },
    { "required_score", "70.5", "Month “second-month”, day 2, quiz: “required_score” must be a whole number." },
    { "required_score", "\"70\"", "Month “second-month”, day 2, quiz: “required_score” must be a whole number." },
    { "required_score", "null", "Month “second-month”, day 2, quiz: “required_score” must be a whole number." },
    { "questions", NULL, "Month “second-month”, day 2, quiz: “questions” is missing." },
    { "questions", "{}", "Month “second-month”, day 2, quiz: “questions” must be an array." },
    { "passing_score", "70", "Month “second-month”, day 2, quiz: “passing_score” is not a known field." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = make_pack ();

      if (cases[i].value == NULL)
        json_object_remove_member (quiz_object (root, 1, 2), cases[i].member);
      else
        set_json (quiz_object (root, 1, 2), cases[i].member, cases[i].value);

      assert_refused (root, cases[i].message);
    }
}

static void
test_question_fields (void)
{
  g_autoptr(JsonNode) root = make_pack ();
  JsonObject *question = question_object (root, 1, 2, 4);
  JsonArray *options = json_object_get_array_member (question, "options");

  json_array_remove_element (options, 3);
  assert_refused (root, "Month “second-month”, day 2, question 5: “options” has 3 entries; it needs exactly 4.");

  json_array_add_string_element (options, "");
  assert_refused (root, "Month “second-month”, day 2, question 5: option 4 of 4 is empty.");

  json_array_remove_element (options, 3);
  json_array_add_string_element (options, "Three");
  json_object_set_int_member (question, "correct_index", 4);
  assert_refused (root, "Month “second-month”, day 2, question 5: “correct_index” is 4; it must be from 0 to 3.");

  json_object_set_int_member (question, "correct_index", 3);
  json_object_remove_member (question, "explanation");
  assert_refused (root, "Month “second-month”, day 2, question 5: “explanation” is missing.");

  json_object_set_string_member (question, "explanation", "Because.");
  assert_valid (root);
}

/* ───── wrong types everywhere ───── */

typedef enum {
  AT_PACK,
  AT_MONTH,
  AT_DAY,
  AT_QUIZ,
  AT_QUESTION,
} Level;

/* In a pack of one day, as few bytes as possible to build and parse over and over. */
static JsonObject *
object_at (JsonNode *root,
           Level     level)
{
  switch (level)
    {
    case AT_PACK:
      return pack_object (root);
    case AT_MONTH:
      return month_object (root, 0);
    case AT_DAY:
      return day_object (root, 0, 1);
    case AT_QUIZ:
      return quiz_object (root, 0, 1);
    case AT_QUESTION:
      return question_object (root, 0, 1, 3);
    default:
      g_assert_not_reached ();
    }
}

/* Values of each JSON type; the first character tells the type apart. */
static const char * const any_values[] = {
  "null", "true", "-3", "1.5", "\"text\"", "[]", "[\"text\"]", "{}",
};

static gboolean
is_kind (const char *value,
         char        kind)
{
  switch (kind)
    {
    case 's':
      return value[0] == '"';
    case 'i':
      return (g_ascii_isdigit (value[0]) || value[0] == '-') && strchr (value, '.') == NULL;
    case 'a':
      return value[0] == '[';
    case 'o':
      return value[0] == '{';
    default:
      g_assert_not_reached ();
    }
}

static void
test_wrong_types (void)
{
  const struct {
    Level       level;
    const char *member;
    char        kind; /* s string, i integer, a array, o object */
  } members[] = {
    { AT_PACK, "format", 's' }, { AT_PACK, "version", 'i' }, { AT_PACK, "title", 's' }, { AT_PACK, "months", 'a' },
    { AT_MONTH, "key", 's' }, { AT_MONTH, "title", 's' }, { AT_MONTH, "days", 'a' },
    { AT_DAY, "day", 'i' }, { AT_DAY, "title", 's' }, { AT_DAY, "lesson", 's' }, { AT_DAY, "quiz", 'o' },
    { AT_QUIZ, "title", 's' }, { AT_QUIZ, "required_score", 'i' }, { AT_QUIZ, "questions", 'a' },
    { AT_QUESTION, "question", 's' }, { AT_QUESTION, "options", 'a' }, { AT_QUESTION, "correct_index", 'i' },
    { AT_QUESTION, "explanation", 's' },
  };

  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    for (guint v = 0; v < G_N_ELEMENTS (any_values); v++)
      {
        g_autoptr(JsonNode) root = make_pack_of (1, 0);
        g_autoptr(GError) error = NULL;
        g_autoptr(PathwayContentPack) pack = NULL;
        g_autofree char *quoted = g_strdup_printf ("“%s”", members[m].member);

        if (is_kind (any_values[v], members[m].kind))
          continue;

        set_json (object_at (root, members[m].level), members[m].member, any_values[v]);
        pack = load (root, &error);

        g_assert_null (pack);
        g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
        if (g_str_equal (members[m].member, "format"))
          g_assert_cmpstr (error->message, ==, "The file is not a Pathway content pack.");
        else
          g_assert_nonnull (strstr (error->message, quoted));
      }
}

static void
test_wrong_element_types (void)
{
  for (guint v = 0; v < G_N_ELEMENTS (any_values); v++)
    {
      g_autoptr(JsonNode) months = make_pack_of (1, 2);
      g_autoptr(JsonNode) days = make_pack_of (1, 2);
      g_autoptr(JsonNode) questions = make_pack_of (1, 2);
      g_autoptr(JsonNode) options = make_pack_of (1, 2);
      JsonArray *array;

      array = json_object_get_array_member (question_object (options, 1, 2, 3), "options");
      json_array_remove_element (array, 1);
      json_array_add_element (array, json (any_values[v]));
      if (!is_kind (any_values[v], 's'))
        assert_refused (options, "Month “second-month”, day 2, question 4: option 4 of 4 must be a string.");

      /* An object in their place is checked as a month, day or question, above. */
      if (is_kind (any_values[v], 'o'))
        continue;

      array = json_object_get_array_member (pack_object (months), "months");
      json_array_add_element (array, json (any_values[v]));
      assert_refused (months, "Month 3: it must be an object.");

      array = json_object_get_array_member (month_object (days, 1), "days");
      json_array_add_element (array, json (any_values[v]));
      assert_refused (days, "Month “second-month”, day 3: it must be an object.");

      array = json_object_get_array_member (quiz_object (questions, 1, 2), "questions");
      json_array_add_element (array, json (any_values[v]));
      assert_refused (questions, "Month “second-month”, day 2, question 7: it must be an object.");
    }
}

/* Every required member, taken away. */
static void
test_missing_members (void)
{
  const struct {
    Level       level;
    const char *member;
  } members[] = {
    { AT_PACK, "version" }, { AT_PACK, "title" }, { AT_PACK, "months" },
    { AT_MONTH, "key" }, { AT_MONTH, "title" }, { AT_MONTH, "days" },
    { AT_DAY, "day" }, { AT_DAY, "title" }, { AT_DAY, "lesson" }, { AT_DAY, "quiz" },
    { AT_QUIZ, "title" }, { AT_QUIZ, "questions" },
    { AT_QUESTION, "question" }, { AT_QUESTION, "options" }, { AT_QUESTION, "correct_index" },
    { AT_QUESTION, "explanation" },
  };

  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    {
      g_autoptr(JsonNode) root = make_pack_of (1, 0);
      g_autoptr(GError) error = NULL;
      g_autoptr(PathwayContentPack) pack = NULL;
      g_autofree char *problem = g_strdup_printf (": “%s” is missing.", members[m].member);

      json_object_remove_member (object_at (root, members[m].level), members[m].member);
      pack = load (root, &error);

      g_assert_null (pack);
      g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
      g_assert_true (g_str_has_suffix (error->message, problem));
    }
}

/* ───── untrusted bytes ───── */

static void
assert_bytes_refused (GBytes     *bytes,
                      const char *message_start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayContentPack) pack = pathway_content_pack_new_from_bytes (bytes, &error);

  g_assert_null (pack);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_prefix (error->message, message_start));
}

static void
test_deep_nesting (void)
{
  const gsize depth = 100000;
  char *text = g_malloc (2 * depth);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = make_pack ();
  g_autoptr(JsonNode) nested = json ("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"deep\"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");
  g_autofree char *nested_text = NULL;
  g_autoptr(GBytes) nested_bytes = NULL;

  memset (text, '[', depth);
  memset (text + depth, ']', depth);
  bytes = g_bytes_new_take (text, 2 * depth);
  assert_bytes_refused (bytes, "The data is nested more than 32 levels deep.");

  /* Deep inside an otherwise good pack. */
  json_object_set_member (day_object (root, 1, 2), "title", g_steal_pointer (&nested));
  nested_text = json_to_string (root, FALSE);
  nested_bytes = g_bytes_new (nested_text, strlen (nested_text));
  assert_bytes_refused (nested_bytes, "The data is nested more than 32 levels deep.");
}

/* A valid pack padded with white space to size bytes. */
static GBytes *
padded_pack (gsize size)
{
  g_autoptr(JsonNode) root = make_pack ();
  g_autofree char *text = json_to_string (root, FALSE);
  gsize length = strlen (text);
  char *data;

  g_assert_cmpuint (length, <, size);
  data = g_malloc (size);
  memcpy (data, text, length);
  memset (data + length, ' ', size - length);
  return g_bytes_new_take (data, size);
}

static void
test_size_limit (void)
{
  g_autoptr(GBytes) at_limit = padded_pack (PATHWAY_CONTENT_PACK_MAX_SIZE);
  g_autoptr(GBytes) over_limit = padded_pack (PATHWAY_CONTENT_PACK_MAX_SIZE + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayContentPack) pack = pathway_content_pack_new_from_bytes (at_limit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);
  g_assert_cmpint (PATHWAY_CONTENT_PACK_MAX_SIZE, ==, 16 * 1024 * 1024);

  /* GLib puts a no-break space between number and unit. */
  assert_bytes_refused (over_limit, "The data is too large: 16.0\u00a0MiB (16777217 bytes); the limit is 16.0\u00a0MiB.");
}

static void
test_not_json (void)
{
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) truncated = g_bytes_new_static ("{\"format\": \"pathway-content-pack\", \"vers", 39);
  g_autoptr(GBytes) latin1 = g_bytes_new_static ("{\"title\": \"Caf\xe9\"}", 17);
  g_autoptr(GBytes) comments = g_bytes_new_static ("// lessons\n{}", 13);

  assert_bytes_refused (empty, "The data is empty.");
  assert_bytes_refused (truncated, "The data is not valid JSON: ");
  assert_bytes_refused (latin1, "The data is not valid UTF-8 text.");
  assert_bytes_refused (comments, "The data is not valid JSON: ");
}

int
main (int   argc,
      char *argv[])
{
  static const char * const built_in[] = {
    "kotlin-foundations", "python-foundations", "sql-for-analysis", "web-foundations",
  };

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (built_in); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/content-pack/built-in/%s", built_in[i]);
      g_test_add_data_func (path, built_in[i], test_built_in);
    }
  g_test_add_func ("/core/content-pack/built-in/one-bad-day", test_built_in_one_bad_day);
  g_test_add_func ("/core/content-pack/valid/pack", test_valid);
  g_test_add_func ("/core/content-pack/valid/out-of-range", test_valid_accessors_refuse_out_of_range);
  g_test_add_func ("/core/content-pack/valid/edges", test_valid_edges);
  g_test_add_func ("/core/content-pack/invalid/half-valid", test_half_valid);
  g_test_add_func ("/core/content-pack/invalid/pack", test_pack_fields);
  g_test_add_func ("/core/content-pack/invalid/not-a-pack", test_not_a_pack);
  g_test_add_func ("/core/content-pack/invalid/month", test_month_fields);
  g_test_add_func ("/core/content-pack/invalid/too-many-days", test_month_too_many_days);
  g_test_add_func ("/core/content-pack/invalid/day-numbering", test_day_numbering);
  g_test_add_func ("/core/content-pack/invalid/day", test_day_fields);
  g_test_add_func ("/core/content-pack/invalid/lesson", test_lesson);
  g_test_add_func ("/core/content-pack/invalid/quiz", test_quiz_fields);
  g_test_add_func ("/core/content-pack/invalid/question", test_question_fields);
  g_test_add_func ("/core/content-pack/invalid/wrong-types", test_wrong_types);
  g_test_add_func ("/core/content-pack/invalid/wrong-element-types", test_wrong_element_types);
  g_test_add_func ("/core/content-pack/invalid/missing-members", test_missing_members);
  g_test_add_func ("/core/content-pack/limits/deep-nesting", test_deep_nesting);
  g_test_add_func ("/core/content-pack/limits/size", test_size_limit);
  g_test_add_func ("/core/content-pack/limits/not-json", test_not_json);

  return g_test_run ();
}
