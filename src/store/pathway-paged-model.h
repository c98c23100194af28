/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pathway-candidates.h"
#include "pathway-db.h"
#include "pathway-jobs.h"

G_BEGIN_DECLS

/* A GListModel of PathwayRowObject that pages rows out of SQLite as they are asked for: a COUNT
 * gives n_items, pages of PATHWAY_PAGED_MODEL_PAGE_SIZE rows are read by keyset from the page
 * before when it is at hand, else by offset, and at most PATHWAY_PAGED_MODEL_MAX_PAGES stay cached
 * (least recently used go first), so memory stays the same however far the list is scrolled. */

#define PATHWAY_PAGED_MODEL_PAGE_SIZE 200
#define PATHWAY_PAGED_MODEL_MAX_PAGES 8

/* What a model lists: the jobs list or the candidates list, with its filters and order. */
typedef struct _PathwayListQuery PathwayListQuery;

PathwayListQuery  *pathway_list_query_new_jobs       (const PathwayJobQuery       *query);
PathwayListQuery  *pathway_list_query_new_candidates (const PathwayCandidateQuery *query);
void               pathway_list_query_free           (PathwayListQuery            *query);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayListQuery, pathway_list_query_free)

#define PATHWAY_TYPE_PAGED_MODEL (pathway_paged_model_get_type ())
G_DECLARE_FINAL_TYPE (PathwayPagedModel, pathway_paged_model, PATHWAY, PAGED_MODEL, GObject)

PathwayPagedModel *pathway_paged_model_new                (PathwayDb          *db,
                                                           PathwayListQuery   *query,
                                                           GError            **error);
PathwayDb         *pathway_paged_model_get_db             (PathwayPagedModel  *self);
gboolean           pathway_paged_model_set_query          (PathwayPagedModel  *self,
                                                           PathwayListQuery   *query,
                                                           GError            **error);
gboolean           pathway_paged_model_refresh            (PathwayPagedModel  *self,
                                                           GError            **error);
guint              pathway_paged_model_get_n_cached_pages (PathwayPagedModel  *self);
void               pathway_paged_model_get_fetch_counts   (PathwayPagedModel  *self,
                                                           guint              *by_keyset,
                                                           guint              *by_offset);

G_END_DECLS
