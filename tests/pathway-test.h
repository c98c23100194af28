/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pathway-db.h"

G_BEGIN_DECLS

/* Each test runs with G_TEST_OPTION_ISOLATE_DIRS: its XDG folders are fresh and removed after it,
 * so a database under g_get_user_data_dir() belongs to that test alone. */

char      *pathway_test_path       (const char *name);
PathwayDb *pathway_test_open_db    (void);
GBytes    *pathway_test_read_file  (const char *path);
void       pathway_test_exec_raw   (const char *path,
                                    const char *sql);
gint64     pathway_test_count      (PathwayDb  *db,
                                    const char *sql,
                                    gint64      parameter);

G_END_DECLS
