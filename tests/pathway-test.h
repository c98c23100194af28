/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pathway-db.h"

G_BEGIN_DECLS

/* Each test runs with G_TEST_OPTION_ISOLATE_DIRS: its XDG folders are fresh and removed after it,
 * so a database under g_get_user_data_dir() belongs to that test alone. */

char      *pathway_test_path       (const char *name);
void       pathway_test_use_curriculum (void);
PathwayDb *pathway_test_open_db    (void);
PathwayDb *pathway_test_open_db_at (const char *path);
GBytes    *pathway_test_read_file  (const char *path);
void       pathway_test_exec_raw   (const char *path,
                                    const char *sql);
gint64     pathway_test_count      (PathwayDb  *db,
                                    const char *sql,
                                    gint64      parameter);
int        pathway_test_run_cli    (char      **out,
                                    char      **err,
                                    const char *first,
                                    ...) G_GNUC_NULL_TERMINATED;

/* What a database holds, made as the app would; each helper asserts that what it writes is written. */

gint64     pathway_test_add_passing_student (PathwayDb *db);

gint64     pathway_test_add_recruiter (PathwayDb  *db);
gint64     pathway_test_add_job       (PathwayDb  *db,
                                       gint64      recruiter_id,
                                       const char *title,
                                       const char *description);
gint64     pathway_test_add_candidate (PathwayDb  *db,
                                       gint64      recruiter_id,
                                       const char *name,
                                       const char *email,
                                       const char *headline);
void       pathway_test_add_match     (PathwayDb  *db,
                                       gint64      recruiter_id,
                                       gint64      job_id,
                                       gint64      candidate_id,
                                       double      score,
                                       const char *reasons);

/* The fixture of the recruiter's store tests: a fresh database with the local recruiter in it. */
typedef struct {
  PathwayDb *db;
  gint64     recruiter_id;
} PathwayTestRecruiterDb;

void       pathway_test_recruiter_db_set_up    (PathwayTestRecruiterDb *fixture,
                                                gconstpointer           data);
void       pathway_test_recruiter_db_tear_down (PathwayTestRecruiterDb *fixture,
                                                gconstpointer           data);

G_END_DECLS
