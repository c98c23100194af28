/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-match-reasons"

#include "config.h"

#include "pathway-match-reasons.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pathway-matching.h"
#include "pathway-wrap-box.h"

struct _PathwayMatchReasons
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (PathwayMatchReasons, pathway_match_reasons, GTK_TYPE_WIDGET)

static const char *
component_title (const char *component)
{
  if (g_str_equal (component, "skills"))
    return _("Skills");
  if (g_str_equal (component, "similarity"))
    return _("Profile");
  if (g_str_equal (component, "location"))
    return _("Location");
  if (g_str_equal (component, "salary"))
    return _("Salary");
  return component;
}

static guint
array_length (JsonObject *object,
              const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_array_get_length (json_node_get_array (node)) : 0;
}

static gboolean
get_double (JsonObject *object,
            const char *member,
            double     *value)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
                       json_node_get_value_type (node) != G_TYPE_INT64))
    return FALSE;

  *value = json_node_get_double (node);
  return isfinite (*value);
}

/* The basis of a component's score (pathway_match_basis_nicks) in words, such as “Same city”. */
char *
pathway_match_reasons_describe_basis (const char *component,
                                      const char *basis,
                                      JsonObject *reasons)
{
  double similarity;

  g_return_val_if_fail (component != NULL, NULL);

  if (g_strcmp0 (basis, "measured") == 0 && g_str_equal (component, "skills"))
    {
      guint matched = array_length (reasons, "skills_matched");
      guint total = matched + array_length (reasons, "skills_missing");

      /* Translators: a candidate has 2 of the job's 3 skills */
      return g_strdup_printf (ngettext ("Has %u of %u skill", "Has %u of %u skills", total), matched, total);
    }
  if (g_strcmp0 (basis, "measured") == 0 && get_double (reasons, "similarity", &similarity))
    /* Translators: how alike two texts are, from -1 to 1 */
    return g_strdup_printf (_("Cosine %.2f"), similarity);
  if (g_strcmp0 (basis, "unknown") == 0 && g_str_equal (component, "skills"))
    return g_strdup (_("The job names no skills"));
  if (g_strcmp0 (basis, "remote_job") == 0)
    return g_strdup (_("Remote job"));
  if (g_strcmp0 (basis, "remote_ok") == 0)
    return g_strdup (_("Open to remote"));
  if (g_strcmp0 (basis, "same_city") == 0)
    return g_strdup (_("Same city"));
  if (g_strcmp0 (basis, "other_city") == 0)
    return g_strdup (_("Another city"));
  if (g_strcmp0 (basis, "within_budget") == 0)
    return g_strdup (_("Within budget"));
  if (g_strcmp0 (basis, "above_budget") == 0)
    return g_strdup (_("Above budget"));
  return g_strdup (_("Not known"));
}

static GtkWidget *
caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

/* The skills of one list as pills, or a line saying there are none. */
static GtkWidget *
skill_pills (JsonObject *reasons,
             const char *member,
             const char *style,
             const char *none)
{
  JsonNode *node = json_object_get_member (reasons, member);
  JsonArray *skills = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  GtkWidget *box;

  if (skills == NULL || json_array_get_length (skills) == 0)
    return caption (none);

  box = pathway_wrap_box_new (6, 6);
  gtk_widget_set_hexpand (box, TRUE);
  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      JsonNode *element = json_array_get_element (skills, i);
      GtkWidget *pill;

      if (json_node_get_value_type (element) != G_TYPE_STRING)
        continue;
      pill = gtk_label_new (json_node_get_string (element));
      gtk_widget_add_css_class (pill, "skill-pill");
      gtk_widget_add_css_class (pill, style);
      pathway_wrap_box_append (PATHWAY_WRAP_BOX (box), pill);
    }

  return box;
}

static void
add_skills (GtkWidget  *self,
            JsonObject *reasons)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_attach (GTK_GRID (grid), caption (_("Has")), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), skill_pills (reasons, "skills_matched", "success",
                                                 _("None of the job’s skills")), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), caption (_("Missing")), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), skill_pills (reasons, "skills_missing", "warning", _("Nothing")), 1, 1, 1, 1);
  gtk_widget_set_parent (grid, self);
}

