/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_INTERVIEW_DIALOG (pathway_interview_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PathwayInterviewDialog, pathway_interview_dialog, PATHWAY, INTERVIEW_DIALOG, AdwWindow)

/* Asks when an interview is and where, then moves the shortlisted candidate to “interview
 * scheduled” (or schedules it again); emits "scheduled" and closes once the store took it, or
 * shows why not in the form. */
PathwayInterviewDialog *pathway_interview_dialog_new           (GtkWindow              *parent,
                                                                PathwayDb              *db,
                                                                gint64                  shortlist_id,
                                                                const char             *candidate_name);
void                    pathway_interview_dialog_set_interview (PathwayInterviewDialog *self,
                                                                GDateTime              *scheduled_time,
                                                                const char             *meeting_link);

G_END_DECLS
