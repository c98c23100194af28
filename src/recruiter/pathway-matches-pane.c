/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-matches-pane"

#include "config.h"

#include "pathway-matches-pane.h"

#include <glib/gi18n.h>

#include "pathway-board-entries.h"
#include "pathway-match-row.h"
#include "pathway-match-runner.h"
#include "pathway-matches.h"
#include "pathway-named-matches.h"
#include "pathway-shortlists.h"
#include "pathway-util.h"

struct _PathwayMatchesPane
{
  GtkWidget     parent_instance;

  GtkStack     *stack;
  GtkLabel     *summary_label;
  GtkListBox   *list_box;

  PathwayDb    *db;
  gint64        job_id;
  GCancellable *running;
};

G_DEFINE_FINAL_TYPE (PathwayMatchesPane, pathway_matches_pane, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What an Undo needs to take a shortlisting back. */
typedef struct {
  gint64 job_id;
  gint64 shortlist_id;
  gint64 candidate_id;
  int    match_status;
} Undo;

static AdwToast * G_GNUC_PRINTF (1, 2)
new_toast (const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return pathway_util_new_toast (message);
}

const char *
pathway_matches_pane_get_state (PathwayMatchesPane *self)
{
  g_return_val_if_fail (PATHWAY_IS_MATCHES_PANE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkListBox *
pathway_matches_pane_get_list (PathwayMatchesPane *self)
{
  g_return_val_if_fail (PATHWAY_IS_MATCHES_PANE (self), NULL);

  return self->list_box;
}

static PathwayMatchRow *
find_row (PathwayMatchesPane *self,
          gint64              candidate_id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    if (pathway_match_row_get_match (PATHWAY_MATCH_ROW (row))->candidate_id == candidate_id)
      return PATHWAY_MATCH_ROW (row);

  return NULL;
}

static void
clear_rows (PathwayMatchesPane *self)
{
  for (GtkListBoxRow *row; (row = gtk_list_box_get_row_at_index (self->list_box, 0)) != NULL;)
    gtk_list_box_remove (self->list_box, GTK_WIDGET (row));
}

/* The stored matches, best first; rows that were open stay open. */
static void
show_matches (PathwayMatchesPane *self)
{
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GtkListBoxRow *row;

  matches = pathway_named_matches_for_job (self->db, self->job_id, PATHWAY_MATCHES_DEFAULT_TOP_K, &error);
  if (matches == NULL)
    {
      /* Not the spinner of a ranking that is over: what was listed before, if anything. */
      pathway_util_toast (GTK_WIDGET (self), error->message);
      gtk_stack_set_visible_child_name (self->stack, gtk_list_box_get_row_at_index (self->list_box, 0) != NULL
                                                     ? "list" : "empty");
      return;
    }

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    if (pathway_match_row_get_expanded (PATHWAY_MATCH_ROW (row)))
      g_hash_table_add (expanded, g_memdup2 (&pathway_match_row_get_match (PATHWAY_MATCH_ROW (row))->candidate_id,
                                             sizeof (gint64)));

  clear_rows (self);
  for (guint i = 0; i < matches->len; i++)
    {
      PathwayNamedMatch *match = g_ptr_array_index (matches, i);
      PathwayMatchRow *match_row = pathway_match_row_new (match, i + 1);

      gtk_list_box_append (self->list_box, GTK_WIDGET (match_row));
      if (g_hash_table_contains (expanded, &match->candidate_id))
        pathway_match_row_set_expanded (match_row, TRUE);
    }

  summary = g_strdup_printf (ngettext ("%u match, with why it scored as it did",
                                       "%u matches, best first, with why each scored as it did",
                                       matches->len), matches->len);
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, matches->len > 0 ? "list" : "empty");
}

/* Shows the job's stored matches, without ranking again. */
void
pathway_matches_pane_set_job (PathwayMatchesPane *self,
                              PathwayDb          *db,
                              gint64              job_id)
{
  g_return_if_fail (PATHWAY_IS_MATCHES_PANE (self));
  g_return_if_fail (PATHWAY_IS_DB (db));

  pathway_matches_pane_cancel (self);
  g_set_object (&self->db, db);
  self->job_id = job_id;
  clear_rows (self);
  show_matches (self);
}

/* Reads the matches again, as when the board moved someone; not while ranking. */
void
pathway_matches_pane_reload (PathwayMatchesPane *self)
{
  g_return_if_fail (PATHWAY_IS_MATCHES_PANE (self));

  if (self->db != NULL && self->running == NULL)
    show_matches (self);
}

/* ───── ranking ───── */

static void
ranked (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(PathwayMatchesPane) self = user_data;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;

  matches = pathway_match_runner_run_finish (result, &notice, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CANCELLED))
    return;

  g_clear_object (&self->running);
  if (matches == NULL)
    pathway_util_toast (GTK_WIDGET (self), error->message);
  else if (notice != NULL)
    pathway_util_toast (GTK_WIDGET (self), notice);
  show_matches (self);
  if (matches != NULL && gtk_list_box_get_row_at_index (self->list_box, 0) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, 0)));
}

