/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_PREFERENCES_WINDOW (pathway_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (PathwayPreferencesWindow, pathway_preferences_window, PATHWAY, PREFERENCES_WINDOW, AdwPreferencesWindow)

PathwayPreferencesWindow *pathway_preferences_window_new (GSettings  *settings,
                                                          PathwayDb  *db,
                                                          const char *database_path);

G_END_DECLS
