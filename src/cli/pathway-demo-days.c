/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-private.h"

/* The days of a plan: each lesson a student started, with its quiz, the attempts at it and its
 * day_progress row, and the later days of the month under way, still locked. */

#define PASS_SCORE 70

/* A day's quiz as the attempts at it need it. */
typedef struct {
  gint64     user_id;
  gint64     plan_id;
  guint      month_index;
  guint      day;
  gint64     id;
  JsonArray *questions;
  int        correct[6];   /* the index of each question's answer */
  guint      n_questions;
} DemoQuiz;

static int
score_of (int correct,
          int n_questions)
{
  return (200 * correct + n_questions) / (2 * n_questions); /* rounded half up */
}

static int
fewest_to_pass (int n_questions)
{
  int correct = 0;

  while (score_of (correct, n_questions) < PASS_SCORE)
    correct++;
  return correct;
}

/* A topic or skill from the whole catalogue that this month does not teach, and that is not yet
 * among the options. */
static const char *
pick_foreign (DemoContext        *ctx,
              GPtrArray          *pool,
              const char * const *own,
              const char        **taken,
              guint               n_taken)
{
  for (;;)
    {
      const char *candidate = g_ptr_array_index (pool, g_rand_int_range (ctx->rand, 0, pool->len));
      gboolean clash = g_strv_contains (own, candidate);

      for (guint i = 0; i < n_taken && !clash; i++)
        clash = g_str_equal (taken[i], candidate);
      if (!clash)
        return candidate;
    }
}

/* 5 or 6 questions on the month, in three shapes the catalogue itself can answer honestly. */
static JsonNode *
build_questions (DemoContext                 *ctx,
                 const PathwayCatalogueMonth *month,
                 guint                        day,
                 int                         *correct,
                 guint                       *n_questions)
{
  JsonArray *questions = json_array_new ();
  guint first_shape = g_rand_int_range (ctx->rand, 0, 3);
  const char * const *topics = (const char * const *) month->topics;
  const char * const *skills = (const char * const *) month->skills;

  *n_questions = rand_range (ctx->rand, 5, 6);
  for (guint q = 0; q < *n_questions; q++)
    {
      JsonObject *question = json_object_new ();
      JsonArray *options = json_array_new ();
      const char *choices[4];
      g_autofree char *text = NULL;
      g_autofree char *explanation = NULL;
      const char *answer;
      guint shape = (first_shape + q) % 3;
      int position = g_rand_int_range (ctx->rand, 0, 4);

      if (shape == 0)
        {
          answer = month_topic (month, day + q);
          for (guint i = 0; i < 3; i++)
            choices[i] = pick_foreign (ctx, ctx->catalogue->topics, topics, choices, i);
          text = g_strdup_printf ("Which of these topics is part of “%s”?", month->title);
          explanation = g_strdup_printf ("“%s” is one of this month’s topics.", answer);
        }
      else if (shape == 1)
        {
          answer = month_skill (month, day + q);
          for (guint i = 0; i < 3; i++)
            choices[i] = pick_foreign (ctx, ctx->catalogue->skills, skills, choices, i);
          text = g_strdup_printf ("Which skill does “%s” build?", month->title);
          explanation = g_strdup_printf ("This month practises %s.", answer);
        }
      else
        {
          guint offset = g_rand_int_range (ctx->rand, 0, g_strv_length (month->topics));

          answer = pick_foreign (ctx, ctx->catalogue->topics, topics, NULL, 0);
          for (guint i = 0; i < 3; i++)
            choices[i] = month_topic (month, offset + i);
          text = g_strdup_printf ("Which of these is not a topic of “%s”?", month->title);
          explanation = g_strdup_printf ("“%s” belongs to another month.", answer);
        }

      /* the answer goes in at position; the three others keep their order around it */
      for (int i = 0, c = 0; i < 4; i++)
        json_array_add_string_element (options, i == position ? answer : choices[c++]);

      json_object_set_string_member (question, "question", text);
      json_object_set_array_member (question, "options", options);
      json_object_set_int_member (question, "correct_index", position);
      json_object_set_string_member (question, "explanation", explanation);
      json_array_add_object_element (questions, question);
      correct[q] = position;
    }

  return take_array (questions);
}

/* The answers of one attempt, n_right of them right, and their results as the app grades them. */
static void
answer_quiz (DemoContext     *ctx,
             const DemoQuiz  *quiz,
             int              n_right,
             JsonNode       **answers_node,
             JsonNode       **results_node)
{
  g_autofree guint *right = _pathway_demo_pick_distinct (ctx->rand, quiz->n_questions, n_right);
  JsonArray *answers = json_array_new ();
  JsonArray *results = json_array_new ();
  guint r = 0;

  for (guint q = 0; q < quiz->n_questions; q++)
    {
      JsonObject *result = json_object_new ();
      JsonObject *question = json_array_get_object_element (quiz->questions, q);
      gboolean is_right = r < (guint) n_right && right[r] == q;
      int answer = quiz->correct[q];

      if (is_right)
        r++;
      else
        answer = (quiz->correct[q] + rand_range (ctx->rand, 1, 3)) % 4;

      json_array_add_int_element (answers, answer);
      json_object_set_int_member (result, "question_index", q);
      json_object_set_int_member (result, "user_answer", answer);
      json_object_set_int_member (result, "correct_answer", quiz->correct[q]);
      json_object_set_boolean_member (result, "is_correct", is_right);
      json_object_set_string_member (result, "explanation", json_object_get_string_member (question, "explanation"));
      json_array_add_object_element (results, result);
    }

  *answers_node = take_array (answers);
  *results_node = take_array (results);
}

