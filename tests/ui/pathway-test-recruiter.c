/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-test-recruiter.h"

struct _PathwayTestRecruiter
{
  GtkWidget              parent_instance;

  PathwayCandidatesPage *page;
  gint64                 shown;      /* the last recruiter.show-candidate */
  guint                  n_changes;  /* recruiter.candidates-changed */
};

G_DEFINE_FINAL_TYPE (PathwayTestRecruiter, pathway_test_recruiter, GTK_TYPE_WIDGET)

static void
show_candidate_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PATHWAY_TEST_RECRUITER (widget)->shown = g_variant_get_int64 (parameter);
}

static void
candidates_changed_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PathwayTestRecruiter *self = PATHWAY_TEST_RECRUITER (widget);

  self->n_changes++;
  /* As the recruiter view does. */
  pathway_candidates_page_reload (self->page);
}

static void
pathway_test_recruiter_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pathway_test_recruiter_parent_class)->dispose (object);
}

static void
pathway_test_recruiter_class_init (PathwayTestRecruiterClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pathway_test_recruiter_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "recruiter.show-candidate", "x", show_candidate_action);
  gtk_widget_class_install_action (widget_class, "recruiter.candidates-changed", NULL, candidates_changed_action);
}

static void
pathway_test_recruiter_init (PathwayTestRecruiter *self)
{
  self->page = g_object_new (PATHWAY_TYPE_CANDIDATES_PAGE, NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->page), GTK_WIDGET (self));
}

/* A window of the app's holding a stand-in recruiter view with its candidates page, above a toast
 * overlay as in PathwayWindow. */
GtkWindow *
pathway_test_recruiter_open (PathwayApplication    *app,
                             PathwayTestRecruiter **recruiter)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWindow *window = GTK_WINDOW (adw_window_new ());

  *recruiter = g_object_new (PATHWAY_TYPE_TEST_RECRUITER, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (*recruiter));
  gtk_window_set_application (window, GTK_APPLICATION (app));
  gtk_window_set_title (window, "Candidates");
  gtk_window_set_default_size (window, 1000, 640);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_present (window);
  return window;
}

PathwayCandidatesPage *
pathway_test_recruiter_get_page (PathwayTestRecruiter *self)
{
  return self->page;
}

gint64
pathway_test_recruiter_get_shown (PathwayTestRecruiter *self)
{
  return self->shown;
}

guint
pathway_test_recruiter_get_changes (PathwayTestRecruiter *self)
{
  return self->n_changes;
}

/* The widget under root named name (GtkWidget:name). */
GtkWidget *
pathway_test_recruiter_find_named (GtkWidget  *root,
                                   const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pathway_test_recruiter_find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether a label on screen under root reads text: a toast, a sentence, a name. */
gboolean
pathway_test_recruiter_shows_text (GtkWidget  *root,
                                   const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (pathway_test_recruiter_shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* Whether a form under root shows an error message. */
gboolean
pathway_test_recruiter_shows_error (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "error") && gtk_widget_is_visible (root))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (pathway_test_recruiter_shows_error (child))
      return TRUE;
  return FALSE;
}

/* The AdwEntryRow under root whose title is title. */
GtkEditable *
pathway_test_recruiter_find_entry (GtkWidget  *root,
                                   const char *title)
{
  if (ADW_IS_ENTRY_ROW (root) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return GTK_EDITABLE (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = pathway_test_recruiter_find_entry (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Types text into the entry row titled title, replacing what it held. */
void
pathway_test_recruiter_type (GtkWidget  *root,
                             const char *title,
                             const char *text)
{
  GtkEditable *entry = pathway_test_recruiter_find_entry (root, title);

  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, text);
}
