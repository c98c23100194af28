/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-job-editor"

#include "config.h"

#include "pathway-job-editor.h"

#include <glib/gi18n.h>

#include "pathway-jobs.h"
#include "pathway-json.h"
#include "pathway-skills.h"
#include "pathway-util.h"

struct _PathwayJobEditor
{
  AdwWindow    parent_instance;

  GtkButton   *save_button;
  GtkRevealer *error_revealer;
  GtkLabel    *error_label;
  AdwEntryRow *title_row;
  AdwEntryRow *company_row;
  GtkEntry    *location_entry;
  GtkEntry    *salary_min_entry;
  GtkEntry    *salary_max_entry;
  AdwComboRow *status_row;
  AdwEntryRow *skills_row;
  GtkFlowBox  *skills_box;
  GtkTextView *requirements_view;
  GtkTextView *description_view;

  PathwayDb   *db;
  gint64       recruiter_id;
  gint64       job_id;
  gboolean     loaded;
  gboolean     filling;
  gboolean     changed;
};

G_DEFINE_FINAL_TYPE (PathwayJobEditor, pathway_job_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ───── reading the form ───── */

static const char *
entry_text (gpointer editable)
{
  return gtk_editable_get_text (GTK_EDITABLE (editable));
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The pieces of text between separators, trimmed, without empty ones. */
static GStrv
split_list (const char *text,
            const char *separator)
{
  g_auto(GStrv) pieces = g_strsplit (text != NULL ? text : "", separator, -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      g_strstrip (pieces[i]);
      if (*pieces[i] != '\0')
        g_strv_builder_add (builder, pieces[i]);
    }

  return g_strv_builder_end (builder);
}

/* The skills as they will be kept: one spelling each, “JS” and “JavaScript” being one. */
static GStrv
parse_skills (const char *text)
{
  g_auto(GStrv) skills = split_list (text, ",");
  g_autoptr(PathwaySkillSet) seen = pathway_skill_set_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; skills[i] != NULL; i++)
    if (pathway_skill_set_add (seen, skills[i]))
      g_strv_builder_add (builder, skills[i]);

  return g_strv_builder_end (builder);
}

static void
mark_invalid (GtkWidget *widget,
              gboolean   invalid)
{
  if (invalid)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

/* A salary field: PATHWAY_UNSET when empty; FALSE with a message when it is not a sum of money. */
static gboolean
parse_salary (GtkEntry  *entry,
              int       *salary,
              GError   **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gint64 value;

  /* “$70,000” and “70 000” are what people write. */
  for (const char *p = entry_text (entry); *p != '\0'; p++)
    if (*p != ',' && *p != '$' && !g_ascii_isspace (*p))
      g_string_append_c (digits, *p);

  *salary = PATHWAY_UNSET;
  if (digits->len == 0)
    return TRUE;

  if (!g_ascii_string_to_signed (digits->str, 10, -G_MAXINT, G_MAXINT, &value, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Write the salary as a whole number of dollars, such as 70000."));
      return FALSE;
    }
  if (value < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("A salary cannot be negative."));
      return FALSE;
    }

  *salary = (int) value;
  return TRUE;
}

/* Both salaries, or the field to fix and why. */
static gboolean
read_salaries (PathwayJobEditor  *self,
               int               *salary_min,
               int               *salary_max,
               GtkWidget        **invalid,
               GError           **error)
{
  if (!parse_salary (self->salary_min_entry, salary_min, error))
    {
      *invalid = GTK_WIDGET (self->salary_min_entry);
      return FALSE;
    }
  if (!parse_salary (self->salary_max_entry, salary_max, error))
    {
      *invalid = GTK_WIDGET (self->salary_max_entry);
      return FALSE;
    }
  if (*salary_min != PATHWAY_UNSET && *salary_max != PATHWAY_UNSET && *salary_max < *salary_min)
    {
      *invalid = GTK_WIDGET (self->salary_max_entry);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The maximum salary is below the minimum. Swap them, or leave one empty."));
      return FALSE;
    }

  return TRUE;
}

static PathwayJobDraft *
read_draft (PathwayJobEditor *self,
            int               salary_min,
            int               salary_max)
{
  g_autoptr(PathwayJobDraft) draft = pathway_job_draft_new ();
  g_autofree char *requirements = view_text (self->requirements_view);
  const char *company = entry_text (self->company_row);
  const char *location = entry_text (self->location_entry);

  draft->id = self->job_id;
  draft->recruiter_id = self->recruiter_id;
  draft->title = g_strdup (entry_text (self->title_row));
  draft->company = pathway_json_is_blank (company) ? NULL : g_strdup (company);
  draft->location = pathway_json_is_blank (location) ? NULL : g_strdup (location);
  draft->salary_min = salary_min;
  draft->salary_max = salary_max;
  draft->status = (int) adw_combo_row_get_selected (self->status_row);
  draft->skills = parse_skills (entry_text (self->skills_row));
  draft->requirements = split_list (requirements, "\n");
  draft->description = view_text (self->description_view);
  return g_steal_pointer (&draft);
}

/* ───── feedback ───── */

static void
show_error (PathwayJobEditor *self,
            const char       *message)
{
  if (message != NULL)
    gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
update_save (PathwayJobEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-editor.save",
                                 self->loaded && !pathway_json_is_blank (entry_text (self->title_row)));
}

static void
form_changed (PathwayJobEditor *self)
{
  if (!self->filling)
    self->changed = TRUE;
}

static void
title_changed (PathwayJobEditor *self)
{
  form_changed (self);
  update_save (self);
}

static void
salary_changed (PathwayJobEditor *self)
{
  form_changed (self);
  mark_invalid (GTK_WIDGET (self->salary_min_entry), FALSE);
  mark_invalid (GTK_WIDGET (self->salary_max_entry), FALSE);
}

static GtkWidget *
skill_chip (const char *skill)
{
  GtkWidget *label = gtk_label_new (skill);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_widget_add_css_class (label, "skill-pill");
  return label;
}

static void
skills_changed (PathwayJobEditor *self)
{
  g_auto(GStrv) skills = parse_skills (entry_text (self->skills_row));

  form_changed (self);
  pathway_util_remove_children (GTK_WIDGET (self->skills_box));
  for (guint i = 0; skills[i] != NULL; i++)
    gtk_flow_box_append (self->skills_box, skill_chip (skills[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->skills_box), skills[0] != NULL);
}

/* ───── loading and saving ───── */

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
set_salary (GtkEntry *entry,
            int       salary)
{
  g_autofree char *text = salary != PATHWAY_UNSET ? g_strdup_printf ("%d", salary) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static void
fill_form (PathwayJobEditor      *self,
           const PathwayJobDraft *draft)
{
  g_autofree char *skills = draft->skills != NULL ? g_strjoinv (", ", draft->skills) : NULL;
  g_autofree char *requirements = draft->requirements != NULL ? g_strjoinv ("\n", draft->requirements) : NULL;
  /* An empty location is kept as “Remote”: show it as the empty field it was. */
  gboolean remote = draft->location == NULL || g_ascii_strcasecmp (draft->location, "Remote") == 0;

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), draft->title != NULL ? draft->title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->company_row), draft->company != NULL ? draft->company : "");
  gtk_editable_set_text (GTK_EDITABLE (self->location_entry), remote ? "" : draft->location);
  set_salary (self->salary_min_entry, draft->salary_min);
  set_salary (self->salary_max_entry, draft->salary_max);
  adw_combo_row_set_selected (self->status_row, (guint) draft->status);
  gtk_editable_set_text (GTK_EDITABLE (self->skills_row), skills != NULL ? skills : "");
  set_view_text (self->requirements_view, requirements);
  set_view_text (self->description_view, draft->description);
  self->filling = FALSE;
}

static void
load_job (PathwayJobEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayJobDraft) draft = pathway_jobs_load (self->db, self->job_id, &error);

  if (draft == NULL)
    {
      show_error (self, error->message);
      return;
    }

  fill_form (self, draft);
  self->loaded = TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PathwayJobEditor *self = PATHWAY_JOB_EDITOR (widget);
  g_autoptr(PathwayJobDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *invalid = NULL;
  int salary_min, salary_max;
  gint64 job_id;

  if (!read_salaries (self, &salary_min, &salary_max, &invalid, &error))
    {
      mark_invalid (invalid, TRUE);
      show_error (self, error->message);
      gtk_widget_grab_focus (invalid);
      return;
    }

  draft = read_draft (self, salary_min, salary_max);
  job_id = pathway_jobs_save (self->db, draft, &error);
  if (job_id == 0)
    {
      /* Nothing was written; the form keeps what was typed so it can be fixed. */
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  self->changed = FALSE;
  g_object_ref (self);
  g_signal_emit (self, signals[SAVED], 0, job_id);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
entry_activated (PathwayJobEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "job-editor.save", NULL);
}

/* ───── closing ───── */

static gboolean
pathway_job_editor_close_request (GtkWindow *window)
{
  PathwayJobEditor *self = PATHWAY_JOB_EDITOR (window);

  if (!self->changed)
    return GTK_WINDOW_CLASS (pathway_job_editor_parent_class)->close_request (window);

  pathway_util_ask_discard (window, self->job_id != 0 ? _("Your changes to this job are not saved.")
                                                      : _("This job is not posted yet. What you wrote will be lost."));
  return TRUE;
}

/* ───── the window ───── */

PathwayJobEditor *
pathway_job_editor_new (GtkWindow *parent,
                        PathwayDb *db,
                        gint64     recruiter_id,
                        gint64     job_id)
{
  PathwayJobEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (recruiter_id > 0, NULL);
  g_return_val_if_fail (job_id >= 0, NULL);

  self = g_object_new (PATHWAY_TYPE_JOB_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->db = g_object_ref (db);
  self->recruiter_id = recruiter_id;
  self->job_id = job_id;

  if (job_id != 0)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Job"));
      gtk_button_set_label (self->save_button, _("_Save"));
      load_job (self);
    }
  else
    self->loaded = TRUE;

  update_save (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

static void
pathway_job_editor_dispose (GObject *object)
{
  PathwayJobEditor *self = PATHWAY_JOB_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_JOB_EDITOR);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_job_editor_parent_class)->dispose (object);
}

static void
pathway_job_editor_class_init (PathwayJobEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pathway_job_editor_dispose;
  window_class->close_request = pathway_job_editor_close_request;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-job-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, company_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, location_entry);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, salary_min_entry);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, salary_max_entry);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, skills_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, skills_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, requirements_view);
  gtk_widget_class_bind_template_child (widget_class, PathwayJobEditor, description_view);
  gtk_widget_class_bind_template_callback (widget_class, form_changed);
  gtk_widget_class_bind_template_callback (widget_class, title_changed);
  gtk_widget_class_bind_template_callback (widget_class, salary_changed);
  gtk_widget_class_bind_template_callback (widget_class, skills_changed);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated);

  gtk_widget_class_install_action (widget_class, "job-editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "job-editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pathway_job_editor_init (PathwayJobEditor *self)
{
  GtkEditable *title;

  gtk_widget_init_template (GTK_WIDGET (self));

  title = gtk_editable_get_delegate (GTK_EDITABLE (self->title_row));
  if (GTK_IS_TEXT (title))
    gtk_text_set_max_length (GTK_TEXT (title), PATHWAY_JOB_TITLE_MAX);

  g_signal_connect_object (gtk_text_view_get_buffer (self->requirements_view), "changed",
                           G_CALLBACK (form_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (form_changed), self, G_CONNECT_SWAPPED);
}
