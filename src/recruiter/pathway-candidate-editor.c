/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidate-editor"

#include "config.h"

#include "pathway-candidate-editor.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-candidates.h"
#include "pathway-record.h"
#include "pathway-util.h"

#define SALARY_MAX_DIGITS 9

/* A candidate typed in by hand, or their details edited: a form like a GNOME dialog, that keeps
 * what was typed when something is wrong and asks before throwing changes away. */
struct _PathwayCandidateEditor
{
  AdwWindow              parent_instance;

  GtkButton             *save_button;
  GtkWidget             *error_group;
  GtkLabel              *error_label;
  AdwEntryRow           *name_row;
  AdwEntryRow           *email_row;
  AdwEntryRow           *headline_row;
  AdwEntryRow           *location_row;
  GtkSwitch             *remote_switch;
  AdwEntryRow           *salary_row;
  AdwEntryRow           *skills_row;
  AdwEntryRow           *interests_row;
  AdwEntryRow           *goals_row;
  GtkTextView           *summary_view;

  PathwayDb             *db;
  gint64                 recruiter_id;
  PathwayCandidateDraft *draft;      /* as loaded, or a new one: what the form does not show is kept */
  char                  *initial;    /* the form as it opened, to tell whether anything changed */
};

G_DEFINE_FINAL_TYPE (PathwayCandidateEditor, pathway_candidate_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static char *
dup_summary (PathwayCandidateEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Everything the form holds, in one string. */
static char *
snapshot (PathwayCandidateEditor *self)
{
  g_autofree char *summary = dup_summary (self);

  return g_strjoin ("\x1f", get_text (self->name_row), get_text (self->email_row), get_text (self->headline_row),
                    get_text (self->location_row), gtk_switch_get_active (self->remote_switch) ? "1" : "0",
                    get_text (self->salary_row), get_text (self->skills_row), get_text (self->interests_row),
                    get_text (self->goals_row), summary, NULL);
}

static gboolean
has_changes (PathwayCandidateEditor *self)
{
  g_autofree char *now = snapshot (self);

  return g_strcmp0 (now, self->initial) != 0;
}

/* “SQL, Python” for ["SQL", "Python"]. */
static void
set_list (AdwEntryRow *row,
          GStrv        items)
{
  g_autofree char *text = items != NULL ? g_strjoinv (", ", items) : NULL;

  set_text (row, text);
}

/* The comma-separated entries of a row, trimmed, the empty ones left out. */
static GStrv
get_list (AdwEntryRow *row)
{
  g_auto(GStrv) parts = g_strsplit (get_text (row), ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *item = g_strstrip (parts[i]);

      if (*item != '\0')
        g_strv_builder_add (builder, item);
    }

  return g_strv_builder_end (builder);
}

static void
fill_form (PathwayCandidateEditor *self)
{
  PathwayCandidateDraft *draft = self->draft;
  g_autofree char *salary = NULL;

  set_text (self->name_row, draft->name);
  set_text (self->email_row, draft->email);
  set_text (self->headline_row, draft->headline);
  set_text (self->location_row, draft->location);
  gtk_switch_set_active (self->remote_switch, draft->remote_ok);
  if (draft->salary_expectation != PATHWAY_UNSET)
    salary = g_strdup_printf ("%d", draft->salary_expectation);
  set_text (self->salary_row, salary);
  set_list (self->skills_row, draft->skills);
  set_list (self->interests_row, draft->interests);
  set_list (self->goals_row, draft->goals);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->summary_view),
                            draft->summary != NULL ? draft->summary : "", -1);
}

static void
show_error (PathwayCandidateEditor *self,
            const char             *message,
            AdwEntryRow            *row)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_group, message != NULL);

  if (row != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
field_changed (PathwayCandidateEditor *self,
               GtkEditable            *editable)
{
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
}

/* Loosely something@something: the store refuses what it cannot keep, the person knows the rest. */
static gboolean
looks_like_email (const char *text)
{
  const char *at = strchr (text, '@');

  return at != NULL && at != text && at[1] != '\0' && strpbrk (text, " \t\r\n") == NULL &&
         strchr (at + 1, '@') == NULL;
}

/* The salary as a whole number, with any thousands separators dropped; PATHWAY_UNSET when empty. */
static gboolean
parse_salary (const char *text,
              int        *salary)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  guint64 value = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) && c < 0x80)
        g_string_append_c (digits, (char) c);
      else if (c != ',' && c != '.' && c != '\'' && !g_unichar_isspace (c))
        return FALSE;
    }

  *salary = PATHWAY_UNSET;
  if (digits->len == 0)
    return *text == '\0';
  if (digits->len > SALARY_MAX_DIGITS || !g_ascii_string_to_unsigned (digits->str, 10, 0, G_MAXINT, &value, NULL))
    return FALSE;

  *salary = (int) value;
  return TRUE;
}

