/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-quiz"

#include "config.h"

#include "pathway-quiz.h"

#include <glib/gi18n.h>

#include "pathway-core-error.h"
#include "pathway-json.h"

void
pathway_question_free (PathwayQuestion *question)
{
  if (question == NULL)
    return;

  g_free (question->question);
  g_strfreev (question->options);
  g_free (question->explanation);
  g_free (question);
}

static char **
parse_options (JsonObject  *object,
               const char  *location,
               GError     **error)
{
  g_auto(GStrv) options = NULL;
  JsonArray *array;
  guint n;

  array = pathway_json_get_array (object, "options", location, error);
  if (array == NULL)
    return NULL;

  n = json_array_get_length (array);
  if (n != PATHWAY_QUIZ_N_OPTIONS)
    {
      g_autofree char *problem = g_strdup_printf (ngettext ("“options” has %u entry; it needs exactly %d",
                                                            "“options” has %u entries; it needs exactly %d",
                                                            n),
                                                  n, PATHWAY_QUIZ_N_OPTIONS);
      pathway_json_set_error (error, location, problem);
      return NULL;
    }

  options = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *problem = g_strdup_printf (_("option %u of %d must be a string"),
                                                      i + 1, PATHWAY_QUIZ_N_OPTIONS);
          pathway_json_set_error (error, location, problem);
          return NULL;
        }

      text = json_node_get_string (node);
      if (pathway_json_is_blank (text))
        {
          g_autofree char *problem = g_strdup_printf (_("option %u of %d is empty"),
                                                      i + 1, PATHWAY_QUIZ_N_OPTIONS);
          pathway_json_set_error (error, location, problem);
          return NULL;
        }

      options[i] = g_strdup (text);
    }

  return g_steal_pointer (&options);
}

static PathwayQuestion *
parse_question (JsonNode    *node,
                const char  *location,
                GError     **error)
{
  static const char * const members[] = { "question", "options", "correct_index", "explanation", NULL };
  g_autoptr(PathwayQuestion) question = NULL;
  JsonObject *object;
  const char *text;
  const char *explanation;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      pathway_json_set_error (error, location, _("it must be an object"));
      return NULL;
    }

  object = json_node_get_object (node);
  if (!pathway_json_check_members (object, members, location, error))
    return NULL;

  question = g_new0 (PathwayQuestion, 1);

  text = pathway_json_get_string (object, "question", location, error);
  if (text == NULL)
    return NULL;
  question->question = g_strdup (text);

  question->options = parse_options (object, location, error);
  if (question->options == NULL)
    return NULL;

  if (!pathway_json_get_int (object, "correct_index", 0, PATHWAY_QUIZ_N_OPTIONS - 1,
                             &question->correct_index, location, error))
    return NULL;

  explanation = pathway_json_get_string (object, "explanation", location, error);
  if (explanation == NULL)
    return NULL;
  question->explanation = g_strdup (explanation);

  return g_steal_pointer (&question);
}

/* Like pathway_quiz_parse_questions(), with errors placed inside location (“Month “sql-basics”,
 * day 2”), for callers that read a quiz as part of something larger. */
GPtrArray *
pathway_quiz_parse_questions_at (JsonNode    *questions,
                                 const char  *location,
                                 GError     **error)
{
  g_autoptr(GPtrArray) parsed = NULL;
  JsonArray *array;
  guint n;

  g_return_val_if_fail (questions != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_ARRAY (questions))
    {
      pathway_json_set_error (error, location != NULL ? location : _("Quiz"),
                              _("the questions must be an array"));
      return NULL;
    }

  array = json_node_get_array (questions);
  n = json_array_get_length (array);
  if (n == 0)
    {
      pathway_json_set_error (error, location != NULL ? location : _("Quiz"),
                              _("it has no questions"));
      return NULL;
    }

  parsed = g_ptr_array_new_full (n, (GDestroyNotify) pathway_question_free);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *where = NULL;
      PathwayQuestion *question;

      if (location != NULL)
        {
          /* Translators: a place in a content pack, such as “Month “sql-basics”, day 2, question 3” */
          where = g_strdup_printf (_("%s, question %u"), location, i + 1);
        }
      else
        {
          where = g_strdup_printf (_("Question %u"), i + 1);
        }

      question = parse_question (json_array_get_element (array, i), where, error);
      if (question == NULL)
        return NULL;

      g_ptr_array_add (parsed, question);
    }

  return g_steal_pointer (&parsed);
}

/* The questions of quizzes.questions, in order, as PathwayQuestion; NULL and an error unless every
 * question has its text, exactly four non-empty options, a correct_index from 0 to 3 and an
 * explanation. */
GPtrArray *
pathway_quiz_parse_questions (JsonNode  *questions,
                              GError   **error)
{
  return pathway_quiz_parse_questions_at (questions, NULL, error);
}

static gboolean
is_answer (int answer)
{
  return answer >= 0 && answer < PATHWAY_QUIZ_N_OPTIONS;
}

/* The score from 0 to 100, rounded half up. answers[i] is the option chosen for question i;
 * PATHWAY_QUIZ_UNANSWERED, any other value out of range, or a missing answer past n_answers counts
 * as wrong. question_results, if not NULL, receives quiz_submissions.question_results. */
int
pathway_quiz_grade (GPtrArray  *questions,
                    const int  *answers,
                    guint       n_answers,
                    JsonNode  **question_results)
{
  g_autoptr(JsonBuilder) builder = NULL;
  guint64 n_correct = 0;
  guint64 n_questions;

  g_return_val_if_fail (questions != NULL && questions->len > 0, -1);
  g_return_val_if_fail (answers != NULL || n_answers == 0, -1);
  g_return_val_if_fail (n_answers <= questions->len, -1);
  g_return_val_if_fail (question_results == NULL || *question_results == NULL, -1);

  builder = json_builder_new_immutable ();
  json_builder_begin_array (builder);
  for (guint i = 0; i < questions->len; i++)
    {
      const PathwayQuestion *question = g_ptr_array_index (questions, i);
      int answer = i < n_answers && is_answer (answers[i]) ? answers[i] : PATHWAY_QUIZ_UNANSWERED;
      gboolean is_correct = answer == question->correct_index;

      if (is_correct)
        n_correct++;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "question_index");
      json_builder_add_int_value (builder, i);
      json_builder_set_member_name (builder, "user_answer");
      if (answer == PATHWAY_QUIZ_UNANSWERED)
        json_builder_add_null_value (builder);
      else
        json_builder_add_int_value (builder, answer);
      json_builder_set_member_name (builder, "correct_answer");
      json_builder_add_int_value (builder, question->correct_index);
      json_builder_set_member_name (builder, "is_correct");
      json_builder_add_boolean_value (builder, is_correct);
      json_builder_set_member_name (builder, "explanation");
      json_builder_add_string_value (builder, question->explanation);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (question_results != NULL)
    *question_results = json_builder_get_root (builder);

  /* round (100 × correct / total) in integers, so that 62.5 is 63 on every machine. */
  n_questions = questions->len;
  return (int) ((200 * n_correct + n_questions) / (2 * n_questions));
}

/* quiz_submissions.answers: the chosen indexes, null where unanswered. */
JsonNode *
pathway_quiz_answers_to_json (const int *answers,
                              guint      n)
{
  g_autoptr(JsonArray) array = NULL;

  g_return_val_if_fail (answers != NULL || n == 0, NULL);

  array = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      if (is_answer (answers[i]))
        json_array_add_int_element (array, answers[i]);
      else
        json_array_add_null_element (array);
    }

  return json_node_init_array (json_node_alloc (), array);
}
