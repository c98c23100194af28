/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-application.h"
#include "pathway-candidates-page.h"

G_BEGIN_DECLS

/* A stand-in for PathwayRecruiterView in the recruiter's UI tests: it holds a candidates page,
 * installs the recruiter.* actions the page and its windows ask for, and records them. */

#define PATHWAY_TYPE_TEST_RECRUITER (pathway_test_recruiter_get_type ())
G_DECLARE_FINAL_TYPE (PathwayTestRecruiter, pathway_test_recruiter, PATHWAY, TEST_RECRUITER, GtkWidget)

GtkWindow             *pathway_test_recruiter_open        (PathwayApplication   *app,
                                                           PathwayTestRecruiter **recruiter);
PathwayCandidatesPage *pathway_test_recruiter_get_page    (PathwayTestRecruiter *self);
gint64                 pathway_test_recruiter_get_shown   (PathwayTestRecruiter *self);
guint                  pathway_test_recruiter_get_changes (PathwayTestRecruiter *self);

/* Finding what a person would see. */
GtkWidget             *pathway_test_recruiter_find_named  (GtkWidget            *root,
                                                           const char           *name);
gboolean               pathway_test_recruiter_shows_text  (GtkWidget            *root,
                                                           const char           *text);
gboolean               pathway_test_recruiter_shows_error (GtkWidget            *root);
GtkEditable           *pathway_test_recruiter_find_entry  (GtkWidget            *root,
                                                           const char           *title);
void                   pathway_test_recruiter_type        (GtkWidget            *root,
                                                           const char           *title,
                                                           const char           *text);

G_END_DECLS
