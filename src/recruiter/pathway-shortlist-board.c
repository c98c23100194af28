/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-shortlist-board"

#include "config.h"

#include "pathway-shortlist-board.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-board-entries.h"
#include "pathway-interview-dialog.h"
#include "pathway-notes-dialog.h"
#include "pathway-rows.h"
#include "pathway-shortlist-card.h"
#include "pathway-shortlist-column.h"
#include "pathway-shortlists.h"
#include "pathway-util.h"

#define N_COLUMNS (PATHWAY_SHORTLIST_REJECTED + 1)

struct _PathwayShortlistBoard
{
  GtkWidget               parent_instance;

  GtkStack               *stack;
  GtkLabel               *summary_label;
  GtkBox                 *columns_box;

  PathwayShortlistColumn *columns[N_COLUMNS];
  PathwayDb              *db;
  gint64                  recruiter_id;
  gint64                  job_id;
  GtkFileChooserNative   *chooser;
  guint                   drop_idle;
  gint64                  drop_id;
  PathwayShortlistStatus  drop_status;
};

G_DEFINE_FINAL_TYPE (PathwayShortlistBoard, pathway_shortlist_board, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void G_GNUC_PRINTF (2, 3)
toast (PathwayShortlistBoard *self,
       const char            *format,
       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  pathway_util_toast (GTK_WIDGET (self), message);
}

static PathwayShortlistCard *
find_card (PathwayShortlistBoard *self,
           gint64                 shortlist_id)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      PathwayShortlistCard *card = pathway_shortlist_column_find_card (self->columns[i], shortlist_id);

      if (card != NULL)
        return card;
    }

  return NULL;
}

GtkWidget *
pathway_shortlist_board_find_card (PathwayShortlistBoard *self,
                                   gint64                 shortlist_id)
{
  g_return_val_if_fail (PATHWAY_IS_SHORTLIST_BOARD (self), NULL);

  return GTK_WIDGET (find_card (self, shortlist_id));
}

guint
pathway_shortlist_board_get_n_cards (PathwayShortlistBoard  *self,
                                     PathwayShortlistStatus  status)
{
  g_return_val_if_fail (PATHWAY_IS_SHORTLIST_BOARD (self), 0);
  g_return_val_if_fail (status < N_COLUMNS, 0);

  return pathway_shortlist_column_get_n_cards (self->columns[status]);
}

/* ───── drag and drop ───── */

static void
card_drag_started (PathwayShortlistCard  *card,
                   PathwayShortlistBoard *self)
{
  PathwayShortlistStatus from = pathway_shortlist_card_get_entry (card)->status;

  for (guint to = 0; to < N_COLUMNS; to++)
    pathway_shortlist_column_set_drop_state (self->columns[to],
                                             pathway_shortlists_can_move (from, to) ? PATHWAY_DROP_ALLOWED
                                             : to == from ? PATHWAY_DROP_NONE
                                             : PATHWAY_DROP_REFUSED);
}

static void
card_drag_finished (PathwayShortlistCard  *card,
                    PathwayShortlistBoard *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    pathway_shortlist_column_set_drop_state (self->columns[i], PATHWAY_DROP_NONE);
}

static gboolean
move_dropped (gpointer user_data)
{
  PathwayShortlistBoard *self = user_data;

  self->drop_idle = 0;
  pathway_shortlist_board_move_card (self, self->drop_id, self->drop_status);
  return G_SOURCE_REMOVE;
}

/* The move waits for the drag to end: it rebuilds the columns, the dragged card with them. */
static gboolean
card_dropped (PathwayShortlistColumn *column,
              gint64                  shortlist_id,
              PathwayShortlistBoard  *self)
{
  PathwayShortlistCard *card = find_card (self, shortlist_id);
  PathwayShortlistStatus status = pathway_shortlist_column_get_status (column);

  if (card == NULL || !pathway_shortlists_can_move (pathway_shortlist_card_get_entry (card)->status, status))
    return FALSE;

  self->drop_id = shortlist_id;
  self->drop_status = status;
  if (self->drop_idle == 0)
    self->drop_idle = g_idle_add (move_dropped, self);
  return TRUE;
}

