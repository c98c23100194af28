/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_JOB_EDITOR (pathway_job_editor_get_type ())
G_DECLARE_FINAL_TYPE (PathwayJobEditor, pathway_job_editor, PATHWAY, JOB_EDITOR, AdwWindow)

/* A modal form for a new job (job_id 0) or an existing one; emits "saved" (gint64 job_id) once
 * the job is written, then closes itself. */
PathwayJobEditor *pathway_job_editor_new (GtkWindow *parent,
                                          PathwayDb *db,
                                          gint64     recruiter_id,
                                          gint64     job_id);

G_END_DECLS
