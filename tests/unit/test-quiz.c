/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-core-error.h"
#include "pathway-quiz.h"

#define QUESTION_PYTHON \
  "{\"question\": \"What is Python?\", \"options\": [\"Language\", \"Snake\", \"Framework\", \"Database\"]," \
  " \"correct_index\": 0, \"explanation\": \"Python is a programming language.\"}"
#define QUESTION_DNS \
  "{\"question\": \"What does DNS do?\", \"options\": [\"Encrypts\", \"Resolves names\", \"Renders\", \"Stores\"]," \
  " \"correct_index\": 1, \"explanation\": \"It turns a host name into an address.\"}"
#define QUESTION_SQL \
  "{\"question\": \"Which clause filters groups?\", \"options\": [\"WHERE\", \"ORDER BY\", \"HAVING\", \"LIMIT\"]," \
  " \"correct_index\": 2, \"explanation\": \"HAVING filters after GROUP BY.\"}"

static JsonNode *
json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  return node;
}

static GPtrArray *
parse (const char *text)
{
  g_autoptr(JsonNode) node = json (text);
  g_autoptr(GError) error = NULL;
  GPtrArray *questions = pathway_quiz_parse_questions (node, &error);

  g_assert_no_error (error);
  g_assert_nonnull (questions);
  return questions;
}

