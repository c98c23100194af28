/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidate-window"

#include "config.h"

#include "pathway-candidate-window.h"

#include <glib/gi18n.h>

#include "pathway-candidate-cells.h"
#include "pathway-candidate-editor.h"
#include "pathway-candidate-evidence.h"
#include "pathway-candidates.h"
#include "pathway-jobs.h"
#include "pathway-rows.h"
#include "pathway-shortlists.h"
#include "pathway-timeline-text.h"
#include "pathway-util.h"

/* One candidate: who they are, what they can do and want, what they have learned, and everything
 * the recruiter did with them, newest first. Every text from outside goes into plain labels or
 * rows with markup off. */
struct _PathwayCandidateWindow
{
  AdwWindow            parent_instance;

  GtkStack            *stack;
  GtkLabel            *name_label;
  GtkLabel            *headline_label;
  GtkLabel            *place_label;
  AdwActionRow        *email_row;
  GtkButton           *copy_button;
  AdwActionRow        *salary_row;
  AdwActionRow        *source_row;
  GtkWidget           *skills_box;
  GtkFlowBox          *skills_flow;
  GtkWidget           *interests_box;
  GtkFlowBox          *interests_flow;
  GtkWidget           *goals_box;
  GtkFlowBox          *goals_flow;
  GtkWidget           *summary_box;
  GtkLabel            *summary_label;
  GtkWidget           *summary_note;
  GtkWidget           *evidence_group;
  AdwActionRow        *plan_row;
  AdwActionRow        *lessons_row;
  AdwActionRow        *quizzes_row;
  GtkListBox          *timeline_list;
  AdwStatusPage       *missing_page;

  PathwayDb           *db;
  gint64               recruiter_id;
  gint64               candidate_id;
  char                *email;
};

G_DEFINE_FINAL_TYPE (PathwayCandidateWindow, pathway_candidate_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gboolean has_text = text != NULL && *text != '\0';

  gtk_label_set_label (label, has_text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), has_text);
}

/* ───── the profile ───── */

static void
fill_pills (GtkFlowBox *flow,
            GtkWidget  *box,
            GStrv       items)
{
  pathway_util_remove_children (GTK_WIDGET (flow));
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      GtkWidget *pill = gtk_label_new (items[i]);

      gtk_label_set_ellipsize (GTK_LABEL (pill), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (pill), 40);
      gtk_widget_add_css_class (pill, "skill-pill");
      gtk_flow_box_append (flow, pill);
      gtk_widget_set_focusable (gtk_widget_get_parent (pill), FALSE);
    }

  gtk_widget_set_visible (box, items != NULL && items[0] != NULL);
}

static void
show_place (PathwayCandidateWindow      *self,
            const PathwayCandidateDraft *draft)
{
  g_autofree char *place = NULL;
  gboolean has_location = draft->location != NULL && *draft->location != '\0';

  if (has_location && draft->remote_ok)
    /* Translators: a candidate’s location, and that they would work remotely */
    place = g_strdup_printf (_("%s · Open to remote work"), draft->location);
  else if (has_location)
    place = g_strdup (draft->location);
  else if (draft->remote_ok)
    place = g_strdup (_("Open to remote work"));

  set_label (self->place_label, place);
}

