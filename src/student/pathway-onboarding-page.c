/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-onboarding-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-duration.h"
#include "pathway-learning.h"
#include "pathway-lessons.h"
#include "pathway-onboarding-page.h"
#include "pathway-plan-builder.h"
#include "pathway-skills.h"
#include "pathway-util.h"

/* A new plan in five steps: who you are, your goals, your skills, your time, and the plan itself.
 * Nothing is written until Finish, which writes it all in one transaction. */

#define MAX_NAME_LENGTH 100
#define MAX_SKILL_LENGTH 60
#define N_SUGGESTIONS 12

enum { STEP_ABOUT, STEP_GOALS, STEP_SKILLS, STEP_TIME, STEP_PLAN, N_STEPS };

static const int daily_minutes_choices[] = { 15, 30, 45, 60, 90, 120, 180 };

struct _PathwayOnboardingPage
{
  GtkWidget           parent_instance;

  AdwCarousel        *carousel;
  AdwEntryRow        *name_row;
  AdwComboRow        *grade_row;
  GtkLabel           *about_error;
  AdwPreferencesGroup *goals_group;
  AdwPreferencesGroup *typed_goals_group;
  AdwEntryRow        *other_goal_row;
  GtkLabel           *goals_error;
  GtkFlowBox         *skills_box;
  AdwEntryRow        *skill_row;
  GtkFlowBox         *suggestions_box;
  GtkLabel           *skills_error;
  AdwComboRow        *daily_row;
  AdwComboRow        *years_row;
  GtkLabel           *plan_summary;
  GtkListBox         *months_list;
  GtkLabel           *skipped_label;
  GtkButton          *next_button;
  GtkButton          *cancel_button;

  PathwayDb          *db;
  gint64              user_id;
  PathwayCatalogue   *catalogue;
  GPtrArray          *goal_checks;   /* GtkCheckButton, one per catalogue goal, in order */
  GPtrArray          *typed_goals;   /* char *, goals typed that the catalogue lacks */
  GPtrArray          *typed_rows;    /* their rows, in the same order */
  PathwaySkillSet    *skills;
  GPtrArray          *skill_list;    /* char *, in the order added */
  JsonNode           *plan;
};

G_DEFINE_FINAL_TYPE (PathwayOnboardingPage, pathway_onboarding_page, GTK_TYPE_WIDGET)

enum {
  FINISHED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
current_step (PathwayOnboardingPage *self)
{
  return (guint) (adw_carousel_get_position (self->carousel) + 0.5);
}

static void
show_error (GtkLabel   *label,
            const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/* ───── goals ───── */

static GStrv
chosen_goal_ids (PathwayOnboardingPage *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < self->goal_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->goal_checks, i)))
      g_strv_builder_add (ids, pathway_catalogue_get_goal (self->catalogue, i)->id);

  return g_strv_builder_end (ids);
}

/* The goals as the student will see them in their profile: chosen titles, then typed ones. */
static GStrv
goal_titles (PathwayOnboardingPage *self)
{
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();

  for (guint i = 0; i < self->goal_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->goal_checks, i)))
      g_strv_builder_add (titles, pathway_catalogue_get_goal (self->catalogue, i)->title);
  for (guint i = 0; i < self->typed_goals->len; i++)
    g_strv_builder_add (titles, g_ptr_array_index (self->typed_goals, i));

  return g_strv_builder_end (titles);
}

static void
add_goal_rows (PathwayOnboardingPage *self)
{
  for (guint i = 0; i < pathway_catalogue_get_n_goals (self->catalogue); i++)
    {
      const PathwayCatalogueGoal *goal = pathway_catalogue_get_goal (self->catalogue, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), goal->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), goal->summary);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->goals_group, row);
      g_ptr_array_add (self->goal_checks, check);
    }
}

static void
remove_typed_goal (GtkButton             *button,
                   PathwayOnboardingPage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  const char *goal = g_object_get_data (G_OBJECT (row), "goal");

  g_ptr_array_remove (self->typed_rows, row);
  adw_preferences_group_remove (self->typed_goals_group, row);
  g_ptr_array_remove (self->typed_goals, (gpointer) goal);
  gtk_widget_set_visible (GTK_WIDGET (self->typed_goals_group), self->typed_goals->len > 0);
}