static void
assert_refused_at (const char *text,
                   const char *location,
                   const char *message)
{
  g_autoptr(JsonNode) node = json (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = pathway_quiz_parse_questions_at (node, location, &error);

  g_assert_null (questions);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_refused (const char *text,
                const char *message)
{
  assert_refused_at (text, NULL, message);
}

static void
assert_json (JsonNode   *node,
             const char *expected)
{
  g_autoptr(JsonNode) expected_node = json (expected);

  if (!json_node_equal (node, expected_node))
    {
      g_autofree char *actual = json_to_string (node, FALSE);
      g_assert_cmpstr (actual, ==, expected);
    }
}

static void
test_parse (void)
{
  g_autoptr(GPtrArray) questions = parse ("[" QUESTION_PYTHON ", " QUESTION_DNS "]");
  const PathwayQuestion *first;
  const PathwayQuestion *second;

  g_assert_cmpuint (questions->len, ==, 2);
  first = g_ptr_array_index (questions, 0);
  second = g_ptr_array_index (questions, 1);

  g_assert_cmpstr (first->question, ==, "What is Python?");
  g_assert_cmpuint (g_strv_length (first->options), ==, PATHWAY_QUIZ_N_OPTIONS);
  g_assert_cmpstr (first->options[0], ==, "Language");
  g_assert_cmpstr (first->options[3], ==, "Database");
  g_assert_cmpint (first->correct_index, ==, 0);
  g_assert_cmpstr (first->explanation, ==, "Python is a programming language.");
  g_assert_cmpint (second->correct_index, ==, 1);
  g_assert_cmpstr (second->options[1], ==, "Resolves names");
}

static void
test_parse_refuses_shape (void)
{
  assert_refused ("{\"questions\": []}", "Quiz: the questions must be an array.");
  assert_refused ("\"What is Python?\"", "Quiz: the questions must be an array.");
  assert_refused ("[]", "Quiz: it has no questions.");
  assert_refused ("[" QUESTION_PYTHON ", 3]", "Question 2: it must be an object.");
  assert_refused ("[" QUESTION_PYTHON ", null]", "Question 2: it must be an object.");
  assert_refused ("[[" QUESTION_PYTHON "]]", "Question 1: it must be an object.");
}

static void
test_parse_refuses_fields (void)
{
  const struct {
    const char *question;
    const char *message;
  } cases[] = {
    { "{\"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: “question” is missing." },
    { "{\"question\": \"\", \"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: “question” is empty." },
    { "{\"question\": 42, \"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: “question” must be a string." },
    { "{\"question\": \"q\", \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: “options” is missing." },
    { "{\"question\": \"q\", \"options\": \"a, b, c, d\", \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: “options” must be an array." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\"], \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: “options” has 3 entries; it needs exactly 4." },
    { "{\"question\": \"q\", \"options\": [\"a\"], \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: “options” has 1 entry; it needs exactly 4." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", \"d\", \"e\"], \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: “options” has 5 entries; it needs exactly 4." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", 3, \"d\"], \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: option 3 of 4 must be a string." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", null], \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: option 4 of 4 must be a string." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"  \", \"c\", \"d\"], \"correct_index\": 0, \"explanation\": \"e\"}",
      "Question 2: option 2 of 4 is empty." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", \"d\"], \"explanation\": \"e\"}",
      "Question 2: “correct_index” is missing." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": 4, \"explanation\": \"e\"}",
      "Question 2: “correct_index” is 4; it must be from 0 to 3." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": -1, \"explanation\": \"e\"}",
      "Question 2: “correct_index” is -1; it must be from 0 to 3." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": 1.0, \"explanation\": \"e\"}",
      "Question 2: “correct_index” must be a whole number." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": \"1\", \"explanation\": \"e\"}",
      "Question 2: “correct_index” must be a whole number." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": 1}",
      "Question 2: “explanation” is missing." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": 1, \"explanation\": \"\"}",
      "Question 2: “explanation” is empty." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": 1, \"explanation\": [\"e\"]}",
      "Question 2: “explanation” must be a string." },
    { "{\"question\": \"q\", \"options\": [\"a\", \"b\", \"c\", \"d\"], \"correct_index\": 1, \"explanation\": \"e\","
      " \"hint\": \"h\"}",
      "Question 2: “hint” is not a known field." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("[" QUESTION_PYTHON ", %s, " QUESTION_DNS "]", cases[i].question);

      assert_refused (text, cases[i].message);
    }
}

static void
test_parse_location (void)
{
  assert_refused_at ("[" QUESTION_PYTHON ", " QUESTION_DNS ", {\"question\": \"q\"}]",
                     "Month “sql-basics”, day 2",
                     "Month “sql-basics”, day 2, question 3: “options” is missing.");
  assert_refused_at ("[]", "Month “sql-basics”, day 2", "Month “sql-basics”, day 2: it has no questions.");
}

static void
test_grade_all_and_none (void)
{
  g_autoptr(GPtrArray) questions = parse ("[" QUESTION_PYTHON ", " QUESTION_DNS ", " QUESTION_SQL "]");
  const int right[] = { 0, 1, 2 };
  const int wrong[] = { 3, 3, 3 };
  const int unanswered[] = { -1, -1, -1 };

  g_assert_cmpint (pathway_quiz_grade (questions, right, 3, NULL), ==, 100);
  g_assert_cmpint (pathway_quiz_grade (questions, wrong, 3, NULL), ==, 0);
  g_assert_cmpint (pathway_quiz_grade (questions, unanswered, 3, NULL), ==, 0);
  g_assert_cmpint (pathway_quiz_grade (questions, NULL, 0, NULL), ==, 0);
}

static void
test_grade_rounding (void)
{
  g_autoptr(GPtrArray) three = parse ("[" QUESTION_PYTHON ", " QUESTION_DNS ", " QUESTION_SQL "]");
  g_autoptr(GPtrArray) eight = parse ("[" QUESTION_PYTHON ", " QUESTION_PYTHON ", " QUESTION_PYTHON ", "
                                      QUESTION_PYTHON ", " QUESTION_PYTHON ", " QUESTION_PYTHON ", "
                                      QUESTION_PYTHON ", " QUESTION_PYTHON "]");
  const int two_of_three[] = { 0, 1, 0 };
  const int one_of_three[] = { 0, 0, 0 };
  const int five_of_eight[] = { 0, 0, 0, 0, 0, 1, 1, 1 };
  const int one_of_eight[] = { 0, 1, 1, 1, 1, 1, 1, 1 };
  const int seven_of_eight[] = { 0, 0, 0, 0, 0, 0, 0, -1 };

  /* 66.67 → 67, 33.33 → 33, 62.5 → 63, 12.5 → 13, 87.5 → 88: half rounds up. */
  g_assert_cmpint (pathway_quiz_grade (three, two_of_three, 3, NULL), ==, 67);
  g_assert_cmpint (pathway_quiz_grade (three, one_of_three, 3, NULL), ==, 33);
  g_assert_cmpint (pathway_quiz_grade (eight, five_of_eight, 8, NULL), ==, 63);
  g_assert_cmpint (pathway_quiz_grade (eight, one_of_eight, 8, NULL), ==, 13);
  g_assert_cmpint (pathway_quiz_grade (eight, seven_of_eight, 8, NULL), ==, 88);
}

static void
test_grade_results (void)
{
  g_autoptr(GPtrArray) questions = parse ("[" QUESTION_PYTHON ", " QUESTION_DNS ", " QUESTION_SQL "]");
  g_autoptr(JsonNode) results = NULL;
  const int answers[] = { 0, -1, 3 };

  g_assert_cmpint (pathway_quiz_grade (questions, answers, 3, &results), ==, 33);
  assert_json (results,
               "[{\"question_index\": 0, \"user_answer\": 0, \"correct_answer\": 0, \"is_correct\": true,"
               "  \"explanation\": \"Python is a programming language.\"},"
               " {\"question_index\": 1, \"user_answer\": null, \"correct_answer\": 1, \"is_correct\": false,"
               "  \"explanation\": \"It turns a host name into an address.\"},"
               " {\"question_index\": 2, \"user_answer\": 3, \"correct_answer\": 2, \"is_correct\": false,"
               "  \"explanation\": \"HAVING filters after GROUP BY.\"}]");
}

/* Answers that stop early, or are not an option, count as unanswered. */
static void
test_grade_missing_answers (void)
{
  g_autoptr(GPtrArray) questions = parse ("[" QUESTION_PYTHON ", " QUESTION_DNS ", " QUESTION_SQL "]");
  g_autoptr(JsonNode) results = NULL;
  const int answers[] = { 0, 7 };

  g_assert_cmpint (pathway_quiz_grade (questions, answers, 2, &results), ==, 33);
  assert_json (results,
               "[{\"question_index\": 0, \"user_answer\": 0, \"correct_answer\": 0, \"is_correct\": true,"
               "  \"explanation\": \"Python is a programming language.\"},"
               " {\"question_index\": 1, \"user_answer\": null, \"correct_answer\": 1, \"is_correct\": false,"
               "  \"explanation\": \"It turns a host name into an address.\"},"
               " {\"question_index\": 2, \"user_answer\": null, \"correct_answer\": 2, \"is_correct\": false,"
               "  \"explanation\": \"HAVING filters after GROUP BY.\"}]");
}

static void
test_grade_refuses_extra_answers (void)
{
  g_autoptr(GPtrArray) questions = parse ("[" QUESTION_PYTHON "]");
  const int answers[] = { 0, 1 };

  g_test_expect_message ("pathway-quiz", G_LOG_LEVEL_CRITICAL, "*n_answers <= questions->len*");
  g_assert_cmpint (pathway_quiz_grade (questions, answers, 2, NULL), ==, -1);
  g_test_assert_expected_messages ();
}

static void
test_answers_to_json (void)
{
  const int answers[] = { 0, -1, 3, 2, 4 };
  g_autoptr(JsonNode) node = pathway_quiz_answers_to_json (answers, G_N_ELEMENTS (answers));
  g_autoptr(JsonNode) empty = pathway_quiz_answers_to_json (NULL, 0);

  assert_json (node, "[0, null, 3, 2, null]");
  assert_json (empty, "[]");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/quiz/parse/valid", test_parse);
  g_test_add_func ("/core/quiz/parse/shape", test_parse_refuses_shape);
  g_test_add_func ("/core/quiz/parse/fields", test_parse_refuses_fields);
  g_test_add_func ("/core/quiz/parse/location", test_parse_location);
  g_test_add_func ("/core/quiz/grade/all-and-none", test_grade_all_and_none);
  g_test_add_func ("/core/quiz/grade/rounding", test_grade_rounding);
  g_test_add_func ("/core/quiz/grade/results", test_grade_results);
  g_test_add_func ("/core/quiz/grade/missing-answers", test_grade_missing_answers);
  g_test_add_func ("/core/quiz/grade/extra-answers", test_grade_refuses_extra_answers);
  g_test_add_func ("/core/quiz/answers-to-json", test_answers_to_json);

  return g_test_run ();
}
