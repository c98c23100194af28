/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-quiz-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-learning.h"
#include "pathway-markdown-view.h"
#include "pathway-quiz-window.h"
#include "pathway-quiz.h"
#include "pathway-util.h"

/* One quiz attempt: a question at a time, chosen with the mouse or with 1 to 4 and Enter; then
 * the results with every right answer and its explanation. */
struct _PathwayQuizWindow
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  GtkLabel            *position_label;
  GtkProgressBar      *progress_bar;
  PathwayMarkdownView *question_view;
  GtkListBox          *options_list;
  GtkButton           *next_button;
  GtkLabel            *score_label;
  GtkLabel            *verdict_label;
  GtkListBox          *results_list;
  GtkButton           *retry_button;

  PathwayDb           *db;
  gint64               user_id;
  PathwayQuiz         *quiz;
  GPtrArray           *questions;
  int                 *answers;
  guint                current;
  GtkCheckButton      *option_checks[PATHWAY_QUIZ_N_OPTIONS];
  GTimer              *timer;
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (PathwayQuizWindow, pathway_quiz_window, ADW_TYPE_WINDOW)

static PathwayQuestion *
current_question (PathwayQuizWindow *self)
{
  return g_ptr_array_index (self->questions, self->current);
}

guint
pathway_quiz_window_get_n_questions (PathwayQuizWindow *self)
{
  g_return_val_if_fail (PATHWAY_IS_QUIZ_WINDOW (self), 0);

  return self->questions != NULL ? self->questions->len : 0;
}

static void
option_toggled (GtkCheckButton    *check,
                PathwayQuizWindow *self)
{
  if (self->updating || !gtk_check_button_get_active (check))
    return;

  for (int i = 0; i < PATHWAY_QUIZ_N_OPTIONS; i++)
    if (self->option_checks[i] == check)
      self->answers[self->current] = i;
}

static GtkWidget *
make_option_row (PathwayQuizWindow *self,
                 int                index,
                 const char        *option)
{
  g_autofree char *markup = pathway_markdown_inline_to_markup (option);
  g_autofree char *number = g_strdup_printf ("%d", index + 1);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *key = gtk_label_new (number);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  if (index > 0)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->option_checks[0]);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect_object (check, "toggled", G_CALLBACK (option_toggled), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  /* The key that chooses this option. */
  gtk_widget_add_css_class (key, "dim-label");
  gtk_widget_add_css_class (key, "numeric");
  gtk_widget_set_tooltip_text (key, _("Press this number to choose"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), key);

  self->option_checks[index] = GTK_CHECK_BUTTON (check);
  return row;
}

static void
show_question (PathwayQuizWindow *self)
{
  PathwayQuestion *question = current_question (self);
  guint n = self->questions->len;
  g_autofree char *position = g_strdup_printf (_("Question %u of %u"), self->current + 1, n);

  gtk_label_set_label (self->position_label, position);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) self->current / n);
  pathway_markdown_view_set_markdown (self->question_view, question->question);

  self->updating = TRUE;
  pathway_util_remove_children (GTK_WIDGET (self->options_list));
  for (int i = 0; i < PATHWAY_QUIZ_N_OPTIONS; i++)
    gtk_list_box_append (self->options_list, make_option_row (self, i, question->options[i]));
  if (self->answers[self->current] >= 0)
    gtk_check_button_set_active (self->option_checks[self->answers[self->current]], TRUE);
  self->updating = FALSE;

  gtk_button_set_label (self->next_button, self->current + 1 == n ? _("_Submit") : _("_Next"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.previous", self->current > 0);
  gtk_stack_set_visible_child_name (self->stack, "question");
}

/* Chooses option (0 to 3) for the question on screen, as a click or a number key would. */
void
pathway_quiz_window_choose (PathwayQuizWindow *self,
                            int                option)
{
  g_return_if_fail (PATHWAY_IS_QUIZ_WINDOW (self));
  g_return_if_fail (option >= 0 && option < PATHWAY_QUIZ_N_OPTIONS);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "question") != 0)
    return;

  gtk_check_button_set_active (self->option_checks[option], TRUE);
}