/* One line per part of the score: name, a bar for its score, its share of the total, basis. */
static void
add_component (GtkGrid    *grid,
               int         row,
               const char *component,
               JsonObject *details,
               JsonObject *reasons)
{
  g_autofree char *basis = pathway_match_reasons_describe_basis (component,
                                                                 json_object_get_string_member_with_default (details, "basis", NULL),
                                                                 reasons);
  g_autofree char *figures = NULL;
  double score = 0, weight = 0;
  GtkWidget *name = gtk_label_new (component_title (component));
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  GtkWidget *numbers, *words;

  get_double (details, "score", &score);
  get_double (details, "weight", &weight);
  /* Translators: a part of the match score: its own score from 0 to 1, times its weight, “0.67 × 50 %” */
  figures = g_strdup_printf (_("%.2f × %.0f %%"), score, weight * 100);
  numbers = gtk_label_new (figures);
  words = gtk_label_new (basis);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (score, 0, 1));
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  component_title (component), -1);
  gtk_label_set_xalign (GTK_LABEL (numbers), 1);
  gtk_widget_add_css_class (numbers, "numeric");
  gtk_widget_add_css_class (numbers, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (words), 0);
  gtk_label_set_wrap (GTK_LABEL (words), TRUE);
  gtk_widget_set_hexpand (words, TRUE);

  gtk_grid_attach (grid, name, 0, row, 1, 1);
  gtk_grid_attach (grid, bar, 1, row, 1, 1);
  gtk_grid_attach (grid, numbers, 2, row, 1, 1);
  gtk_grid_attach (grid, words, 3, row, 1, 1);
}

static void
add_components (GtkWidget  *self,
                JsonObject *reasons)
{
  JsonNode *node = json_object_get_member (reasons, "components");
  JsonObject *components = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  GtkWidget *grid = gtk_grid_new ();
  int row = 0;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  for (guint i = 0; components != NULL && pathway_match_component_nicks[i] != NULL; i++)
    {
      JsonNode *details = json_object_get_member (components, pathway_match_component_nicks[i]);

      if (details != NULL && JSON_NODE_HOLDS_OBJECT (details))
        add_component (GTK_GRID (grid), row++, pathway_match_component_nicks[i], json_node_get_object (details),
                       reasons);
    }

  gtk_widget_set_parent (heading (_("Score")), self);
  gtk_widget_set_parent (grid, self);
}

static void
add_similarity (GtkWidget  *self,
                JsonObject *reasons)
{
  const char *embedder = json_object_get_string_member_with_default (reasons, "embedder", NULL);
  g_autofree char *text = NULL;
  double similarity;

  gboolean local = g_strcmp0 (embedder, PATHWAY_MATCH_LOCAL_EMBEDDER) == 0;
  gboolean measured = get_double (reasons, "similarity", &similarity);

  if (local && measured)
    text = g_strdup_printf (_("Profile and job texts compared by Pathway’s own embedding: cosine similarity %.2f."),
                            similarity);
  else if (embedder != NULL && measured)
    /* Translators: %s names the embeddings service's model and host, such as “nomic-embed-text (localhost)” */
    text = g_strdup_printf (_("Profile and job texts compared by the embedding model %s: cosine similarity %.2f."),
                            embedder, similarity);
  else if (embedder != NULL)
    text = g_strdup (_("This candidate has no profile text to compare with the job’s, so that part counts as half."));
  else
    text = g_strdup (_("No embedder could compare the texts, so the profile part counts as half for everyone."));

  gtk_widget_set_parent (caption (text), self);
}

GtkWidget *
pathway_match_reasons_new (JsonNode *reasons)
{
  GtkWidget *self = g_object_new (PATHWAY_TYPE_MATCH_REASONS, NULL);
  JsonObject *object = reasons != NULL && JSON_NODE_HOLDS_OBJECT (reasons) ? json_node_get_object (reasons) : NULL;

  if (object == NULL || !json_object_has_member (object, "components"))
    {
      gtk_widget_set_parent (caption (_("No reasons were kept for this match. Find matches again to see them.")),
                             self);
      return self;
    }

  gtk_widget_set_parent (heading (_("Skills")), self);
  add_skills (self, object);
  add_components (self, object);
  add_similarity (self, object);
  return self;
}

static void
pathway_match_reasons_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pathway_match_reasons_parent_class)->dispose (object);
}

static void
pathway_match_reasons_class_init (PathwayMatchReasonsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_match_reasons_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "matchreasons");
}

static void
pathway_match_reasons_init (PathwayMatchReasons *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 10);
}
