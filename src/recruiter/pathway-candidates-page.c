/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidates-page"

#include "config.h"

#include "pathway-candidates-page.h"

#include <glib/gi18n.h>

#include "pathway-candidate-cells.h"
#include "pathway-candidate-editor.h"
#include "pathway-candidate-import-async.h"
#include "pathway-candidates.h"
#include "pathway-paged-model.h"
#include "pathway-profile-file.h"
#include "pathway-row-object.h"
#include "pathway-util.h"

/* The recruiter's candidates: every student in their database, searched as they type (FTS5 over
 * name, summary and skills), paged out of SQLite so a hundred thousand rows scroll smoothly; and
 * adding one by hand or importing the profile a student exported. */
struct _PathwayCandidatesPage
{
  GtkWidget             parent_instance;

  GtkBox               *toolbar;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *sort_dropdown;
  GtkLabel             *count_label;
  GtkSpinner           *import_spinner;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  AdwStatusPage        *no_match_page;
  AdwStatusPage        *error_page;

  PathwayDb            *db;
  gint64                recruiter_id;
  PathwayPagedModel    *model;
  GtkSingleSelection   *selection;
  PathwayCandidateSort  chosen_sort;      /* the order picked by hand, back when the search is cleared */
  gboolean              had_text;
  gboolean              sorting_for_text; /* the dropdown is being set for the search, not by hand */
  GCancellable         *importing;
  GFile                *import_file;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PathwayCandidatesPage, pathway_candidates_page, GTK_TYPE_WIDGET)

/* ───── the list ───── */

/* What was typed, trimmed; NULL when nothing was. */
static char *
dup_search_text (PathwayCandidatesPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
show_count (PathwayCandidatesPage *self,
            guint                  n_items,
            gboolean               searching)
{
  g_autofree char *text = NULL;

  /* The ' flag groups thousands as the locale does: “12,345 candidates”. */
  if (searching)
    text = g_strdup_printf (ngettext ("%'u match", "%'u matches", n_items), n_items);
  else
    text = g_strdup_printf (ngettext ("%'u candidate", "%'u candidates", n_items), n_items);
  gtk_label_set_label (self->count_label, text);
}

static void
show_error (PathwayCandidatesPage *self,
            const GError          *error)
{
  g_autofree char *description = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, description);
  gtk_label_set_label (self->count_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->toolbar), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* The list, or what to do when it is empty or nothing matches. */
static void
update_state (PathwayCandidatesPage *self)
{
  g_autofree char *text = dup_search_text (self);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  show_count (self, n_items, text != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->toolbar), n_items > 0 || text != NULL);

  if (n_items > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (text == NULL)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    {
      /* AdwStatusPage reads its description as markup. */
      g_autofree char *description =
        g_markup_printf_escaped (_("No candidate’s name, summary or skills match “%s”."), text);

      adw_status_page_set_description (self->no_match_page, description);
      gtk_stack_set_visible_child_name (self->stack, "no-match");
    }
}

static PathwayListQuery *
build_query (PathwayCandidatesPage *self)
{
  g_autofree char *text = dup_search_text (self);
  PathwayCandidateQuery query = { 0 };

  /* recruiter_id 0: every candidate in the database, not only those this recruiter typed in or
   * imported; students who signed up themselves and colleagues' candidates are theirs to find too. */
  query.recruiter_id = 0;
  query.text = text;
  query.sort = (PathwayCandidateSort) gtk_drop_down_get_selected (self->sort_dropdown);
  return pathway_list_query_new_candidates (&query);
}

static void
apply_query (PathwayCandidatesPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->db == NULL)
    return;

  if (self->model == NULL)
    {
      self->model = pathway_paged_model_new (self->db, build_query (self), &error);
      if (self->model == NULL)
        {
          show_error (self, error);
          return;
        }
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
    }
  else if (!pathway_paged_model_set_query (self->model, build_query (self), &error))
    {
      show_error (self, error);
      return;
    }

  update_state (self);
}

void
pathway_candidates_page_set_recruiter (PathwayCandidatesPage *self,
                                       PathwayDb             *db,
                                       gint64                 recruiter_id)
{
  g_return_if_fail (PATHWAY_IS_CANDIDATES_PAGE (self));
  g_return_if_fail (PATHWAY_IS_DB (db));

  if (self->db != db)
    {
      gtk_single_selection_set_model (self->selection, NULL);
      g_clear_object (&self->model);
      g_set_object (&self->db, db);
    }
  self->recruiter_id = recruiter_id;
  apply_query (self);
}