/* ───── loading ───── */

static void
clear_columns (PathwayShortlistBoard *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    pathway_shortlist_column_clear (self->columns[i]);
}

static void
fill_columns (PathwayShortlistBoard *self,
              GPtrArray             *entries)
{
  g_autofree char *summary = NULL;

  clear_columns (self);
  for (guint i = 0; i < entries->len; i++)
    {
      PathwayBoardEntry *entry = g_ptr_array_index (entries, i);
      PathwayShortlistCard *card = pathway_shortlist_card_new (entry);

      g_signal_connect_object (card, "drag-started", G_CALLBACK (card_drag_started), self, 0);
      g_signal_connect_object (card, "drag-finished", G_CALLBACK (card_drag_finished), self, 0);
      pathway_shortlist_column_add_card (self->columns[entry->status], card);
    }

  summary = g_strdup_printf (ngettext ("%u candidate on the shortlist", "%u candidates on the shortlist",
                                       entries->len), entries->len);
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, entries->len > 0 ? "board" : "empty");
}

/* Reads the shortlist again, keeping the focus on the card that had it. */
void
pathway_shortlist_board_reload (PathwayShortlistBoard *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  GtkWidget *focus, *card;
  gint64 focused_id = 0;

  g_return_if_fail (PATHWAY_IS_SHORTLIST_BOARD (self));

  if (self->db == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  card = focus != NULL ? gtk_widget_get_ancestor (focus, PATHWAY_TYPE_SHORTLIST_CARD) : NULL;
  if (card != NULL && gtk_widget_is_ancestor (card, GTK_WIDGET (self)))
    focused_id = pathway_shortlist_card_get_id (PATHWAY_SHORTLIST_CARD (card));

  entries = pathway_board_entries_for_job (self->db, self->job_id, &error);
  if (entries == NULL)
    {
      toast (self, "%s", error->message);
      return;
    }

  fill_columns (self, entries);
  if (focused_id != 0 && (card = GTK_WIDGET (find_card (self, focused_id))) != NULL)
    gtk_widget_grab_focus (card);
}

void
pathway_shortlist_board_set_job (PathwayShortlistBoard *self,
                                 PathwayDb             *db,
                                 gint64                 recruiter_id,
                                 gint64                 job_id)
{
  g_return_if_fail (PATHWAY_IS_SHORTLIST_BOARD (self));
  g_return_if_fail (PATHWAY_IS_DB (db));

  g_set_object (&self->db, db);
  self->recruiter_id = recruiter_id;
  self->job_id = job_id;
  pathway_shortlist_board_reload (self);
}

/* ───── moving ───── */

/* After a change: the board as stored, the focus on the card that changed, and the news. */
static void
changed (PathwayShortlistBoard *self,
         gint64                 shortlist_id)
{
  PathwayShortlistCard *card;

  pathway_shortlist_board_reload (self);
  card = find_card (self, shortlist_id);
  if (card != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (card));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
move_now (PathwayShortlistBoard  *self,
          gint64                  shortlist_id,
          PathwayShortlistStatus  status)
{
  g_autoptr(GError) error = NULL;

  if (!pathway_shortlists_move (self->db, shortlist_id, status, NULL, &error))
    {
      toast (self, "%s", error->message);
      return;
    }

  changed (self, shortlist_id);
}

static void
interview_scheduled (PathwayInterviewDialog *dialog,
                     PathwayShortlistBoard  *self)
{
  changed (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "shortlist-id")));
}

static void
schedule_interview (PathwayShortlistBoard   *self,
                    const PathwayBoardEntry *entry)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  PathwayInterviewDialog *dialog = pathway_interview_dialog_new (parent, self->db, entry->id, entry->name);

  if (entry->status == PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED)
    pathway_interview_dialog_set_interview (dialog, entry->interview_time, entry->meeting_link);
  g_object_set_data (G_OBJECT (dialog), "shortlist-id", GSIZE_TO_POINTER (entry->id));
  g_signal_connect_object (dialog, "scheduled", G_CALLBACK (interview_scheduled), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
confirm_response (AdwMessageDialog      *dialog,
                  const char            *response,
                  PathwayShortlistBoard *self)
{
  if (g_strcmp0 (response, "move") == 0)
    move_now (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "shortlist-id")),
              GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "status")));
}