static void
add_typed_goal (PathwayOnboardingPage *self,
                const char            *text)
{
  char *goal = g_strstrip (g_strdup (text));
  GtkWidget *row, *remove;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), goal);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Kept in your profile. Pathway has no built-in months for it yet."));
  remove = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Goal"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Goal"), -1);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_typed_goal), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  g_ptr_array_add (self->typed_goals, goal);
  g_ptr_array_add (self->typed_rows, row);
  g_object_set_data (G_OBJECT (row), "goal", goal);
  adw_preferences_group_add (self->typed_goals_group, row);
  gtk_widget_set_visible (GTK_WIDGET (self->typed_goals_group), TRUE);
}

/* A typed goal the catalogue knows ticks its row; another one is kept as typed. */
static void
other_goal_applied (AdwEntryRow           *row,
                    PathwayOnboardingPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  const PathwayCatalogueGoal *goal;

  if (*text == '\0')
    return;

  goal = pathway_catalogue_find_goal (self->catalogue, text);
  if (goal != NULL)
    {
      for (guint i = 0; i < self->goal_checks->len; i++)
        if (pathway_catalogue_get_goal (self->catalogue, i) == goal)
          gtk_check_button_set_active (g_ptr_array_index (self->goal_checks, i), TRUE);
    }
  else
    add_typed_goal (self, text);

  gtk_editable_set_text (GTK_EDITABLE (row), "");
  show_error (self->goals_error, NULL);
}

/* ───── skills ───── */

static void remove_skill (GtkButton *button, PathwayOnboardingPage *self);

static GtkWidget *
make_chip (PathwayOnboardingPage *self,
           const char            *skill)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (skill);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  g_autofree char *tooltip = g_strdup_printf (_("Remove “%s”"), skill);

  gtk_widget_add_css_class (chip, "chip");
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data_full (G_OBJECT (remove), "skill", g_strdup (skill), g_free);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_skill), self, 0);
  gtk_box_append (GTK_BOX (chip), label);
  gtk_box_append (GTK_BOX (chip), remove);
  return chip;
}

static void update_suggestions (PathwayOnboardingPage *self);

static void
rebuild_chips (PathwayOnboardingPage *self)
{
  g_autoptr(PathwaySkillSet) set = pathway_skill_set_new ();

  pathway_util_remove_children (GTK_WIDGET (self->skills_box));
  for (guint i = 0; i < self->skill_list->len; i++)
    {
      pathway_skill_set_add (set, g_ptr_array_index (self->skill_list, i));
      gtk_flow_box_append (self->skills_box, make_chip (self, g_ptr_array_index (self->skill_list, i)));
    }

  pathway_skill_set_free (self->skills);
  self->skills = g_steal_pointer (&set);
  gtk_widget_set_visible (GTK_WIDGET (self->skills_box), self->skill_list->len > 0);
  update_suggestions (self);
}

static gboolean
add_skill (PathwayOnboardingPage *self,
           const char            *text)
{
  g_autofree char *skill = g_strstrip (g_strdup (text));

  if (*skill == '\0' || pathway_skill_set_contains (self->skills, skill))
    return TRUE;

  if (g_utf8_strlen (skill, -1) > MAX_SKILL_LENGTH)
    {
      show_error (self->skills_error, _("That is too long for a skill: keep it under 60 characters."));
      return FALSE;
    }

  g_ptr_array_add (self->skill_list, g_steal_pointer (&skill));
  show_error (self->skills_error, NULL);
  rebuild_chips (self);
  return TRUE;
}

static void
remove_skill (GtkButton             *button,
              PathwayOnboardingPage *self)
{
  const char *skill = g_object_get_data (G_OBJECT (button), "skill");

  for (guint i = 0; i < self->skill_list->len; i++)
    if (g_str_equal (g_ptr_array_index (self->skill_list, i), skill))
      {
        g_ptr_array_remove_index (self->skill_list, i);
        break;
      }

  rebuild_chips (self);
}

/* Several skills may be typed at once, separated by commas. */
static void
skill_applied (AdwEntryRow           *row,
               PathwayOnboardingPage *self)
{
  g_auto(GStrv) parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (row)), ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (!add_skill (self, parts[i]))
      return;

  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
suggestion_clicked (GtkButton             *button,
                    PathwayOnboardingPage *self)
{
  add_skill (self, gtk_button_get_label (button));
}

