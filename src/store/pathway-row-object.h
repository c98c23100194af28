/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pathway-record.h"

G_BEGIN_DECLS

/* One record and the PathwayTable that describes it, as the item of a list model. */

#define PATHWAY_TYPE_ROW_OBJECT (pathway_row_object_get_type ())
G_DECLARE_FINAL_TYPE (PathwayRowObject, pathway_row_object, PATHWAY, ROW_OBJECT, GObject)

PathwayRowObject   *pathway_row_object_new        (const PathwayTable *table,
                                                   gpointer            record);
const PathwayTable *pathway_row_object_get_table  (PathwayRowObject   *self);
gconstpointer       pathway_row_object_get_record (PathwayRowObject   *self);
gint64              pathway_row_object_get_id     (PathwayRowObject   *self);

G_END_DECLS