void
pathway_matches_pane_run (PathwayMatchesPane *self)
{
  g_return_if_fail (PATHWAY_IS_MATCHES_PANE (self));

  if (self->db == NULL || self->running != NULL)
    return;

  self->running = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "running");
  pathway_match_runner_run_async (self->db, self->job_id, PATHWAY_MATCHES_DEFAULT_TOP_K, self->running, ranked,
                                  g_object_ref (self));
}

/* Stops a ranking under way; the matches stored before it stay. */
void
pathway_matches_pane_cancel (PathwayMatchesPane *self)
{
  g_return_if_fail (PATHWAY_IS_MATCHES_PANE (self));

  if (self->running == NULL)
    return;

  g_cancellable_cancel (self->running);
  g_clear_object (&self->running);
  if (self->db != NULL)
    show_matches (self);
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  pathway_matches_pane_run (PATHWAY_MATCHES_PANE (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pathway_matches_pane_cancel (PATHWAY_MATCHES_PANE (widget));
}

/* ───── shortlisting ───── */

static void
undo_clicked (AdwToast           *undo_toast,
              PathwayMatchesPane *self)
{
  Undo *undo = g_object_get_data (G_OBJECT (undo_toast), "undo");
  g_autoptr(GError) error = NULL;
  PathwayMatchRow *row;

  if (!pathway_board_entries_undo_add (self->db, undo->shortlist_id, undo->match_status, &error))
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return;
    }

  /* The toast can outlive the job it was about: another job's list has the candidate too. */
  row = undo->job_id == self->job_id ? find_row (self, undo->candidate_id) : NULL;
  if (row != NULL)
    pathway_match_row_set_shortlist (row, 0, PATHWAY_UNSET);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
shortlist (PathwayMatchesPane *self,
           PathwayMatchRow    *row)
{
  const PathwayNamedMatch *match = pathway_match_row_get_match (row);
  int match_status = match->status;
  g_autoptr(GError) error = NULL;
  AdwToast *shortlisted;
  Undo *undo;
  gint64 id;

  if (match->shortlist_id != 0)
    return;

  id = pathway_shortlists_add (self->db, self->job_id, match->candidate_id, PATHWAY_SHORTLIST_SOURCE_PLATFORM, &error);
  if (id == 0)
    {
      pathway_util_toast (GTK_WIDGET (self), error->message);
      return;
    }

  pathway_match_row_set_shortlist (row, id, PATHWAY_SHORTLIST_SHORTLISTED);
  /* The button that had the focus is gone: keep it on the row. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_signal_emit (self, signals[CHANGED], 0);

  undo = g_new0 (Undo, 1);
  undo->job_id = self->job_id;
  undo->shortlist_id = id;
  undo->candidate_id = match->candidate_id;
  undo->match_status = match_status;
  /* Translators: %s is a candidate's name */
  shortlisted = new_toast (_("Shortlisted “%s”"), match->name);
  adw_toast_set_button_label (shortlisted, _("_Undo"));
  g_object_set_data_full (G_OBJECT (shortlisted), "undo", undo, g_free);
  g_signal_connect_object (shortlisted, "button-clicked", G_CALLBACK (undo_clicked), self, 0);
  pathway_util_add_toast (GTK_WIDGET (self), shortlisted);
}

static void
shortlist_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PathwayMatchesPane *self = PATHWAY_MATCHES_PANE (widget);
  PathwayMatchRow *row = find_row (self, g_variant_get_int64 (parameter));

  if (row != NULL)
    shortlist (self, row);
}

/* S (or Ctrl+Enter) on the list shortlists the row that has the focus, or holds it. */
static void
shortlist_focused_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PathwayMatchesPane *self = PATHWAY_MATCHES_PANE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, PATHWAY_TYPE_MATCH_ROW) : NULL;

  if (row != NULL && gtk_widget_is_ancestor (row, GTK_WIDGET (self->list_box)))
    shortlist (self, PATHWAY_MATCH_ROW (row));
}

static void
row_activated (GtkListBox         *list_box,
               GtkListBoxRow      *row,
               PathwayMatchesPane *self)
{
  PathwayMatchRow *match_row = PATHWAY_MATCH_ROW (row);

  pathway_match_row_set_expanded (match_row, !pathway_match_row_get_expanded (match_row));
}

static void
pathway_matches_pane_dispose (GObject *object)
{
  PathwayMatchesPane *self = PATHWAY_MATCHES_PANE (object);

  g_cancellable_cancel (self->running);
  g_clear_object (&self->running);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_MATCHES_PANE);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_matches_pane_parent_class)->dispose (object);
}

static void
pathway_matches_pane_class_init (PathwayMatchesPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_matches_pane_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-matches-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchesPane, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchesPane, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchesPane, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);

  gtk_widget_class_install_action (widget_class, "matches.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "matches.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "matches.shortlist", "x", shortlist_action);
  gtk_widget_class_install_action (widget_class, "matches.shortlist-focused", NULL, shortlist_focused_action);
}

static void
pathway_matches_pane_init (PathwayMatchesPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