static GtkWidget *
make_result_row (PathwayQuizWindow *self,
                 guint              index,
                 JsonObject        *result)
{
  PathwayQuestion *question = g_ptr_array_index (self->questions, index);
  gboolean correct = json_object_get_boolean_member (result, "is_correct");
  int chosen = self->answers[index];
  g_autofree char *title = pathway_markdown_inline_to_markup (question->question);
  g_autofree char *right = pathway_markdown_inline_to_markup (question->options[question->correct_index]);
  g_autofree char *yours = chosen >= 0 ? pathway_markdown_inline_to_markup (question->options[chosen]) : NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *explanation = pathway_markdown_inline_to_markup (question->explanation);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (correct ? "emblem-ok-symbolic" : "window-close-symbolic");
  GtkWidget *detail = gtk_label_new (NULL);

  if (correct)
    subtitle = g_strdup_printf (_("Your answer: %s"), right);
  else if (yours != NULL)
    subtitle = g_strdup_printf (_("Your answer: %s · Right answer: %s"), yours, right);
  else
    subtitle = g_strdup_printf (_("Not answered · Right answer: %s"), right);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_add_css_class (icon, correct ? "success" : "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  correct ? _("Right") : _("Wrong"), -1);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);

  gtk_label_set_markup (GTK_LABEL (detail), explanation);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_widget_set_margin_start (detail, 12);
  gtk_widget_set_margin_end (detail, 12);
  gtk_widget_set_margin_top (detail, 12);
  gtk_widget_set_margin_bottom (detail, 12);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), !correct);
  return row;
}

static void
show_results (PathwayQuizWindow  *self,
              PathwayQuizOutcome *outcome)
{
  JsonArray *results = json_node_get_array (outcome->question_results);
  g_autofree char *score = g_strdup_printf (_("%d %%"), outcome->score);
  g_autofree char *verdict = NULL;

  if (outcome->passed && outcome->month_completed)
    verdict = g_strdup (_("Passed. That was the month’s last day: the next month is open."));
  else if (outcome->passed)
    verdict = g_strdup (_("Passed. The next day is open."));
  else
    verdict = g_strdup_printf (_("Not passed yet: you need %d %%. Read the explanations below, then try again."),
                               self->quiz->required_score);

  gtk_label_set_label (self->score_label, score);
  gtk_label_set_label (self->verdict_label, verdict);
  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), outcome->passed ? "error" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), outcome->passed ? "success" : "error");

  pathway_util_remove_children (GTK_WIDGET (self->results_list));
  for (guint i = 0; i < json_array_get_length (results) && i < self->questions->len; i++)
    gtk_list_box_append (self->results_list, make_result_row (self, i, json_array_get_object_element (results, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->retry_button), !outcome->passed);
  gtk_stack_set_visible_child_name (self->stack, "results");
}

static void
submit (PathwayQuizWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(PathwayQuizOutcome) outcome = NULL;

  outcome = pathway_learning_submit_quiz (self->db, self->user_id, self->quiz->id, self->answers,
                                          self->questions->len, (int) g_timer_elapsed (self->timer, NULL),
                                          now, &error);
  if (outcome == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, pathway_util_new_toast (error->message));
      return;
    }

  show_results (self, outcome);
}

static guint
count_unanswered (PathwayQuizWindow *self)
{
  guint n = 0;

  for (guint i = 0; i < self->questions->len; i++)
    if (self->answers[i] < 0)
      n++;
  return n;
}

static void
confirm_response (AdwMessageDialog  *dialog,
                  const char        *response,
                  PathwayQuizWindow *self)
{
  if (g_strcmp0 (response, "submit") == 0)
    submit (self);
}