/* Hired and Rejected are the last steps: nothing moves a card back from them, so they ask first. */
static void
confirm_move (PathwayShortlistBoard   *self,
              const PathwayBoardEntry *entry,
              PathwayShortlistStatus   status)
{
  gboolean hire = status == PATHWAY_SHORTLIST_HIRED;
  g_autofree char *heading = hire
    /* Translators: %s is a candidate's name */
    ? g_strdup_printf (_("Hire “%s”?"), entry->name)
    /* Translators: %s is a candidate's name */
    : g_strdup_printf (_("Reject “%s”?"), entry->name);
  const char *body = hire
    ? _("Their timeline records the offer, and they stay on the board as hired for this job.")
    : _("They stay on the board as rejected for this job, and cannot be moved back.");
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "move", hire ? _("_Hire") : _("_Reject"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move",
                                              hire ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "shortlist-id", GSIZE_TO_POINTER (entry->id));
  g_object_set_data (G_OBJECT (dialog), "status", GINT_TO_POINTER (status));
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Moves a card to status as a drop, a key or a menu asks: straight away, or after the interview
 * dialog or a confirmation for the last steps. Returns FALSE, and says why, when the step is not
 * allowed; nothing changes then. Drag and drop and the keyboard both come through here. */
gboolean
pathway_shortlist_board_move_card (PathwayShortlistBoard  *self,
                                   gint64                  shortlist_id,
                                   PathwayShortlistStatus  status)
{
  PathwayShortlistCard *card;
  const PathwayBoardEntry *entry;

  g_return_val_if_fail (PATHWAY_IS_SHORTLIST_BOARD (self), FALSE);
  g_return_val_if_fail (status < N_COLUMNS, FALSE);

  card = find_card (self, shortlist_id);
  if (card == NULL)
    return FALSE;

  entry = pathway_shortlist_card_get_entry (card);
  if (!pathway_shortlists_can_move (entry->status, status))
    {
      if (entry->status != (int) status)
        /* Translators: “Ana Lima” cannot go from “Shortlisted” to “Hired”: …; the steps are the board's columns */
        toast (self, _("“%s” cannot go from “%s” to “%s”: candidates move one step at a time, or to “Rejected”"),
               entry->name, pathway_shortlist_status_title (entry->status), pathway_shortlist_status_title (status));
      return FALSE;
    }

  if (status == PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED)
    schedule_interview (self, entry);
  else if (status == PATHWAY_SHORTLIST_HIRED || status == PATHWAY_SHORTLIST_REJECTED)
    confirm_move (self, entry, status);
  else
    move_now (self, shortlist_id, status);
  return TRUE;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gint64 shortlist_id;
  int status;

  g_variant_get (parameter, "(xi)", &shortlist_id, &status);
  if (status >= 0 && status < N_COLUMNS)
    pathway_shortlist_board_move_card (PATHWAY_SHORTLIST_BOARD (widget), shortlist_id, status);
}

/* Ctrl+→ and Ctrl+←: the nearest column that way the card may go to. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PathwayShortlistBoard *self = PATHWAY_SHORTLIST_BOARD (widget);
  PathwayShortlistCard *card;
  const PathwayBoardEntry *entry;
  gint64 shortlist_id;
  int direction;

  g_variant_get (parameter, "(xi)", &shortlist_id, &direction);
  card = find_card (self, shortlist_id);
  if (card == NULL)
    return;

  entry = pathway_shortlist_card_get_entry (card);
  for (int to = entry->status + direction; to >= 0 && to < N_COLUMNS; to += direction)
    if (pathway_shortlists_can_move (entry->status, to))
      {
        pathway_shortlist_board_move_card (self, shortlist_id, to);
        return;
      }

  if (direction < 0)
    toast (self, _("Candidates only move forward: “%s” stays in “%s”"),
           entry->name, pathway_shortlist_status_title (entry->status));
  else
    toast (self, _("“%s” is at the last step and stays in “%s”"),
           entry->name, pathway_shortlist_status_title (entry->status));
}

/* ───── notes ───── */

static void
notes_saved (PathwayNotesDialog    *dialog,
             PathwayShortlistBoard *self)
{
  changed (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "shortlist-id")));
}

