/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-records.h"
#include "pathway-shortlist-card.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_SHORTLIST_COLUMN (pathway_shortlist_column_get_type ())
G_DECLARE_FINAL_TYPE (PathwayShortlistColumn, pathway_shortlist_column, PATHWAY, SHORTLIST_COLUMN, GtkWidget)

/* Whether a card being dragged may be dropped on a column. */
typedef enum {
  PATHWAY_DROP_NONE,     /* no drag, or the card's own column */
  PATHWAY_DROP_ALLOWED,
  PATHWAY_DROP_REFUSED,
} PathwayDropState;

/* One step of a job's shortlist: its cards, and a drop target for cards from other columns; a
 * drop emits "card-dropped" (gint64 shortlist id), whose handler returns whether it was taken. */
PathwayShortlistColumn *pathway_shortlist_column_new            (PathwayShortlistStatus  status);
PathwayShortlistStatus  pathway_shortlist_column_get_status     (PathwayShortlistColumn *self);
void                    pathway_shortlist_column_add_card       (PathwayShortlistColumn *self,
                                                                 PathwayShortlistCard   *card);
void                    pathway_shortlist_column_clear          (PathwayShortlistColumn *self);
guint                   pathway_shortlist_column_get_n_cards    (PathwayShortlistColumn *self);
PathwayShortlistCard   *pathway_shortlist_column_find_card      (PathwayShortlistColumn *self,
                                                                 gint64                  shortlist_id);
void                    pathway_shortlist_column_set_drop_state (PathwayShortlistColumn *self,
                                                                 PathwayDropState        state);
const char             *pathway_shortlist_status_title          (PathwayShortlistStatus  status);

G_END_DECLS
