/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-match-index.h"

G_BEGIN_DECLS

/* The index is loaded in pathway-match-index.c, read in pathway-match-index-read.c and scanned
 * in pathway-match-index-top.c. */
struct _PathwayMatchIndex {
  gatomicrefcount  ref_count;
  guint            n;
  guint            n_dims;
  guint            n_skipped;     /* rows whose vector has another size */
  float           *vectors;       /* n × n_dims, unit length or zero */
  gint8           *quantised;     /* n × n_dims: each vector × 127 / its largest magnitude, rounded */
  float           *scales;        /* per row: a value is about quantised × scale */
  guint32         *l1;            /* per row: the sum of the magnitudes of its quantised values */
  guint8          *has_vector;
  gint64          *ids;
  guint32         *skill_starts;  /* n + 1 offsets into skill_ids */
  GArray          *skill_ids;     /* guint32, sorted within each candidate */
  guint32         *location_ids;  /* 0: not known */
  gint8           *remote_ok;     /* TRUE, FALSE, PATHWAY_MATCH_UNKNOWN */
  gint32          *salaries;      /* PATHWAY_MATCH_UNKNOWN when not known */
  gint64          *sorted_ids;    /* (id, row) pairs by id, for lookups */
  GPtrArray       *skill_keys;    /* id → key */
  GHashTable      *skill_by_key;  /* key → id + 1 */
  GPtrArray       *location_keys; /* id → key; 0 is NULL */
  gboolean         local_space;
  char            *signature;
};

void _pathway_match_index_sort_ids (PathwayMatchIndex *index);
void _pathway_match_index_quantise (PathwayMatchIndex *index,
                                    guint              row);

G_END_DECLS