static gboolean
read_form (PathwayCandidateEditor *self)
{
  PathwayCandidateDraft *draft = self->draft;
  g_autofree char *name = g_strstrip (g_strdup (get_text (self->name_row)));
  g_autofree char *email = g_strstrip (g_strdup (get_text (self->email_row)));
  g_autofree char *salary_text = g_strstrip (g_strdup (get_text (self->salary_row)));
  int salary;

  if (*name == '\0')
    {
      show_error (self, _("Give the candidate a name."), self->name_row);
      return FALSE;
    }

  if (*email != '\0' && !looks_like_email (email))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” does not look like an email address, such as "
                                                    "ana@example.com."), email);

      show_error (self, message, self->email_row);
      return FALSE;
    }

  if (!parse_salary (salary_text, &salary))
    {
      show_error (self, _("Write the salary expectation as a whole number, such as 45000, or leave it empty."),
                  self->salary_row);
      return FALSE;
    }

  g_free (draft->name);
  draft->name = g_steal_pointer (&name);
  g_free (draft->email);
  draft->email = *email != '\0' ? g_steal_pointer (&email) : NULL;
  g_free (draft->headline);
  draft->headline = g_strdup (get_text (self->headline_row));
  g_free (draft->location);
  draft->location = g_strdup (get_text (self->location_row));
  draft->remote_ok = gtk_switch_get_active (self->remote_switch);
  draft->salary_expectation = salary;
  g_strfreev (draft->skills);
  draft->skills = get_list (self->skills_row);
  g_strfreev (draft->interests);
  draft->interests = get_list (self->interests_row);
  g_strfreev (draft->goals);
  draft->goals = get_list (self->goals_row);
  g_free (draft->summary);
  draft->summary = dup_summary (self);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PathwayCandidateEditor *self = PATHWAY_CANDIDATE_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->draft == NULL || !read_form (self))
    return;

  /* The store checks the rest (lengths, an email another candidate has): its message is shown. */
  id = pathway_candidates_save (self->db, self->draft, &error);
  if (id == 0)
    {
      show_error (self, error->message, NULL);
      return;
    }

  show_error (self, NULL, NULL);
  self->draft->id = id;
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
pathway_candidate_editor_close_request (GtkWindow *window)
{
  PathwayCandidateEditor *self = PATHWAY_CANDIDATE_EDITOR (window);

  if (self->draft == NULL || !has_changes (self))
    return GTK_WINDOW_CLASS (pathway_candidate_editor_parent_class)->close_request (window);

  pathway_util_ask_discard (window, _("What you typed for this candidate has not been saved."));
  return TRUE;
}

/* The editor for candidate_id, or for a new candidate (typed in by recruiter_id) when it is 0. */
PathwayCandidateEditor *
pathway_candidate_editor_new (GtkWindow *parent,
                              PathwayDb *db,
                              gint64     recruiter_id,
                              gint64     candidate_id)
{
  PathwayCandidateEditor *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);

  self = g_object_new (PATHWAY_TYPE_CANDIDATE_EDITOR, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->recruiter_id = recruiter_id;

  if (candidate_id != 0)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Candidate"));
      self->draft = pathway_candidates_load (db, candidate_id, &error);
    }
  else
    {
      self->draft = pathway_candidate_draft_new ();
      self->draft->recruiter_id = recruiter_id;
      /* Someone a recruiter types in came to them outside Pathway: users.source has no value for
       * "by hand", and 'email' is what the rest of Pathway (and its demo data) use for it. */
      self->draft->source = PATHWAY_USER_SOURCE_EMAIL;
    }

  if (self->draft == NULL)
    {
      show_error (self, error->message, NULL);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      return self;
    }

  fill_form (self);
  self->initial = snapshot (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

static void
pathway_candidate_editor_dispose (GObject *object)
{
  PathwayCandidateEditor *self = PATHWAY_CANDIDATE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_CANDIDATE_EDITOR);
  g_clear_object (&self->db);
  g_clear_pointer (&self->draft, pathway_candidate_draft_free);
  g_clear_pointer (&self->initial, g_free);

  G_OBJECT_CLASS (pathway_candidate_editor_parent_class)->dispose (object);
}

static void
pathway_candidate_editor_class_init (PathwayCandidateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pathway_candidate_editor_dispose;
  window_class->close_request = pathway_candidate_editor_close_request;

  /* After a successful save, with the candidate's id; the editor then closes itself. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-candidate-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, headline_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, remote_switch);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, salary_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, skills_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, interests_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, goals_row);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidateEditor, summary_view);
  gtk_widget_class_bind_template_callback (widget_class, field_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pathway_candidate_editor_init (PathwayCandidateEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
