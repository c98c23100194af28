/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-row-object"

#include "config.h"

#include "pathway-row-object.h"

struct _PathwayRowObject
{
  GObject             parent_instance;

  const PathwayTable *table;
  gpointer            record;
};

G_DEFINE_FINAL_TYPE (PathwayRowObject, pathway_row_object, G_TYPE_OBJECT)

static void
pathway_row_object_finalize (GObject *object)
{
  PathwayRowObject *self = (PathwayRowObject *) object;

  g_clear_pointer (&self->record, self->table->free_func);

  G_OBJECT_CLASS (pathway_row_object_parent_class)->finalize (object);
}

static void
pathway_row_object_class_init (PathwayRowObjectClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pathway_row_object_finalize;
}

static void
pathway_row_object_init (PathwayRowObject *self)
{
}

/* Takes record, a record of table; table must outlive the object (descriptors are static). */
PathwayRowObject *
pathway_row_object_new (const PathwayTable *table,
                        gpointer            record)
{
  PathwayRowObject *self;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (PATHWAY_TYPE_ROW_OBJECT, NULL);
  self->table = table;
  self->record = record;
  return self;
}

const PathwayTable *
pathway_row_object_get_table (PathwayRowObject *self)
{
  g_return_val_if_fail (PATHWAY_IS_ROW_OBJECT (self), NULL);

  return self->table;
}

/* The record, owned by the item: a PathwayJobSummary, a PathwayCandidateSummary, … as the table says. */
gconstpointer
pathway_row_object_get_record (PathwayRowObject *self)
{
  g_return_val_if_fail (PATHWAY_IS_ROW_OBJECT (self), NULL);

  return self->record;
}

/* The record's id, its first column. */
gint64
pathway_row_object_get_id (PathwayRowObject *self)
{
  g_return_val_if_fail (PATHWAY_IS_ROW_OBJECT (self), 0);

  return *PATHWAY_RECORD_FIELD (self->record, &self->table->columns[0], gint64);
}
