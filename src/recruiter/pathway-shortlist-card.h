/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-board-entries.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_SHORTLIST_CARD (pathway_shortlist_card_get_type ())
G_DECLARE_FINAL_TYPE (PathwayShortlistCard, pathway_shortlist_card, PATHWAY, SHORTLIST_CARD, GtkListBoxRow)

/* One candidate on a job's shortlist board. It asks the board for what it cannot do alone through
 * the board's actions: board.move (x shortlist id, i status), board.step (x, i ±1) and
 * board.edit-notes (x). While it is dragged it emits "drag-started" and then "drag-finished". */
PathwayShortlistCard    *pathway_shortlist_card_new       (const PathwayBoardEntry *entry);
gint64                   pathway_shortlist_card_get_id    (PathwayShortlistCard    *self);
const PathwayBoardEntry *pathway_shortlist_card_get_entry (PathwayShortlistCard    *self);

G_END_DECLS
