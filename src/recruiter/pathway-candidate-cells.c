/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-candidate-cells"

#include "config.h"

#include "pathway-candidate-cells.h"

#include <glib/gi18n.h>

#include "pathway-candidates.h"
#include "pathway-row-object.h"

/* GTK 4.8's GtkColumnView makes a widget per cell of every visible row: each cell is one or two
 * plain labels made once in setup, and bind only sets their text, so scrolling stays smooth. */

/* Where a candidate came from (users.source), in words. */
const char *
pathway_candidate_source_label (int source)
{
  switch ((PathwayUserSource) source)
    {
    case PATHWAY_USER_SOURCE_PLATFORM:
      /* Translators: a candidate who studies with Pathway on this computer */
      return _("Pathway");
    case PATHWAY_USER_SOURCE_EMAIL:
      /* Translators: a candidate a recruiter typed in, from an email or a conversation */
      return _("Added by Hand");
    case PATHWAY_USER_SOURCE_IMPORT:
      /* Translators: a candidate imported from the profile they exported */
      return _("Imported");
    default:
      return _("Unknown");
    }
}

/* A day in local time: “3 Dec 2026”. */
char *
pathway_candidate_format_date (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_local (time);
  /* Translators: the day a candidate was added, see the strftime manual */
  return g_date_time_format (local, _("%-d %b %Y"));
}

/* The first max_skills skills of a JSON array, joined with commas. */
char *
pathway_candidate_skills_text (JsonNode *skills,
                               guint     max_skills)
{
  g_autoptr(GString) text = g_string_new (NULL);
  JsonArray *array;
  guint shown = 0;

  if (skills == NULL || !JSON_NODE_HOLDS_ARRAY (skills))
    return g_string_free (g_steal_pointer (&text), FALSE);

  array = json_node_get_array (skills);
  for (guint i = 0; i < json_array_get_length (array) && shown < max_skills; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        continue;

      if (shown++ > 0)
        g_string_append (text, ", ");
      g_string_append (text, json_node_get_string (element));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The row's record; NULL when the list changed under it and it has no item yet. */
static const PathwayCandidateSummary *
get_summary (GtkListItem *item)
{
  PathwayRowObject *row = gtk_list_item_get_item (item);

  return row != NULL ? pathway_row_object_get_record (row) : NULL;
}

static GtkWidget *
new_cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  return label;
}

static void
set_text (GtkWidget  *label,
          const char *text)
{
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  gtk_list_item_set_child (item, new_cell_label ());
}

/* Name, with the headline underneath when there is one; style.css gives every row the height of
 * two lines, so rows stay one height and a lone name sits in the middle. */
static void
setup_name (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = new_cell_label ();
  GtkWidget *headline = new_cell_label ();

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (headline, "caption");
  gtk_widget_add_css_class (headline, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), headline);
  gtk_list_item_set_child (item, box);
}

static void
bind_name (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  const PathwayCandidateSummary *summary = get_summary (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *headline = gtk_widget_get_next_sibling (name);
  gboolean has_headline = summary != NULL && summary->headline != NULL && *summary->headline != '\0';

  set_text (name, summary != NULL ? summary->name : NULL);
  set_text (headline, has_headline ? summary->headline : NULL);
  gtk_widget_set_visible (headline, has_headline);
}

static void
bind_location (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  const PathwayCandidateSummary *summary = get_summary (item);

  set_text (gtk_list_item_get_child (item), summary != NULL ? summary->location : NULL);
}

static void
bind_skills (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  const PathwayCandidateSummary *summary = get_summary (item);
  g_autofree char *skills = summary != NULL ? pathway_candidate_skills_text (summary->skills,
                                                                               PATHWAY_CANDIDATE_CELL_SKILLS) : NULL;

  set_text (gtk_list_item_get_child (item), skills);
}

static void
bind_source (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  const PathwayCandidateSummary *summary = get_summary (item);

  set_text (gtk_list_item_get_child (item), summary != NULL ? pathway_candidate_source_label (summary->source) : NULL);
}

static void
bind_added (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  const PathwayCandidateSummary *summary = get_summary (item);
  g_autofree char *date = summary != NULL && summary->created_at != NULL
                          ? pathway_candidate_format_date (summary->created_at) : NULL;

  set_text (gtk_list_item_get_child (item), date);
}

static void
add_column (GtkColumnView *view,
            const char    *title,
            GCallback      setup,
            GCallback      bind,
            int            fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect (factory, "bind", bind, NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (view, column);
}

/* Name (with the headline), Location, Skills, Source and Added. */
void
pathway_candidate_cells_add_columns (GtkColumnView *view)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  add_column (view, _("Name"), G_CALLBACK (setup_name), G_CALLBACK (bind_name), 0);
  add_column (view, _("Location"), G_CALLBACK (setup_label), G_CALLBACK (bind_location), 170);
  add_column (view, _("Skills"), G_CALLBACK (setup_label), G_CALLBACK (bind_skills), 0);
  add_column (view, _("Source"), G_CALLBACK (setup_label), G_CALLBACK (bind_source), 130);
  add_column (view, _("Added"), G_CALLBACK (setup_label), G_CALLBACK (bind_added), 110);
}
