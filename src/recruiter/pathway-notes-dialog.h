/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_NOTES_DIALOG (pathway_notes_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PathwayNotesDialog, pathway_notes_dialog, PATHWAY, NOTES_DIALOG, AdwWindow)

/* The recruiter's notes on a shortlisted candidate: saves them with pathway_shortlists_set_notes(),
 * emits "saved" and closes, or shows why not in the form. */
PathwayNotesDialog *pathway_notes_dialog_new      (GtkWindow          *parent,
                                                   PathwayDb          *db,
                                                   gint64              shortlist_id,
                                                   const char         *candidate_name,
                                                   const char         *notes);
void                pathway_notes_dialog_set_text (PathwayNotesDialog *self,
                                                   const char         *text);

G_END_DECLS
