/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_APPLICATION (pathway_application_get_type ())
G_DECLARE_FINAL_TYPE (PathwayApplication, pathway_application, PATHWAY, APPLICATION, AdwApplication)

PathwayApplication *pathway_application_new               (void);
PathwayDb          *pathway_application_get_db            (PathwayApplication *self);
const char         *pathway_application_get_database_path (PathwayApplication *self);
GSettings          *pathway_application_get_settings      (PathwayApplication *self);
void                pathway_application_open_database     (PathwayApplication *self);

G_END_DECLS
