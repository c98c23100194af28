/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-schedule-day"

#include "config.h"

#include "pathway-schedule-day.h"

struct _PathwayScheduleDay
{
  GObject     parent_instance;

  JsonObject *day;
  GHashTable *watched;   /* the schedule's watched video ids, shared by all its days */
};

G_DEFINE_FINAL_TYPE (PathwayScheduleDay, pathway_schedule_day, G_TYPE_OBJECT)

PathwayScheduleDay *
pathway_schedule_day_new (JsonObject *day,
                          GHashTable *watched)
{
  PathwayScheduleDay *self;

  g_return_val_if_fail (day != NULL, NULL);
  g_return_val_if_fail (watched != NULL, NULL);

  self = g_object_new (PATHWAY_TYPE_SCHEDULE_DAY, NULL);
  self->day = json_object_ref (day);
  self->watched = g_hash_table_ref (watched);
  return self;
}

JsonObject *
pathway_schedule_day_get_object (PathwayScheduleDay *self)
{
  g_return_val_if_fail (PATHWAY_IS_SCHEDULE_DAY (self), NULL);

  return self->day;
}

GHashTable *
pathway_schedule_day_get_watched (PathwayScheduleDay *self)
{
  g_return_val_if_fail (PATHWAY_IS_SCHEDULE_DAY (self), NULL);

  return self->watched;
}

static void
pathway_schedule_day_finalize (GObject *object)
{
  PathwayScheduleDay *self = PATHWAY_SCHEDULE_DAY (object);

  g_clear_pointer (&self->day, json_object_unref);
  g_clear_pointer (&self->watched, g_hash_table_unref);

  G_OBJECT_CLASS (pathway_schedule_day_parent_class)->finalize (object);
}

static void
pathway_schedule_day_class_init (PathwayScheduleDayClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pathway_schedule_day_finalize;
}

static void
pathway_schedule_day_init (PathwayScheduleDay *self)
{
}