/* Skills the chosen goals' first months teach, which the student has not listed yet. */
static void
update_suggestions (PathwayOnboardingPage *self)
{
  g_auto(GStrv) ids = chosen_goal_ids (self);
  g_autoptr(PathwaySkillSet) offered = pathway_skill_set_new ();
  guint n = 0;

  pathway_util_remove_children (GTK_WIDGET (self->suggestions_box));
  for (guint depth = 0; depth < 12 && n < N_SUGGESTIONS; depth++)
    for (guint g = 0; ids[g] != NULL && n < N_SUGGESTIONS; g++)
      {
        const PathwayCatalogueGoal *goal = pathway_catalogue_lookup_goal (self->catalogue, ids[g]);
        const PathwayCatalogueMonth *month;

        if (depth >= g_strv_length (goal->months))
          continue;

        month = pathway_catalogue_lookup_month (self->catalogue, goal->months[depth]);
        for (guint s = 0; month->skills[s] != NULL && n < N_SUGGESTIONS; s++)
          {
            GtkWidget *button;

            if (pathway_skill_set_contains (self->skills, month->skills[s]) ||
                !pathway_skill_set_add (offered, month->skills[s]))
              continue;

            button = gtk_button_new_with_label (month->skills[s]);
            gtk_widget_set_halign (button, GTK_ALIGN_START);
            gtk_widget_set_tooltip_text (button, _("Add This Skill"));
            g_signal_connect_object (button, "clicked", G_CALLBACK (suggestion_clicked), self, 0);
            gtk_flow_box_append (self->suggestions_box, button);
            n++;
          }
      }

  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->suggestions_box)), n > 0);
}

/* ───── the plan ───── */

static int
daily_minutes (PathwayOnboardingPage *self)
{
  guint selected = adw_combo_row_get_selected (self->daily_row);

  return daily_minutes_choices[MIN (selected, G_N_ELEMENTS (daily_minutes_choices) - 1)];
}

static int
total_years (PathwayOnboardingPage *self)
{
  return (int) adw_combo_row_get_selected (self->years_row) + 1;
}

static GtkWidget *
make_month_row (JsonObject *month)
{
  GtkWidget *row = adw_action_row_new ();
  JsonArray *topics = json_object_get_array_member (month, "topics");
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *prefix = g_strdup_printf (_("Month %d"), (int) json_object_get_int_member (month, "index"));
  GtkWidget *label = gtk_label_new (prefix);

  for (guint i = 0; i < json_array_get_length (topics) && i < 4; i++)
    g_string_append_printf (subtitle, "%s%s", i > 0 ? ", " : "", json_array_get_string_element (topics, i));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), json_object_get_string_member (month, "title"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
describe_plan (PathwayOnboardingPage *self)
{
  JsonObject *plan = json_node_get_object (self->plan);
  JsonArray *months = json_object_get_array_member (plan, "months");
  JsonArray *skipped = json_object_get_array_member (plan, "skipped");
  guint n_months = json_array_get_length (months);
  int lessons_per_day = json_object_get_int_member_with_default (plan, "lessons_per_day", 1);
  g_autofree char *time = pathway_duration_describe ((gint64) daily_minutes (self) * 60);
  g_autofree char *summary = NULL;
  g_autoptr(GString) skipped_text = g_string_new (NULL);

  summary = g_strdup_printf (ngettext ("%u month of lessons, for about %s a day. Each lesson ends with a quiz; "
                                       "passing it opens the next day.",
                                       "%u months of lessons, for about %s a day. Each lesson ends with a quiz; "
                                       "passing it opens the next day.",
                                       n_months),
                             n_months, time);
  if (lessons_per_day > 1)
    {
      g_autofree char *pace = g_strdup_printf (_("With that much time you can take %d lessons a day and finish sooner."),
                                               lessons_per_day);
      g_autofree char *both = g_strconcat (summary, " ", pace, NULL);

      g_free (summary);
      summary = g_steal_pointer (&both);
    }
  gtk_label_set_label (self->plan_summary, summary);

  pathway_util_remove_children (GTK_WIDGET (self->months_list));
  for (guint i = 0; i < n_months; i++)
    gtk_list_box_append (self->months_list, make_month_row (json_array_get_object_element (months, i)));

  for (guint i = 0; skipped != NULL && i < json_array_get_length (skipped); i++)
    g_string_append_printf (skipped_text, "%s%s", i > 0 ? ", " : "",
                            json_object_get_string_member (json_array_get_object_element (skipped, i), "title"));
  if (skipped_text->len > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Left out because you know their skills already: %s."),
                                               skipped_text->str);
      gtk_label_set_label (self->skipped_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_label), skipped_text->len > 0);
}

static GStrv
skill_strv (PathwayOnboardingPage *self)
{
  g_autoptr(GStrvBuilder) skills = g_strv_builder_new ();

  for (guint i = 0; i < self->skill_list->len; i++)
    g_strv_builder_add (skills, g_ptr_array_index (self->skill_list, i));
  return g_strv_builder_end (skills);
}

