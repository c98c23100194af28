/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define PATHWAY_TYPE_SCHEDULE_DAY (pathway_schedule_day_get_type ())
G_DECLARE_FINAL_TYPE (PathwayScheduleDay, pathway_schedule_day, PATHWAY, SCHEDULE_DAY, GObject)

/* One study day of a video schedule, as an item of the Videos view's list. */
PathwayScheduleDay *pathway_schedule_day_new        (JsonObject         *day,
                                                     GHashTable         *watched);
JsonObject         *pathway_schedule_day_get_object (PathwayScheduleDay *self);
GHashTable         *pathway_schedule_day_get_watched (PathwayScheduleDay *self);

G_END_DECLS
