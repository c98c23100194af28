/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATHWAY_TYPE_WELCOME_PAGE (pathway_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (PathwayWelcomePage, pathway_welcome_page, PATHWAY, WELCOME_PAGE, GtkWidget)

G_END_DECLS
