/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-match-row"

#include "config.h"

#include "pathway-match-row.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pathway-match-reasons.h"
#include "pathway-shortlist-column.h"

struct _PathwayMatchRow
{
  GtkListBoxRow      parent_instance;

  GtkLabel          *rank_label;
  GtkButton         *name_button;
  GtkLabel          *name_label;
  GtkLabel          *headline_label;
  GtkLabel          *score_label;
  GtkLevelBar       *score_bar;
  GtkStack          *shortlist_stack;
  GtkButton         *shortlist_button;
  GtkBox            *shortlisted_box;
  GtkImage          *shortlisted_image;
  GtkLabel          *shortlisted_label;
  GtkImage          *expander_image;
  GtkRevealer       *reasons_revealer;

  PathwayNamedMatch *match;
};

G_DEFINE_FINAL_TYPE (PathwayMatchRow, pathway_match_row, GTK_TYPE_LIST_BOX_ROW)

const PathwayNamedMatch *
pathway_match_row_get_match (PathwayMatchRow *self)
{
  g_return_val_if_fail (PATHWAY_IS_MATCH_ROW (self), NULL);

  return self->match;
}

/* Shows whether the candidate is on the shortlist, and at which step; shortlist_id 0: not on it. */
void
pathway_match_row_set_shortlist (PathwayMatchRow *self,
                                 gint64           shortlist_id,
                                 int              status)
{
  gboolean rejected = shortlist_id != 0 && status == PATHWAY_SHORTLIST_REJECTED;

  g_return_if_fail (PATHWAY_IS_MATCH_ROW (self));

  self->match->shortlist_id = shortlist_id;
  self->match->shortlist_status = shortlist_id != 0 ? status : PATHWAY_UNSET;
  if (shortlist_id != 0)
    gtk_label_set_label (self->shortlisted_label,
                         pathway_shortlist_status_title (status >= 0 ? status : PATHWAY_SHORTLIST_SHORTLISTED));

  /* On the board, in green; rejected, in grey and without the tick. */
  gtk_widget_set_visible (GTK_WIDGET (self->shortlisted_image), !rejected);
  if (rejected)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->shortlisted_box), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->shortlisted_box), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->shortlisted_box), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->shortlisted_box), "success");
    }
  gtk_stack_set_visible_child_name (self->shortlist_stack, shortlist_id != 0 ? "done" : "add");
}

gboolean
pathway_match_row_get_expanded (PathwayMatchRow *self)
{
  g_return_val_if_fail (PATHWAY_IS_MATCH_ROW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->reasons_revealer);
}

/* The reasons are built the first time they are shown: most rows are never expanded. */
void
pathway_match_row_set_expanded (PathwayMatchRow *self,
                                gboolean         expanded)
{
  g_return_if_fail (PATHWAY_IS_MATCH_ROW (self));

  if (expanded && gtk_revealer_get_child (self->reasons_revealer) == NULL)
    {
      GtkWidget *reasons = pathway_match_reasons_new (self->match->match_reasons);

      gtk_widget_add_css_class (reasons, "match-reasons");
      gtk_revealer_set_child (self->reasons_revealer, reasons);
    }

  gtk_revealer_set_reveal_child (self->reasons_revealer, expanded);
  gtk_image_set_from_icon_name (self->expander_image, expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
}

static void
fill (PathwayMatchRow *self,
      guint            rank)
{
  const PathwayNamedMatch *match = self->match;
  double score = isfinite (match->match_score) ? CLAMP (match->match_score, 0, 100) : 0;
  g_autofree char *rank_text = g_strdup_printf ("%u", rank);
  g_autofree char *score_text = g_strdup_printf ("%.0f", score);
  /* Translators: a row's accessible name: rank, name, score, “3. Ana Lima, score 87” */
  g_autofree char *accessible = g_strdup_printf (_("%u. %s, score %.0f"), rank, match->name, score);
  /* Translators: %s is a candidate's name */
  g_autofree char *shortlist_label = g_strdup_printf (_("Shortlist %s"), match->name);

  gtk_label_set_label (self->rank_label, rank_text);
  gtk_label_set_label (self->name_label, match->name);
  gtk_label_set_label (self->headline_label, match->headline != NULL ? match->headline : "");
  gtk_widget_set_visible (GTK_WIDGET (self->headline_label), match->headline != NULL && *match->headline != '\0');
  gtk_label_set_label (self->score_label, score_text);
  gtk_level_bar_set_value (self->score_bar, score);

  /* Targets first: a name without one would not match the actions' parameter type. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->name_button), "x", match->candidate_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->name_button), "recruiter.show-candidate");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->shortlist_button), "x", match->candidate_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->shortlist_button), "matches.shortlist");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->shortlist_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  shortlist_label, -1);

  /* The shortlist row, not the match's status, decides: it is what the board shows. */
  pathway_match_row_set_shortlist (self, match->shortlist_id, match->shortlist_status);
}

PathwayMatchRow *
pathway_match_row_new (const PathwayNamedMatch *match,
                       guint                    rank)
{
  PathwayMatchRow *self;

  g_return_val_if_fail (match != NULL, NULL);

  self = g_object_new (PATHWAY_TYPE_MATCH_ROW, NULL);
  self->match = pathway_named_match_copy (match);
  fill (self, rank);
  return self;
}

static void
pathway_match_row_dispose (GObject *object)
{
  PathwayMatchRow *self = PATHWAY_MATCH_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PATHWAY_TYPE_MATCH_ROW);
  g_clear_pointer (&self->match, pathway_named_match_free);

  G_OBJECT_CLASS (pathway_match_row_parent_class)->dispose (object);
}

static void
pathway_match_row_class_init (PathwayMatchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pathway_match_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pathway-match-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, rank_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, name_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, headline_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, score_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, score_bar);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, shortlist_stack);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, shortlist_button);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, shortlisted_box);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, shortlisted_image);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, shortlisted_label);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, expander_image);
  gtk_widget_class_bind_template_child (widget_class, PathwayMatchRow, reasons_revealer);
}

static void
pathway_match_row_init (PathwayMatchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE, -1);
}
