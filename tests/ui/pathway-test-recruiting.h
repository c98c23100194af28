/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"

G_BEGIN_DECLS

/* A recruiter's database for the recruiter views' tests: the local recruiter, a “Data Engineer”
 * job in Berlin asking for Python, SQL, Docker and Airflow, and sixty candidates, five of whom
 * have all four skills and live in Berlin, fifteen half of them, and the rest other skills. */
typedef struct {
  char      *path;
  PathwayDb *db;
  gint64     recruiter_id;
  gint64     job_id;
} PathwayTestRecruiting;

PathwayTestRecruiting *pathway_test_recruiting_new   (const char            *file_name);
void                   pathway_test_recruiting_free  (PathwayTestRecruiting *recruiting);
gint64                 pathway_test_recruiting_count (PathwayTestRecruiting *recruiting,
                                                      const char            *sql,
                                                      gint64                 parameter);
char                  *pathway_test_recruiting_text  (PathwayTestRecruiting *recruiting,
                                                      const char            *sql,
                                                      gint64                 parameter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayTestRecruiting, pathway_test_recruiting_free)

G_END_DECLS