static void
edit_notes_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PathwayShortlistBoard *self = PATHWAY_SHORTLIST_BOARD (widget);
  PathwayShortlistCard *card = find_card (self, g_variant_get_int64 (parameter));
  const PathwayBoardEntry *entry;
  PathwayNotesDialog *dialog;

  if (card == NULL)
    return;

  entry = pathway_shortlist_card_get_entry (card);
  dialog = pathway_notes_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->db, entry->id, entry->name,
                                     entry->notes);
  g_object_set_data (G_OBJECT (dialog), "shortlist-id", GSIZE_TO_POINTER (entry->id));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (notes_saved), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ───── export ───── */

static void
exported (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PathwayShortlistBoard) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    toast (self, "%s", error->message);
  else
    pathway_util_toast (GTK_WIDGET (self), _("Shortlist exported"));
}

/* Writes the shortlist as CSV to file; the file is replaced whole or not at all. */
void
pathway_shortlist_board_export_to (PathwayShortlistBoard *self,
                                   GFile                 *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *csv;

  g_return_if_fail (PATHWAY_IS_SHORTLIST_BOARD (self));
  g_return_if_fail (G_IS_FILE (file));

  csv = pathway_shortlists_export_csv (self->db, self->job_id, &error);
  if (csv == NULL)
    {
      toast (self, "%s", error->message);
      return;
    }

  bytes = g_bytes_new_take (csv, strlen (csv));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                       exported, g_object_ref (self));
}

/* “<title> shortlist.csv”, without the characters file systems refuse or that hide a file. */
static char *
suggested_file_name (const char *title)
{
  /* Translators: the suggested file name of an exported shortlist; %s is the job's title */
  g_autofree char *name = g_strdup_printf (_("%s shortlist.csv"), title);
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  GString *safe = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || strchr ("/\\:*?\"<>|", c) != NULL)
        g_string_append_c (safe, '-');
      else if (!(safe->len == 0 && (c == '.' || g_unichar_isspace (c))))
        g_string_append_unichar (safe, c);
    }

  return g_string_free (safe, FALSE);
}

static void
export_response (GtkNativeDialog       *dialog,
                 int                    response,
                 PathwayShortlistBoard *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file != NULL)
    pathway_shortlist_board_export_to (self, file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PathwayShortlistBoard *self = PATHWAY_SHORTLIST_BOARD (widget);
  g_autoptr(PathwayJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  job = pathway_jobs_get (self->db, self->job_id, &error);
  if (job == NULL)
    {
      toast (self, "%s", error->message);
      return;
    }

  name = suggested_file_name (job->title);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Shortlist"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
pathway_shortlist_board_dispose (GObject *object)
{
  PathwayShortlistBoard *self = PATHWAY_SHORTLIST_BOARD (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_handle_id (&self->drop_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_SHORTLIST_BOARD);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_shortlist_board_parent_class)->dispose (object);
}

static void
pathway_shortlist_board_class_init (PathwayShortlistBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_shortlist_board_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-shortlist-board.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistBoard, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistBoard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayShortlistBoard, columns_box);

  gtk_widget_class_install_action (widget_class, "board.move", "(xi)", move_action);
  gtk_widget_class_install_action (widget_class, "board.step", "(xi)", step_action);
  gtk_widget_class_install_action (widget_class, "board.edit-notes", "x", edit_notes_action);
  gtk_widget_class_install_action (widget_class, "board.export", NULL, export_action);
}

static void
pathway_shortlist_board_init (PathwayShortlistBoard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      self->columns[i] = pathway_shortlist_column_new (i);
      g_signal_connect_object (self->columns[i], "card-dropped", G_CALLBACK (card_dropped), self, 0);
      gtk_box_append (self->columns_box, GTK_WIDGET (self->columns[i]));
    }
}
