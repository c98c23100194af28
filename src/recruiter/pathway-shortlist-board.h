/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_SHORTLIST_BOARD (pathway_shortlist_board_get_type ())
G_DECLARE_FINAL_TYPE (PathwayShortlistBoard, pathway_shortlist_board, PATHWAY, SHORTLIST_BOARD, GtkWidget)

/* A job's shortlist as columns, one per step, with the candidates as cards to move on by drag and
 * drop, keys or menu. Emits "changed" when a candidate was moved, noted or removed. */
void        pathway_shortlist_board_set_job     (PathwayShortlistBoard  *self,
                                                 PathwayDb              *db,
                                                 gint64                  recruiter_id,
                                                 gint64                  job_id);
void        pathway_shortlist_board_reload      (PathwayShortlistBoard  *self);
gboolean    pathway_shortlist_board_move_card   (PathwayShortlistBoard  *self,
                                                 gint64                  shortlist_id,
                                                 PathwayShortlistStatus  status);
void        pathway_shortlist_board_export_to   (PathwayShortlistBoard  *self,
                                                 GFile                  *file);
guint       pathway_shortlist_board_get_n_cards (PathwayShortlistBoard  *self,
                                                 PathwayShortlistStatus  status);
GtkWidget  *pathway_shortlist_board_find_card   (PathwayShortlistBoard  *self,
                                                 gint64                  shortlist_id);

G_END_DECLS