/* The day's attempts at its quiz: failed ones, then a pass when the day was completed. */
static gboolean
write_attempts (DemoContext     *ctx,
                const DemoQuiz  *quiz,
                const DemoDay   *day,
                int             *last_score,
                int             *best_score,
                GError         **error)
{
  int n_questions = quiz->n_questions;
  int to_pass = fewest_to_pass (n_questions);

  *last_score = PATHWAY_UNSET;
  *best_score = PATHWAY_UNSET;
  for (int a = 0; a < day->attempts; a++)
    {
      g_autoptr(PathwayQuizSubmission) submission = pathway_quiz_submission_new ();
      gboolean passes = day->status == PATHWAY_DAY_COMPLETED && a + 1 == day->attempts;
      int n_right = passes ? rand_range (ctx->rand, to_pass, n_questions)
                           : rand_range (ctx->rand, MAX (1, to_pass - 3), to_pass - 1);

      submission->user_id = quiz->user_id;
      submission->plan_id = quiz->plan_id;
      submission->month_index = quiz->month_index;
      submission->day = quiz->day;
      submission->quiz_id = quiz->id;
      answer_quiz (ctx, quiz, n_right, &submission->answers, &submission->question_results);
      submission->score = score_of (n_right, n_questions);
      submission->passed = submission->score >= PASS_SCORE;
      submission->attempt_number = a + 1;
      submission->time_taken = n_questions * rand_range (ctx->rand, 15, 75);
      /* attempts spread over the study session; the last one ends it */
      submission->created_at = at (ctx, day->start + (day->end - day->start) * (a + 1) / day->attempts);

      *last_score = submission->score;
      *best_score = *best_score == PATHWAY_UNSET ? submission->score : MAX (*best_score, submission->score);
      if (!_pathway_demo_insert (ctx, &pathway_quiz_submissions_table, g_steal_pointer (&submission), NULL, error))
        return FALSE;
    }

  return TRUE;
}

static PathwayDayProgress *
day_progress_new (gint64 user_id,
                  gint64 plan_id,
                  guint  month_index,
                  guint  day_number)
{
  PathwayDayProgress *progress = pathway_day_progress_new ();

  progress->user_id = user_id;
  progress->plan_id = plan_id;
  progress->month_index = month_index;
  progress->day_number = day_number;
  return progress;
}

/* A lesson the student started: its quiz, the attempts at it and its day_progress row. */
gboolean
_pathway_demo_generate_day (DemoContext                 *ctx,
                            gint64                       user_id,
                            gint64                       plan_id,
                            const PathwayCatalogueMonth *month,
                            guint                        month_index,
                            guint                        day_number,
                            const DemoDay               *day,
                            GError                     **error)
{
  g_autoptr(PathwayDayProgress) progress = day_progress_new (user_id, plan_id, month_index, day_number);
  g_autoptr(PathwayQuiz) quiz = pathway_quiz_new ();
  DemoQuiz demo = { user_id, plan_id, month_index, day_number, 0, NULL, { 0 }, 0 };
  g_autoptr(JsonNode) questions = build_questions (ctx, month, day_number - 1, demo.correct, &demo.n_questions);
  int last_score, best_score;

  demo.questions = json_node_get_array (questions);
  quiz->user_id = user_id;
  quiz->plan_id = plan_id;
  quiz->month_index = month_index;
  quiz->day = day_number;
  quiz->title = g_strdup_printf ("Day %u: %s", day_number, month_topic (month, day_number - 1));
  quiz->questions = json_node_ref (questions);
  quiz->required_score = PASS_SCORE;
  quiz->created_at = at (ctx, day->start);
  if (!_pathway_demo_insert (ctx, &pathway_quizzes_table, g_steal_pointer (&quiz), &demo.id, error) ||
      !write_attempts (ctx, &demo, day, &last_score, &best_score, error))
    return FALSE;

  progress->status = day->status;
  progress->started_at = at (ctx, day->start);
  if (day->status == PATHWAY_DAY_COMPLETED)
    progress->completed_at = at (ctx, day->end);
  progress->quiz_score = last_score;
  progress->quiz_attempts = day->attempts;
  progress->best_score = best_score;
  progress->content_viewed = day->status != PATHWAY_DAY_ACTIVE || chance (ctx->rand, 0.5);
  progress->time_spent = day->time_spent;
  progress->can_proceed = day->status == PATHWAY_DAY_COMPLETED;
  progress->created_at = at (ctx, day->start);
  progress->updated_at = at (ctx, day->end);
  return _pathway_demo_insert (ctx, &pathway_day_progress_table, g_steal_pointer (&progress), NULL, error);
}

/* A later day of the month under way: the app makes a month's rows when the month opens. */
gboolean
_pathway_demo_generate_locked_day (DemoContext  *ctx,
                                   gint64        user_id,
                                   gint64        plan_id,
                                   guint         month_index,
                                   guint         day_number,
                                   gint64        opened,
                                   GError      **error)
{
  g_autoptr(PathwayDayProgress) progress = day_progress_new (user_id, plan_id, month_index, day_number);

  progress->status = PATHWAY_DAY_LOCKED;
  progress->created_at = at (ctx, opened);
  progress->updated_at = at (ctx, opened);
  return _pathway_demo_insert (ctx, &pathway_day_progress_table, g_steal_pointer (&progress), NULL, error);
}
