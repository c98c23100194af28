/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* A job's shortlist as its board shows it: each candidate with their name and their latest
 * interview for the job, read in one SELECT rather than one per card. A query's rows, read with
 * pathway_row_read(); there is no such table to write to. */
typedef struct {
  gint64     id;              /* shortlists.id */
  gint64     student_id;
  char      *name;            /* never NULL once listed */
  int        match_score;     /* 0 to 100, PATHWAY_UNSET when they were not matched */
  char      *notes;
  int        status;          /* PathwayShortlistStatus */
  GDateTime *interview_time;  /* the latest interview scheduled for this job; NULL for none */
  char      *meeting_link;
  GDateTime *created_at;
} PathwayBoardEntry;

extern const PathwayTable pathway_board_entries_table;
PATHWAY_DEFINE_RECORD (PathwayBoardEntry, pathway_board_entry, pathway_board_entries_table)

GPtrArray *pathway_board_entries_for_job  (PathwayDb           *db,
                                           gint64               job_id,
                                           GError             **error);
gboolean   pathway_board_entries_undo_add (PathwayDb           *db,
                                           gint64               shortlist_id,
                                           PathwayMatchStatus   match_status,
                                           GError             **error);

G_END_DECLS
