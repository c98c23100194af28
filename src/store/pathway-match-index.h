/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-matching.h"

G_BEGIN_DECLS

/* Every candidate in memory, laid out for exact scoring of all of them in one pass: the unit
 * vectors in one contiguous float32 array (3 KB a candidate, 293 MiB for 100,000) with an int8
 * copy for bounding (73 MiB more), and beside them each candidate's skills as sorted integer ids
 * (every skill key interned once), place, remote flag and expected salary. Loaded once, in about
 * a second for 100,000, and shared read-only by any number of threads.
 *
 * Embedding space: vectors compare only with vectors from the same embedder. On load the index
 * re-embeds a few candidates' texts (pathway_match_candidate_text()) with the local embedding:
 * when they agree with the stored vectors the index is in the local space, and a job embedded
 * with pathway_embedding_embed() may be compared with it. */

typedef struct _PathwayMatchIndex PathwayMatchIndex;

typedef struct {
  gint64 candidate_id;                          /* users.id */
  guint  row;                                   /* position in the index */
  double total;
  double scores[PATHWAY_MATCH_N_COMPONENTS];
  double similarity;                            /* the cosine; NAN when not measured */
} PathwayMatchResult;

/* One candidate as pathway_match_score() and pathway_match_explain() take it, borrowing the
 * index's vector and keys: free it before the index. */
typedef struct {
  PathwayMatchCandidate   candidate;
  const char            **skill_keys;
  PathwayVector           vector;
} PathwayMatchIndexEntry;

PathwayMatchIndex      *pathway_match_index_load          (PathwayDb                *db,
                                                           GCancellable             *cancellable,
                                                           GError                  **error);
void                    pathway_match_index_load_async    (PathwayDb                *db,
                                                           GCancellable             *cancellable,
                                                           GAsyncReadyCallback       callback,
                                                           gpointer                  user_data);
PathwayMatchIndex      *pathway_match_index_load_finish   (GAsyncResult             *result,
                                                           GError                  **error);
char                   *pathway_match_index_dup_signature (PathwayDb                *db,
                                                           GError                  **error);
void                    pathway_match_index_map_file      (PathwayDb                *db);

PathwayMatchIndex      *pathway_match_index_ref           (PathwayMatchIndex        *index);
void                    pathway_match_index_unref         (PathwayMatchIndex        *index);

guint                   pathway_match_index_get_size      (PathwayMatchIndex        *index);
guint                   pathway_match_index_get_n_dims    (PathwayMatchIndex        *index);
const float            *pathway_match_index_get_vectors   (PathwayMatchIndex        *index);
const char             *pathway_match_index_get_signature (PathwayMatchIndex        *index);
gboolean                pathway_match_index_is_local_space (PathwayMatchIndex       *index);
guint                   pathway_match_index_get_n_skipped (PathwayMatchIndex        *index);
gboolean                pathway_match_index_lookup        (PathwayMatchIndex        *index,
                                                           gint64                    candidate_id,
                                                           guint                    *row);
PathwayMatchIndexEntry *pathway_match_index_get_entry     (PathwayMatchIndex        *index,
                                                           guint                     row);
void                    pathway_match_index_entry_free    (PathwayMatchIndexEntry   *entry);

GPtrArray              *pathway_match_index_top           (PathwayMatchIndex        *index,
                                                           const PathwayMatchJob    *job,
                                                           const PathwayMatchWeights *weights,
                                                           guint                     k);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayMatchIndex, pathway_match_index_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayMatchIndexEntry, pathway_match_index_entry_free)

G_END_DECLS
