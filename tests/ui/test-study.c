/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-learning.h"
#include "pathway-local-users.h"
#include "pathway-onboarding-page.h"
#include "pathway-plan-page.h"
#include "pathway-quiz-window.h"
#include "pathway-quiz.h"
#include "pathway-rows.h"
#include "pathway-test.h"
#include "pathway-test-ui.h"

/* A new student's first month, through the windows, on a short test curriculum (two months of
 * three lessons: tests/fixtures/curriculum): onboarding, the lesson, a failed quiz, a passing
 * retry, the next day, and the whole month. */

typedef struct {
  char *path;
} Study;

static gint64
query (const char *path,
       const char *sql)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db_at (path);

  return pathway_test_count (db, sql, 0);
}

static void
click (GtkWidget  *root,
       const char *action,
       const char *target)
{
  GtkWidget *button = pathway_test_ui_find_button (root, action, target);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  /* "clicked", as a pointer click gives; activate () would wait for its press animation. */
  g_signal_emit_by_name (button, "clicked");
  pathway_test_ui_settle ();
}

/* The mapped button of a month's day in the Plan view. */
static GtkWidget *
find_day_button (GtkWidget *root,
                 int        day)
{
  g_autofree char *label = g_strdup_printf ("%d", day);

  if (GTK_IS_BUTTON (root) && gtk_widget_has_css_class (root, "day") && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_day_button (child, day);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
onboard (PathwayWindow *window)
{
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *page = pathway_test_ui_find_mapped (root, PATHWAY_TYPE_ONBOARDING_PAGE);
  GtkWidget *goal_check;
  GtkEditable *skill;

  g_assert_nonnull (page);
  pathway_test_ui_screenshots (GTK_WINDOW (window), "onboarding-about");

  /* Next without a name: an inline error, and the step stays. */
  click (root, "onboarding.next", NULL);
  g_assert_true (pathway_test_ui_shows_error (page));
  pathway_test_ui_screenshot (root, "onboarding-about-error");
  pathway_test_ui_type (root, "Your Name", "Ada Student");
  click (root, "onboarding.next", NULL);

  pathway_test_ui_screenshots (GTK_WINDOW (window), "onboarding-goals");
  click (root, "onboarding.next", NULL);
  g_assert_true (pathway_test_ui_shows_error (page));
  goal_check = pathway_test_ui_find_mapped (page, GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (goal_check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (goal_check), TRUE);
  click (root, "onboarding.next", NULL);

  skill = pathway_test_ui_find_entry (root, "Add a Skill");
  g_assert_nonnull (skill);
  gtk_editable_set_text (skill, "Watering, Pruning");
  g_signal_emit_by_name (skill, "apply");
  pathway_test_ui_settle ();
  pathway_test_ui_screenshots (GTK_WINDOW (window), "onboarding-skills");
  click (root, "onboarding.next", NULL);

  pathway_test_ui_screenshots (GTK_WINDOW (window), "onboarding-time");
  click (root, "onboarding.next", NULL);

  pathway_test_ui_screenshots (GTK_WINDOW (window), "onboarding-plan");
  click (root, "onboarding.next", NULL);
}

/* Answers the quiz on screen: every question right, or every one wrong. */
static void
answer_quiz (PathwayQuizWindow *quiz,
             const char        *path,
             gboolean           right,
             const char        *picture)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db_at (path);
  g_autoptr(PathwayLessonDay) day = pathway_learning_get_day (db, 1, 0, 0, NULL);
  g_autoptr(GPtrArray) questions = pathway_quiz_parse_questions (day->quiz->questions, NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      PathwayQuestion *question = g_ptr_array_index (questions, i);
      int option = right ? question->correct_index : (question->correct_index + 1) % PATHWAY_QUIZ_N_OPTIONS;

      pathway_quiz_window_choose (quiz, option);
      if (i == 0 && picture != NULL)
        pathway_test_ui_screenshots (GTK_WINDOW (quiz), picture);
      gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz.next", NULL);
      pathway_test_ui_settle ();
    }
}

static PathwayQuizWindow *
open_quiz (PathwayWindow *window)
{
  PathwayQuizWindow *quiz;

  click (GTK_WIDGET (window), "today.take-quiz", NULL);
  quiz = PATHWAY_QUIZ_WINDOW (pathway_test_ui_find_toplevel (PATHWAY_TYPE_QUIZ_WINDOW));
  g_assert_nonnull (quiz);
  return quiz;
}

static void
close_quiz (PathwayQuizWindow *quiz)
{
  gtk_window_close (GTK_WINDOW (quiz));
  pathway_test_ui_settle ();
}

static void
study (PathwayApplication *app,
       gpointer            data)
{
  Study *s = data;
  PathwayWindow *window = pathway_test_ui_window (app);
  PathwayQuizWindow *quiz;
  GtkWindow *dialog;
  GtkWidget *day_button;

  pathway_test_ui_wait_for_page (window, "welcome");
  click (GTK_WIDGET (window), "win.choose-role", "student");
  pathway_test_ui_wait_for_page (window, "student");
  onboard (window);

  /* The plan is written, and Today shows day 1's lesson. */
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM learning_paths"), ==, 2);
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM day_progress"), ==, 3);
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM onboarding WHERE name = 'Ada Student' "
                                   "AND current_skills = '[\"Watering\",\"Pruning\"]'"), ==, 1);
  pathway_test_ui_screenshots (GTK_WINDOW (window), "today-lesson");

  click (GTK_WIDGET (window), "today.mark-read", NULL);
  g_assert_cmpint (query (s->path, "SELECT content_viewed FROM day_progress WHERE day_number = 1"), ==, 1);

  /* A failed attempt: the day stays open and says so. */
  quiz = open_quiz (window);
  answer_quiz (quiz, s->path, FALSE, "quiz-question");
  pathway_test_ui_screenshots (GTK_WINDOW (quiz), "quiz-failed");
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM quiz_submissions WHERE passed = 0 AND score = 0"), ==, 1);
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM day_progress WHERE day_number = 1 AND status = 'failed' "
                                   "AND quiz_attempts = 1 AND can_proceed = 0"), ==, 1);
  g_assert_cmpint (query (s->path, "SELECT status = 'locked' FROM day_progress WHERE day_number = 2"), ==, 1);

  /* Retry and pass: day 2 opens. */
  gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz.retry", NULL);
  answer_quiz (quiz, s->path, TRUE, NULL);
  pathway_test_ui_screenshots (GTK_WINDOW (quiz), "quiz-passed");
  close_quiz (quiz);
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM day_progress WHERE day_number = 1 AND status = 'completed' "
                                   "AND can_proceed = 1 AND quiz_attempts = 2 AND best_score = 100 "
                                   "AND completed_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM quiz_submissions WHERE passed = 1 AND attempt_number = 2"), ==, 1);
  g_assert_cmpint (query (s->path, "SELECT status = 'active' FROM day_progress WHERE day_number = 2"), ==, 1);
  g_assert_cmpint (query (s->path, "SELECT current_day FROM users WHERE id = 1"), ==, 2);
  pathway_test_ui_screenshots (GTK_WINDOW (window), "today-day-2");

  /* Day 2, submitted with a question unanswered: asked first. */
  quiz = open_quiz (window);
  for (guint i = 0; i + 1 < pathway_quiz_window_get_n_questions (quiz); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz.next", NULL);
      pathway_test_ui_settle ();
    }
  gtk_widget_activate_action (GTK_WIDGET (quiz), "quiz.next", NULL);
  pathway_test_ui_settle ();
  dialog = pathway_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  pathway_test_ui_screenshots (dialog, "quiz-unanswered");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  pathway_test_ui_settle ();
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM quiz_submissions"), ==, 2);
  close_quiz (quiz);

  /* Days 2 and 3 passed: the month is complete and the next one open. */
  for (int day = 2; day <= 3; day++)
    {
      quiz = open_quiz (window);
      answer_quiz (quiz, s->path, TRUE, NULL);
      close_quiz (quiz);
    }
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM learning_paths WHERE global_month_index = 1 "
                                   "AND status = 'completed' AND days_completed = 3 AND completed_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM learning_paths WHERE global_month_index = 2 AND status = 'active'"), ==, 1);
  g_assert_cmpint (query (s->path, "SELECT count(*) FROM day_progress WHERE month_index = 2 AND day_number = 1 "
                                   "AND status = 'active'"), ==, 1);
  g_assert_cmpint (query (s->path, "SELECT current_month_index * 10 + current_day FROM users WHERE id = 1"), ==, 21);
  g_assert_cmpint (query (s->path, "SELECT json_extract(plan, '$.months[0].status') = 'completed' FROM learning_plans"), ==, 1);
  pathway_test_ui_screenshots (GTK_WINDOW (window), "today-month-2");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "i", 1);
  pathway_test_ui_settle ();
  pathway_test_ui_screenshots (GTK_WINDOW (window), "plan");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "i", 2);
  pathway_test_ui_settle ();
  pathway_test_ui_screenshots (GTK_WINDOW (window), "progress");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "i", 3);
  pathway_test_ui_settle ();
  pathway_test_ui_screenshots (GTK_WINDOW (window), "videos");

  /* The first month, from the plan: its days, all passed. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "i", 1);
  pathway_test_ui_settle ();
  pathway_plan_page_show_month (PATHWAY_PLAN_PAGE (pathway_test_ui_find_mapped (GTK_WIDGET (window),
                                                                                PATHWAY_TYPE_PLAN_PAGE)), 1);
  pathway_test_ui_settle ();
  pathway_test_ui_screenshots (GTK_WINDOW (window), "plan-month");

  /* Any open day can be studied again. */
  day_button = find_day_button (GTK_WIDGET (window), 2);
  g_assert_nonnull (day_button);
  g_signal_emit_by_name (day_button, "clicked");
  pathway_test_ui_settle ();
  g_assert_cmpint (query (s->path, "SELECT current_month_index * 10 + current_day FROM users WHERE id = 1"), ==, 12);
}

static void
test_first_month (void)
{
  Study s = { 0 };

  pathway_test_use_curriculum ();
  s.path = pathway_test_path ("study.db");
  pathway_test_ui_run (s.path, study, &s);
  g_free (s.path);
}

int
main (int   argc,
      char *argv[])
{
  pathway_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/study/first-month", test_first_month);

  return g_test_run ();
}