static gboolean
build_plan (PathwayOnboardingPage *self)
{
  g_auto(GStrv) ids = chosen_goal_ids (self);
  g_auto(GStrv) skills = skill_strv (self);
  g_autoptr(GError) error = NULL;
  PathwayPlanRequest request = { 0 };

  request.goal_ids = (const char * const *) ids;
  request.current_skills = (const char * const *) skills;
  request.daily_minutes = daily_minutes (self);
  request.total_years = total_years (self);

  g_clear_pointer (&self->plan, json_node_unref);
  self->plan = pathway_plan_build (self->catalogue, &request, &error);
  if (self->plan == NULL)
    {
      gtk_label_set_label (self->plan_summary, error->message);
      pathway_util_remove_children (GTK_WIDGET (self->months_list));
      gtk_widget_set_visible (GTK_WIDGET (self->skipped_label), FALSE);
      return FALSE;
    }

  describe_plan (self);
  return TRUE;
}

/* ───── steps ───── */

static gboolean
validate_step (PathwayOnboardingPage *self,
               guint                  step)
{
  switch (step)
    {
    case STEP_ABOUT:
      {
        g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

        if (*name == '\0')
          show_error (self->about_error, _("Enter your name: it appears on your plan and your profile."));
        else if (g_utf8_strlen (name, -1) > MAX_NAME_LENGTH)
          show_error (self->about_error, _("That name is too long: keep it under 100 characters."));
        else
          show_error (self->about_error, NULL);

        if (gtk_widget_get_visible (GTK_WIDGET (self->about_error)))
          {
            gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
            gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
            return FALSE;
          }
        gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
        return TRUE;
      }
    case STEP_GOALS:
      {
        g_auto(GStrv) ids = chosen_goal_ids (self);

        if (ids[0] == NULL)
          {
            show_error (self->goals_error, _("Choose at least one goal from the list: Pathway builds your months from them."));
            return FALSE;
          }
        show_error (self->goals_error, NULL);
        return TRUE;
      }
    case STEP_PLAN:
      return self->plan != NULL;
    case STEP_SKILLS:
    case STEP_TIME:
    default:
      return TRUE;
    }
}

static void
update_buttons (PathwayOnboardingPage *self)
{
  guint step = current_step (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "onboarding.back", step > 0);
  gtk_button_set_label (self->next_button, step + 1 == N_STEPS ? _("_Finish") : _("_Next"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "onboarding.next", step + 1 < N_STEPS || self->plan != NULL);
}

static void
go_to_step (PathwayOnboardingPage *self,
            guint                  step)
{
  if (step == STEP_SKILLS)
    update_suggestions (self);
  if (step == STEP_PLAN)
    build_plan (self);

  adw_carousel_scroll_to (self->carousel, adw_carousel_get_nth_page (self->carousel, step), FALSE);
  update_buttons (self);
}

static void
finish (PathwayOnboardingPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) goals = goal_titles (self);
  g_auto(GStrv) skills = skill_strv (self);
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  PathwayOnboardingAnswers answers = { 0 };
  gint64 plan_id;

  answers.name = name;
  answers.grade = (int) adw_combo_row_get_selected (self->grade_row);
  answers.career_goals = goals;
  answers.current_skills = skills;
  answers.daily_minutes = daily_minutes (self);
  answers.total_years = total_years (self);

  plan_id = pathway_learning_create_plan (self->db, self->user_id, &answers, self->plan, &error);
  if (plan_id == 0)
    {
      gtk_label_set_label (self->plan_summary, error->message);
      return;
    }

  g_signal_emit (self, signals[FINISHED], 0, plan_id);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PathwayOnboardingPage *self = PATHWAY_ONBOARDING_PAGE (widget);
  guint step = current_step (self);

  if (!validate_step (self, step))
    return;

  if (step + 1 < N_STEPS)
    go_to_step (self, step + 1);
  else
    finish (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PathwayOnboardingPage *self = PATHWAY_ONBOARDING_PAGE (widget);
  guint step = current_step (self);

  if (step > 0)
    go_to_step (self, step - 1);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[CANCELLED], 0);
}

static void
name_activated (AdwEntryRow           *row,
                PathwayOnboardingPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "onboarding.next", NULL);
}

/* ───── starting ───── */

static void
select_daily_minutes (PathwayOnboardingPage *self,
                      int                    minutes)
{
  guint best = 3; /* an hour */

  for (guint i = 0; i < G_N_ELEMENTS (daily_minutes_choices); i++)
    if (daily_minutes_choices[i] <= minutes)
      best = i;
  adw_combo_row_set_selected (self->daily_row, best);
}

