/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-maintenance.h"

G_BEGIN_DECLS

#define PATHWAY_DEMO_DATA_ERROR (pathway_demo_data_error_quark ())

typedef enum {
  PATHWAY_DEMO_DATA_ERROR_INVALID,   /* the options ask for something that cannot be made */
  PATHWAY_DEMO_DATA_ERROR_NOT_EMPTY, /* the database already holds people */
} PathwayDemoDataError;

/* The most of each kind one run makes; a million students is about 6 GB of vectors alone. */
#define PATHWAY_DEMO_MAX_COUNT 1000000
#define PATHWAY_DEMO_DEFAULT_SEED 1

typedef struct {
  guint   students;
  guint   recruiters;
  guint   jobs;
  guint32 seed;
} PathwayDemoOptions;

GQuark   pathway_demo_data_error_quark (void);

gboolean pathway_demo_options_check    (const PathwayDemoOptions  *options,
                                        GError                   **error);
gint64   pathway_demo_data_count_users (PathwayDb                 *db,
                                        GError                   **error);
gboolean pathway_demo_data_check_empty (PathwayDb                 *db,
                                        GError                   **error);
gboolean pathway_demo_data_generate    (PathwayDb                 *db,
                                        const PathwayDemoOptions  *options,
                                        PathwayProgressFunc        progress,
                                        gpointer                   progress_data,
                                        GError                   **error);

G_END_DECLS