static void
show_details (PathwayCandidateWindow      *self,
              const PathwayCandidateDraft *draft)
{
  g_autoptr(PathwayUser) user = pathway_users_get (self->db, self->candidate_id, NULL);
  g_autofree char *added = user != NULL && user->created_at != NULL
                           ? pathway_candidate_format_date (user->created_at) : NULL;
  g_autofree char *source = NULL;
  g_autofree char *salary = NULL;

  g_free (self->email);
  self->email = g_strdup (draft->email);
  adw_action_row_set_subtitle (self->email_row, self->email != NULL ? self->email : _("None given"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.copy-email", self->email != NULL);

  if (draft->salary_expectation != PATHWAY_UNSET)
    {
      g_autofree char *amount = pathway_jobs_format_salary (draft->salary_expectation, draft->salary_expectation);

      /* Translators: a salary expectation, such as “$45,000 a year” */
      salary = g_strdup_printf (_("%s a year"), amount);
    }
  adw_action_row_set_subtitle (self->salary_row, salary != NULL ? salary : _("Not given"));

  if (added != NULL)
    /* Translators: where a candidate came from, then the day: “Imported · 3 Dec 2026” */
    source = g_strdup_printf (_("%s · %s"), pathway_candidate_source_label (draft->source), added);
  adw_action_row_set_subtitle (self->source_row,
                               source != NULL ? source : pathway_candidate_source_label (draft->source));
}

/* What their plan and quizzes say, when they study with Pathway in this database. */
static void
show_evidence (PathwayCandidateWindow *self)
{
  g_autoptr(PathwayCandidateEvidence) evidence = pathway_candidates_get_evidence (self->db, self->candidate_id, NULL);
  g_autofree char *plan = NULL;
  g_autofree char *lessons = NULL;
  g_autofree char *quizzes = NULL;

  gtk_widget_set_visible (self->evidence_group, evidence != NULL && !pathway_candidate_evidence_is_empty (evidence));
  if (evidence == NULL)
    return;

  if (evidence->plan_title != NULL)
    /* Translators: “Data Analyst Plan: 2 of 12 months completed, now in month 3” */
    plan = g_strdup_printf (_("%s: %d of %d months completed, now in month %d"), evidence->plan_title,
                            evidence->months_completed, evidence->months_total, evidence->current_month);
  adw_action_row_set_subtitle (self->plan_row, plan != NULL ? plan : _("No plan yet"));
  lessons = g_strdup_printf (ngettext ("%d day of lessons completed", "%d days of lessons completed",
                                       evidence->days_completed), evidence->days_completed);
  adw_action_row_set_subtitle (self->lessons_row, lessons);
  if (evidence->average_score >= 0)
    quizzes = g_strdup_printf (ngettext ("%d quiz passed, average best score %d %%",
                                         "%d quizzes passed, average best score %d %%", evidence->quizzes_passed),
                               evidence->quizzes_passed, evidence->average_score);
  else
    quizzes = g_strdup_printf (ngettext ("%d quiz passed", "%d quizzes passed", evidence->quizzes_passed),
                               evidence->quizzes_passed);
  adw_action_row_set_subtitle (self->quizzes_row, quizzes);
}

static void
set_profile_actions_enabled (PathwayCandidateWindow *self,
                             gboolean                enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.edit", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.log-email", enabled);
}

static gboolean
load_profile (PathwayCandidateWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayCandidateDraft) draft = pathway_candidates_load (self->db, self->candidate_id, &error);
  g_autofree char *summary = NULL;

  if (draft == NULL)
    {
      g_autofree char *description = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->missing_page, description);
      gtk_stack_set_visible_child_name (self->stack, "missing");
      set_profile_actions_enabled (self, FALSE);
      return FALSE;
    }

  gtk_window_set_title (GTK_WINDOW (self), draft->name);
  set_label (self->name_label, draft->name);
  set_label (self->headline_label, draft->headline);
  show_place (self, draft);
  show_details (self, draft);
  fill_pills (self->skills_flow, self->skills_box, draft->skills);
  fill_pills (self->interests_flow, self->interests_box, draft->interests);
  fill_pills (self->goals_flow, self->goals_box, draft->goals);

  summary = g_strstrip (g_strdup (draft->summary != NULL ? draft->summary : ""));
  set_label (self->summary_label, summary);
  gtk_widget_set_visible (self->summary_box, *summary != '\0');
  /* An import writes their plan and study record into the summary (pathway-candidate-import.c). */
  gtk_widget_set_visible (self->summary_note, draft->source == PATHWAY_USER_SOURCE_IMPORT && draft->profile_id != NULL);

  show_evidence (self);
  gtk_stack_set_visible_child_name (self->stack, "profile");
  set_profile_actions_enabled (self, TRUE);
  return TRUE;
}

/* ───── the timeline ───── */

/* The job's title, looked up once per timeline; NULL when it is gone. */
static const char *
job_title (PathwayCandidateWindow *self,
           GHashTable             *titles,
           gint64                  job_id)
{
  gpointer key = GSIZE_TO_POINTER ((gsize) job_id);

  if (job_id == 0)
    return NULL;

  if (!g_hash_table_contains (titles, key))
    {
      g_autoptr(PathwayJob) job = pathway_jobs_get (self->db, job_id, NULL);

      g_hash_table_insert (titles, key, job != NULL ? g_strdup (job->title) : NULL);
    }

  return g_hash_table_lookup (titles, key);
}

/* “3 Dec 2026, 14:00 · Data Analyst”, then their note on its own line. */
static char *
describe_context (const PathwayInteraction *interaction,
                  const char               *title)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *when = NULL;

  if (interaction->created_at != NULL)
    when = pathway_timeline_format_time (interaction->created_at);

  if (when != NULL)
    g_string_append (text, when);
  if (title != NULL && !pathway_timeline_names_job (interaction))
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", title);
  if (interaction->notes != NULL && *interaction->notes != '\0' &&
      interaction->interaction_type != PATHWAY_INTERACTION_NOTE_ADDED)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", interaction->notes);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
new_timeline_row (const PathwayInteraction *interaction,
                  const char               *title)
{
  g_autofree char *sentence = pathway_timeline_describe (interaction, title);
  g_autofree char *context = describe_context (interaction, title);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (pathway_timeline_icon_name (interaction));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sentence);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), context);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