/* Asks before a submission that leaves questions unanswered. */
static void
confirm_submit (PathwayQuizWindow *self)
{
  guint unanswered = count_unanswered (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (unanswered == 0)
    {
      submit (self);
      return;
    }

  heading = g_strdup_printf (ngettext ("Submit With %u Question Unanswered?",
                                       "Submit With %u Questions Unanswered?", unanswered),
                             unanswered);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Unanswered questions count as wrong."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Answering"),
                                    "submit", _("_Submit"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "submit", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PathwayQuizWindow *self = PATHWAY_QUIZ_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "question") != 0)
    return;

  if (self->current + 1 < self->questions->len)
    {
      self->current++;
      show_question (self);
    }
  else
    confirm_submit (self);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PathwayQuizWindow *self = PATHWAY_QUIZ_WINDOW (widget);

  if (self->current > 0)
    {
      self->current--;
      show_question (self);
    }
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pathway_quiz_window_choose (PATHWAY_QUIZ_WINDOW (widget), g_variant_get_int32 (parameter));
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PathwayQuizWindow *self = PATHWAY_QUIZ_WINDOW (widget);

  for (guint i = 0; i < self->questions->len; i++)
    self->answers[i] = PATHWAY_QUIZ_UNANSWERED;
  self->current = 0;
  g_timer_start (self->timer);
  show_question (self);
}

PathwayQuizWindow *
pathway_quiz_window_new (PathwayDb         *db,
                         gint64             user_id,
                         const PathwayQuiz *quiz)
{
  g_autoptr(GError) error = NULL;
  PathwayQuizWindow *self;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (quiz != NULL, NULL);

  self = g_object_new (PATHWAY_TYPE_QUIZ_WINDOW, NULL);
  self->db = g_object_ref (db);
  self->user_id = user_id;
  self->quiz = pathway_quiz_copy (quiz);
  gtk_window_set_title (GTK_WINDOW (self), quiz->title);

  self->questions = pathway_quiz_parse_questions (quiz->questions, &error);
  if (self->questions == NULL || self->questions->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("This quiz cannot be taken: %s"),
                                                  error != NULL ? error->message : _("it has no questions."));
      g_clear_pointer (&self->questions, g_ptr_array_unref);
      gtk_stack_set_visible_child_name (self->stack, "broken");
      adw_toast_overlay_add_toast (self->toast_overlay, pathway_util_new_toast (message));
      return self;
    }

  self->answers = g_new (int, self->questions->len);
  for (guint i = 0; i < self->questions->len; i++)
    self->answers[i] = PATHWAY_QUIZ_UNANSWERED;
  show_question (self);
  return self;
}

static void
pathway_quiz_window_dispose (GObject *object)
{
  PathwayQuizWindow *self = PATHWAY_QUIZ_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_QUIZ_WINDOW);
  g_clear_object (&self->db);
  g_clear_pointer (&self->quiz, pathway_quiz_free);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_free);
  g_clear_pointer (&self->timer, g_timer_destroy);

  G_OBJECT_CLASS (pathway_quiz_window_parent_class)->dispose (object);
}

static void
pathway_quiz_window_class_init (PathwayQuizWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_quiz_window_dispose;

  g_type_ensure (PATHWAY_TYPE_MARKDOWN_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-quiz-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, question_view);
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, options_list);
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, score_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, results_list);
  gtk_widget_class_bind_template_child (widget_class, PathwayQuizWindow, retry_button);

  gtk_widget_class_install_action (widget_class, "quiz.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "quiz.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "quiz.choose", "i", choose_action);
  gtk_widget_class_install_action (widget_class, "quiz.retry", NULL, retry_action);

  for (int i = 0; i < PATHWAY_QUIZ_N_OPTIONS; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, 0, "quiz.choose", "i", i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + i, 0, "quiz.choose", "i", i);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "quiz.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "quiz.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "quiz.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pathway_quiz_window_init (PathwayQuizWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->timer = g_timer_new ();

  /* The question lines up with its answers below. */
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->question_view), 0);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->question_view), 0);
}