/* Fills the steps with what the student said last time, for a new plan. */
static void
prefill (PathwayOnboardingPage *self)
{
  g_autoptr(PathwayOnboarding) onboarding = pathway_learning_get_onboarding (self->db, self->user_id, NULL);
  JsonArray *array;
  gint64 seconds;

  if (onboarding == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), onboarding->name);
  adw_combo_row_set_selected (self->grade_row, onboarding->grade);

  array = json_node_get_array (onboarding->career_goals);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->other_goal_row), json_array_get_string_element (array, i));
      other_goal_applied (self->other_goal_row, self);
    }

  array = json_node_get_array (onboarding->current_skills);
  for (guint i = 0; i < json_array_get_length (array); i++)
    add_skill (self, json_array_get_string_element (array, i));

  if (pathway_duration_parse (onboarding->time_commitment, &seconds))
    select_daily_minutes (self, (int) (seconds / 60));
}

static void
reset (PathwayOnboardingPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  adw_combo_row_set_selected (self->grade_row, 0);
  for (guint i = 0; i < self->goal_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->goal_checks, i), FALSE);
  for (guint i = 0; i < self->typed_rows->len; i++)
    adw_preferences_group_remove (self->typed_goals_group, g_ptr_array_index (self->typed_rows, i));
  g_ptr_array_set_size (self->typed_rows, 0);
  g_ptr_array_set_size (self->typed_goals, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->typed_goals_group), FALSE);
  g_ptr_array_set_size (self->skill_list, 0);
  rebuild_chips (self);
  select_daily_minutes (self, 60);
  adw_combo_row_set_selected (self->years_row, 0);
  g_clear_pointer (&self->plan, json_node_unref);
  show_error (self->about_error, NULL);
  show_error (self->goals_error, NULL);
  show_error (self->skills_error, NULL);
}

void
pathway_onboarding_page_start (PathwayOnboardingPage *self,
                               PathwayDb             *db,
                               gint64                 user_id,
                               gboolean               can_cancel)
{
  g_return_if_fail (PATHWAY_IS_ONBOARDING_PAGE (self));
  g_return_if_fail (PATHWAY_IS_DB (db));

  g_set_object (&self->db, db);
  self->user_id = user_id;

  reset (self);
  prefill (self);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), can_cancel);
  go_to_step (self, STEP_ABOUT);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
pathway_onboarding_page_dispose (GObject *object)
{
  PathwayOnboardingPage *self = PATHWAY_ONBOARDING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_ONBOARDING_PAGE);
  pathway_util_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->db);
  g_clear_pointer (&self->catalogue, pathway_catalogue_unref);
  g_clear_pointer (&self->goal_checks, g_ptr_array_unref);
  g_clear_pointer (&self->typed_goals, g_ptr_array_unref);
  g_clear_pointer (&self->typed_rows, g_ptr_array_unref);
  g_clear_pointer (&self->skills, pathway_skill_set_free);
  g_clear_pointer (&self->skill_list, g_ptr_array_unref);
  g_clear_pointer (&self->plan, json_node_unref);

  G_OBJECT_CLASS (pathway_onboarding_page_parent_class)->dispose (object);
}

static void
pathway_onboarding_page_class_init (PathwayOnboardingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_onboarding_page_dispose;

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-onboarding-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, carousel);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, grade_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, about_error);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, goals_group);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, typed_goals_group);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, other_goal_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, goals_error);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, skills_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, skill_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, suggestions_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, skills_error);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, daily_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, years_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, plan_summary);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, months_list);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, skipped_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayOnboardingPage, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, name_activated);
  gtk_widget_class_bind_template_callback (widget_class, other_goal_applied);
  gtk_widget_class_bind_template_callback (widget_class, skill_applied);

  gtk_widget_class_install_action (widget_class, "onboarding.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "onboarding.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "onboarding.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "onboarding.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "onboarding.next", NULL);
}

static void
pathway_onboarding_page_init (PathwayOnboardingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->catalogue = pathway_catalogue_ref (pathway_lessons_get_catalogue ());
  self->goal_checks = g_ptr_array_new ();
  self->typed_goals = g_ptr_array_new_with_free_func (g_free);
  self->typed_rows = g_ptr_array_new ();
  self->skills = pathway_skill_set_new ();
  self->skill_list = g_ptr_array_new_with_free_func (g_free);
  add_goal_rows (self);
}