/* Reads the list again, after a candidate was added, edited or imported. */
void
pathway_candidates_page_reload (PathwayCandidatesPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PATHWAY_IS_CANDIDATES_PAGE (self));

  if (self->model == NULL)
    apply_query (self);
  else if (!pathway_paged_model_refresh (self->model, &error))
    show_error (self, error);
  else
    update_state (self);
}

/* The PathwayRowObject items of the list, for tests; NULL before set_recruiter (). */
GListModel *
pathway_candidates_page_get_model (PathwayCandidatesPage *self)
{
  g_return_val_if_fail (PATHWAY_IS_CANDIDATES_PAGE (self), NULL);

  return G_LIST_MODEL (self->model);
}

/* "list", "empty", "no-match" or "error". */
const char *
pathway_candidates_page_get_visible_state (PathwayCandidatesPage *self)
{
  g_return_val_if_fail (PATHWAY_IS_CANDIDATES_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* Asks the recruiter view to reload its lists; reloads this one when there is no view above. */
static void
candidates_changed (PathwayCandidatesPage *self)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "recruiter.candidates-changed", NULL))
    pathway_candidates_page_reload (self);
}

static void
show_candidate (PathwayCandidatesPage *self,
                gint64                 id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "recruiter.show-candidate", "x", id);
}

static void
row_activated (PathwayCandidatesPage *self,
               guint                  position,
               GtkColumnView         *view)
{
  g_autoptr(PathwayRowObject) row = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (row != NULL)
    show_candidate (self, pathway_row_object_get_id (row));
}

/* ───── searching and sorting ───── */

static void
search_changed (PathwayCandidatesPage *self)
{
  g_autofree char *text = dup_search_text (self);
  gboolean has_text = text != NULL;

  /* Relevance while there is text to be relevant to; the order picked by hand again after. */
  self->sorting_for_text = TRUE;
  if (has_text && !self->had_text)
    gtk_drop_down_set_selected (self->sort_dropdown, PATHWAY_CANDIDATE_SORT_RELEVANCE);
  else if (!has_text && self->had_text &&
           gtk_drop_down_get_selected (self->sort_dropdown) == PATHWAY_CANDIDATE_SORT_RELEVANCE)
    gtk_drop_down_set_selected (self->sort_dropdown, self->chosen_sort);
  self->sorting_for_text = FALSE;
  self->had_text = has_text;

  apply_query (self);
}

static void
stop_search (PathwayCandidatesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
sort_changed (PathwayCandidatesPage *self)
{
  if (self->sorting_for_text)
    return;

  self->chosen_sort = (PathwayCandidateSort) gtk_drop_down_get_selected (self->sort_dropdown);
  apply_query (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (PATHWAY_CANDIDATES_PAGE (widget)->search_entry));
}

static void
clear_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PathwayCandidatesPage *self = PATHWAY_CANDIDATES_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pathway_candidates_page_reload (PATHWAY_CANDIDATES_PAGE (widget));
}

/* ───── adding and importing ───── */

static void
view_clicked (AdwToast              *toast,
              PathwayCandidatesPage *self)
{
  show_candidate (self, (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "candidate")));
}

