/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Every question offers this many options (quizzes.questions[].options). */
#define PATHWAY_QUIZ_N_OPTIONS 4

/* quizzes.required_score when a quiz does not set one. */
#define PATHWAY_QUIZ_DEFAULT_REQUIRED_SCORE 70

/* The answer for a question left unanswered; it counts as wrong. */
#define PATHWAY_QUIZ_UNANSWERED (-1)

/* One element of quizzes.questions. */
typedef struct {
  char  *question;
  char **options;       /* PATHWAY_QUIZ_N_OPTIONS strings, NULL-terminated */
  int    correct_index; /* 0 to PATHWAY_QUIZ_N_OPTIONS - 1 */
  char  *explanation;
} PathwayQuestion;

void       pathway_question_free           (PathwayQuestion  *question);

GPtrArray *pathway_quiz_parse_questions    (JsonNode         *questions,
                                            GError          **error);
GPtrArray *pathway_quiz_parse_questions_at (JsonNode         *questions,
                                            const char       *location,
                                            GError          **error);
int        pathway_quiz_grade              (GPtrArray        *questions,
                                            const int        *answers,
                                            guint             n_answers,
                                            JsonNode        **question_results);
JsonNode  *pathway_quiz_answers_to_json    (const int        *answers,
                                            guint             n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayQuestion, pathway_question_free)

G_END_DECLS