load_timeline (PathwayCandidateWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = pathway_shortlists_timeline (self->db, self->candidate_id, &error);
  g_autoptr(GHashTable) titles = NULL;
  GtkListBoxRow *old;

  /* Row by row: emptying the list box as a whole would take its placeholder too. */
  while ((old = gtk_list_box_get_row_at_index (self->timeline_list, 0)) != NULL)
    gtk_list_box_remove (self->timeline_list, GTK_WIDGET (old));
  if (rows == NULL)
    {
      pathway_util_toast (GTK_WIDGET (self->stack), error->message);
      return;
    }

  titles = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < rows->len; i++)
    {
      const PathwayInteraction *interaction = g_ptr_array_index (rows, i);
      const char *title = job_title (self, titles, pathway_timeline_get_job_id (interaction));

      gtk_list_box_append (self->timeline_list, new_timeline_row (interaction, title));
    }
}

/* Reads the candidate and their timeline again. */
void
pathway_candidate_window_reload (PathwayCandidateWindow *self)
{
  g_return_if_fail (PATHWAY_IS_CANDIDATE_WINDOW (self));

  if (load_profile (self))
    load_timeline (self);
}

gint64
pathway_candidate_window_get_id (PathwayCandidateWindow *self)
{
  g_return_val_if_fail (PATHWAY_IS_CANDIDATE_WINDOW (self), 0);

  return self->candidate_id;
}

/* ───── actions ───── */

static void
copy_email_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PathwayCandidateWindow *self = PATHWAY_CANDIDATE_WINDOW (widget);

  if (self->email == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->email);
  pathway_util_toast (GTK_WIDGET (self->stack), _("Email address copied"));
}

static void
log_email_response (AdwMessageDialog       *dialog,
                    const char             *response,
                    PathwayCandidateWindow *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "subject");
  g_autofree char *subject = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "log") != 0)
    return;

  subject = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (!pathway_shortlists_email_sent (self->db, self->recruiter_id, self->candidate_id,
                                      *subject != '\0' ? subject : NULL, &error))
    {
      pathway_util_toast (GTK_WIDGET (self->stack), error->message);
      return;
    }

  load_timeline (self);
  pathway_util_toast (GTK_WIDGET (self->stack), _("Email logged"));
}

static void
log_email_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PathwayCandidateWindow *self = PATHWAY_CANDIDATE_WINDOW (widget);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Log an Email"),
                                   _("Keep a record of an email you sent this candidate, with its subject."));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Subject"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Subject"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "subject", entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "log", _("_Log Email"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "log", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "log");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (log_email_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
candidate_saved (PathwayCandidateEditor *editor,
                 gint64                  id,
                 PathwayCandidateWindow *self)
{
  load_profile (self);
  /* The list behind shows the name, headline and skills too. */
  g_signal_emit (self, signals[SAVED], 0, id);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PathwayCandidateWindow *self = PATHWAY_CANDIDATE_WINDOW (widget);
  PathwayCandidateEditor *editor = pathway_candidate_editor_new (GTK_WINDOW (self), self->db, self->recruiter_id,
                                                                 self->candidate_id);

  g_signal_connect_object (editor, "saved", G_CALLBACK (candidate_saved), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

/* ───── the window ───── */

/* A window on candidate_id; each opening is recorded in their timeline as a profile view. */
PathwayCandidateWindow *
pathway_candidate_window_new (GtkWindow *parent,
                              PathwayDb *db,
                              gint64     recruiter_id,
                              gint64     candidate_id)
{
  PathwayCandidateWindow *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  self = g_object_new (PATHWAY_TYPE_CANDIDATE_WINDOW, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->recruiter_id = recruiter_id;
  self->candidate_id = candidate_id;

  if (!load_profile (self))
    return self;

  /* The timeline shows what happened before this look; the look itself comes first next time. */
  load_timeline (self);
  if (!pathway_shortlists_profile_viewed (db, recruiter_id, candidate_id, &error))
    pathway_util_toast (GTK_WIDGET (self->stack), error->message);
  return self;
}

static void
pathway_candidate_window_dispose (GObject *object)
{
  PathwayCandidateWindow *self = PATHWAY_CANDIDATE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_CANDIDATE_WINDOW);
  g_clear_object (&self->db);
  g_clear_pointer (&self->email, g_free);

  G_OBJECT_CLASS (pathway_candidate_window_parent_class)->dispose (object);
}

static void
pathway_candidate_window_class_init (PathwayCandidateWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_candidate_window_dispose;

  /* The candidate was edited from this window. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-candidate-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, headline_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, place_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, email_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, salary_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, source_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, skills_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, skills_flow);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, interests_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, interests_flow);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, goals_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, goals_flow);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, summary_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, summary_note);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, evidence_group);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, plan_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, lessons_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, quizzes_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, timeline_list);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateWindow, missing_page);

  gtk_widget_class_install_action (widget_class, "candidate.copy-email", NULL, copy_email_action);
  gtk_widget_class_install_action (widget_class, "candidate.log-email", NULL, log_email_action);
  gtk_widget_class_install_action (widget_class, "candidate.edit", NULL, edit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
pathway_candidate_window_init (PathwayCandidateWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