/* “Imported “Ana Lima”” with a button that opens them. */
static void
toast_candidate (PathwayCandidatesPage *self,
                 const char            *message,
                 gint64                 id)
{
  AdwToast *toast = pathway_util_new_toast (message);

  adw_toast_set_button_label (toast, _("_View"));
  /* The answer to what was just done: before any toast still waiting. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "candidate", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (view_clicked), self, 0);
  pathway_util_add_toast (GTK_WIDGET (self), toast);
}

static char *
dup_candidate_name (PathwayCandidatesPage *self,
                    gint64                 id)
{
  g_autoptr(PathwayCandidateDraft) draft = pathway_candidates_load (self->db, id, NULL);

  return g_strdup (draft != NULL && draft->name != NULL ? draft->name : "");
}

static void
candidate_saved (PathwayCandidateEditor *editor,
                 gint64                  id,
                 PathwayCandidatesPage  *self)
{
  g_autofree char *name = dup_candidate_name (self, id);
  g_autofree char *message = g_strdup_printf (_("Added “%s”"), name);

  candidates_changed (self);
  toast_candidate (self, message, id);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PathwayCandidatesPage *self = PATHWAY_CANDIDATES_PAGE (widget);
  PathwayCandidateEditor *editor;

  if (self->db == NULL)
    return;

  editor = pathway_candidate_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->db, self->recruiter_id, 0);
  g_signal_connect_object (editor, "saved", G_CALLBACK (candidate_saved), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
set_importing (PathwayCandidatesPage *self,
               gboolean               importing)
{
  if (!importing)
    {
      g_clear_object (&self->importing);
      g_clear_object (&self->import_file);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->import_spinner), importing);
  gtk_spinner_set_spinning (self->import_spinner, importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidates.import", !importing);
}

/* Whether a profile is being read or imported. */
gboolean
pathway_candidates_page_get_importing (PathwayCandidatesPage *self)
{
  g_return_val_if_fail (PATHWAY_IS_CANDIDATES_PAGE (self), FALSE);

  return self->importing != NULL;
}

/* Whether the import under way was given up: the page went away. */
static gboolean
import_abandoned (PathwayCandidatesPage *self,
                  const GError          *error)
{
  return self->importing == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* A bad file is worth more than a toast: the reason may be long, and says what to fix. */
static void
import_failed (PathwayCandidatesPage *self,
               const GError          *error)
{
  g_autofree char *name = g_file_get_basename (self->import_file);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  set_importing (self, FALSE);
  /* Translators: the file’s name, then the reason */
  body = g_strdup_printf (_("Nothing was imported from “%s”.\n\n%s"), name, error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Could Not Import the Profile"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
imported (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PathwayCandidatesPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gboolean updated = FALSE;
  gint64 id;

  id = pathway_candidates_import_finish (PATHWAY_DB (object), result, &updated, &error);
  if (import_abandoned (self, error))
    return;
  if (id == 0)
    {
      import_failed (self, error);
      return;
    }

  set_importing (self, FALSE);
  name = dup_candidate_name (self, id);
  if (updated)
    message = g_strdup_printf (_("Updated “%s”"), name);
  else
    message = g_strdup_printf (_("Imported “%s”"), name);
  candidates_changed (self);
  toast_candidate (self, message, id);
}

static void
file_read (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PathwayCandidatesPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pathway_profile_file_read_finish (G_FILE (object), result, &error);

  if (import_abandoned (self, error))
    return;
  if (bytes == NULL)
    {
      import_failed (self, error);
      return;
    }

  pathway_candidates_import_async (self->db, self->recruiter_id, bytes, self->importing, imported,
                                   g_object_ref (self));
}

/* Imports the profile in file as the file chooser would: its size is checked before it is read,
 * and it is parsed and written in a worker thread. */
void
pathway_candidates_page_import_file (PathwayCandidatesPage *self,
                                     GFile                 *file)
{
  g_return_if_fail (PATHWAY_IS_CANDIDATES_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->db == NULL || self->importing != NULL)
    return;

  self->importing = g_cancellable_new ();
  self->import_file = g_object_ref (file);
  set_importing (self, TRUE);
  pathway_profile_file_read_async (file, self->importing, file_read, g_object_ref (self));
}

static void
chooser_response (GtkNativeDialog       *dialog,
                  int                    response,
                  PathwayCandidatesPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file != NULL)
    pathway_candidates_page_import_file (self, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PathwayCandidatesPage *self = PATHWAY_CANDIDATES_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL || self->db == NULL)
    return;

  gtk_file_filter_set_name (filter, _("Pathway Profiles"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");

  self->chooser = gtk_file_chooser_native_new (_("Import Profile"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ───── the widget ───── */

static void
pathway_candidates_page_dispose (GObject *object)
{
  PathwayCandidatesPage *self = PATHWAY_CANDIDATES_PAGE (object);

  g_cancellable_cancel (self->importing);
  g_clear_object (&self->importing);
  g_clear_object (&self->import_file);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_CANDIDATES_PAGE);
  pathway_util_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_candidates_page_parent_class)->dispose (object);
}

static void
pathway_candidates_page_class_init (PathwayCandidatesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_candidates_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-candidates-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidatesPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidatesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidatesPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidatesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidatesPage, import_spinner);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidatesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidatesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidatesPage, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, PathwayCandidatesPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, stop_search);
  gtk_widget_class_bind_template_callback (widget_class, sort_changed);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);

  gtk_widget_class_install_action (widget_class, "candidates.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "candidates.clear-search", NULL, clear_search_action);
  gtk_widget_class_install_action (widget_class, "candidates.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "candidates.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "candidates.import", NULL, import_action);
}

static void
pathway_candidates_page_init (PathwayCandidatesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->chosen_sort = PATHWAY_CANDIDATE_SORT_NAME;
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  pathway_candidate_cells_add_columns (self->column_view);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}
