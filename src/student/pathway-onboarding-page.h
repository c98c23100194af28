/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_ONBOARDING_PAGE (pathway_onboarding_page_get_type ())
G_DECLARE_FINAL_TYPE (PathwayOnboardingPage, pathway_onboarding_page, PATHWAY, ONBOARDING_PAGE, GtkWidget)

void pathway_onboarding_page_start (PathwayOnboardingPage *self,
                                    PathwayDb             *db,
                                    gint64                 user_id,
                                    gboolean               can_cancel);

G_END_DECLS
