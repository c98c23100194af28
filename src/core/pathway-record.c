/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-record"

#include "config.h"

#include <math.h>

#include "pathway-record.h"
#include "pathway-time.h"
#include "pathway-vector.h"

gpointer
pathway_record_new (const PathwayTable *table)
{
  gpointer record;

  g_return_val_if_fail (table != NULL, NULL);

  record = g_malloc0 (table->size);
  for (guint i = 0; i < table->n_columns; i++)
    {
      const PathwayColumn *column = &table->columns[i];

      switch (column->type)
        {
        case PATHWAY_COLUMN_INT:
        case PATHWAY_COLUMN_BOOLEAN:
        case PATHWAY_COLUMN_ENUM:
          *PATHWAY_RECORD_FIELD (record, column, int) = PATHWAY_UNSET;
          break;
        case PATHWAY_COLUMN_REAL:
          *PATHWAY_RECORD_FIELD (record, column, double) = NAN;
          break;
        case PATHWAY_COLUMN_ID:
        case PATHWAY_COLUMN_TEXT:
        case PATHWAY_COLUMN_TIMESTAMP:
        case PATHWAY_COLUMN_JSON:
        case PATHWAY_COLUMN_VECTOR:
        default:
          break;
        }
    }

  return record;
}

static void
clear_field (const PathwayColumn *column,
             gpointer             record)
{
  switch (column->type)
    {
    case PATHWAY_COLUMN_TEXT:
      g_clear_pointer (PATHWAY_RECORD_FIELD (record, column, char *), g_free);
      break;
    case PATHWAY_COLUMN_TIMESTAMP:
      g_clear_pointer (PATHWAY_RECORD_FIELD (record, column, GDateTime *), g_date_time_unref);
      break;
    case PATHWAY_COLUMN_JSON:
      g_clear_pointer (PATHWAY_RECORD_FIELD (record, column, JsonNode *), json_node_unref);
      break;
    case PATHWAY_COLUMN_VECTOR:
      g_clear_pointer (PATHWAY_RECORD_FIELD (record, column, PathwayVector *), pathway_vector_free);
      break;
    case PATHWAY_COLUMN_ID:
      *PATHWAY_RECORD_FIELD (record, column, gint64) = 0;
      break;
    case PATHWAY_COLUMN_INT:
    case PATHWAY_COLUMN_BOOLEAN:
    case PATHWAY_COLUMN_ENUM:
      *PATHWAY_RECORD_FIELD (record, column, int) = PATHWAY_UNSET;
      break;
    case PATHWAY_COLUMN_REAL:
      *PATHWAY_RECORD_FIELD (record, column, double) = NAN;
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Frees what the fields own and leaves every field unset. */
void
pathway_record_clear (const PathwayTable *table,
                      gpointer            record)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (record != NULL);

  for (guint i = 0; i < table->n_columns; i++)
    clear_field (&table->columns[i], record);
}

void
pathway_record_free (const PathwayTable *table,
                     gpointer            record)
{
  g_return_if_fail (table != NULL);

  if (record == NULL)
    return;

  pathway_record_clear (table, record);
  g_free (record);
}

gpointer
pathway_record_copy (const PathwayTable *table,
                     gconstpointer       record)
{
  gpointer copy;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, table->size);
  for (guint i = 0; i < table->n_columns; i++)
    {
      const PathwayColumn *column = &table->columns[i];

      switch (column->type)
        {
        case PATHWAY_COLUMN_TEXT:
          {
            char **field = PATHWAY_RECORD_FIELD (copy, column, char *);
            *field = g_strdup (*field);
          }
          break;
        case PATHWAY_COLUMN_TIMESTAMP:
          {
            GDateTime **field = PATHWAY_RECORD_FIELD (copy, column, GDateTime *);
            if (*field != NULL)
              g_date_time_ref (*field);
          }
          break;
        case PATHWAY_COLUMN_JSON:
          {
            JsonNode **field = PATHWAY_RECORD_FIELD (copy, column, JsonNode *);
            if (*field != NULL)
              *field = json_node_copy (*field);
          }
          break;
        case PATHWAY_COLUMN_VECTOR:
          {
            PathwayVector **field = PATHWAY_RECORD_FIELD (copy, column, PathwayVector *);
            if (*field != NULL)
              *field = pathway_vector_copy (*field);
          }
          break;
        case PATHWAY_COLUMN_ID:
        case PATHWAY_COLUMN_INT:
        case PATHWAY_COLUMN_BOOLEAN:
        case PATHWAY_COLUMN_ENUM:
        case PATHWAY_COLUMN_REAL:
        default:
          break;
        }
    }

  return copy;
}

gboolean
pathway_record_is_set (const PathwayColumn *column,
                       gconstpointer        record)
{
  g_return_val_if_fail (column != NULL, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  switch (column->type)
    {
    case PATHWAY_COLUMN_ID:
      return *PATHWAY_RECORD_FIELD (record, column, const gint64) != 0;
    case PATHWAY_COLUMN_INT:
    case PATHWAY_COLUMN_BOOLEAN:
    case PATHWAY_COLUMN_ENUM:
      return *PATHWAY_RECORD_FIELD (record, column, const int) != PATHWAY_UNSET;
    case PATHWAY_COLUMN_REAL:
      return !isnan (*PATHWAY_RECORD_FIELD (record, column, const double));
    case PATHWAY_COLUMN_TEXT:
    case PATHWAY_COLUMN_TIMESTAMP:
    case PATHWAY_COLUMN_JSON:
    case PATHWAY_COLUMN_VECTOR:
      return *PATHWAY_RECORD_FIELD (record, column, gconstpointer const) != NULL;
    default:
      g_assert_not_reached ();
    }
}

gboolean
pathway_record_column_equal (const PathwayColumn *column,
                             gconstpointer        a,
                             gconstpointer        b)
{
  gboolean a_set = pathway_record_is_set (column, a);
  gboolean b_set = pathway_record_is_set (column, b);

  if (!a_set || !b_set)
    return a_set == b_set;

  switch (column->type)
    {
    case PATHWAY_COLUMN_ID:
      return *PATHWAY_RECORD_FIELD (a, column, const gint64) == *PATHWAY_RECORD_FIELD (b, column, const gint64);
    case PATHWAY_COLUMN_INT:
    case PATHWAY_COLUMN_BOOLEAN:
    case PATHWAY_COLUMN_ENUM:
      return *PATHWAY_RECORD_FIELD (a, column, const int) == *PATHWAY_RECORD_FIELD (b, column, const int);
    case PATHWAY_COLUMN_REAL:
      return *PATHWAY_RECORD_FIELD (a, column, const double) == *PATHWAY_RECORD_FIELD (b, column, const double);
    case PATHWAY_COLUMN_TEXT:
      return g_strcmp0 (*PATHWAY_RECORD_FIELD (a, column, char * const),
                        *PATHWAY_RECORD_FIELD (b, column, char * const)) == 0;
    case PATHWAY_COLUMN_TIMESTAMP:
      return g_date_time_equal (*PATHWAY_RECORD_FIELD (a, column, GDateTime * const),
                                *PATHWAY_RECORD_FIELD (b, column, GDateTime * const));
    case PATHWAY_COLUMN_JSON:
      return json_node_equal (*PATHWAY_RECORD_FIELD (a, column, JsonNode * const),
                              *PATHWAY_RECORD_FIELD (b, column, JsonNode * const));
    case PATHWAY_COLUMN_VECTOR:
      return pathway_vector_equal (*PATHWAY_RECORD_FIELD (a, column, PathwayVector * const),
                                   *PATHWAY_RECORD_FIELD (b, column, PathwayVector * const));
    default:
      g_assert_not_reached ();
    }
}

gboolean
pathway_record_equal (const PathwayTable *table,
                      gconstpointer       a,
                      gconstpointer       b)
{
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  for (guint i = 0; i < table->n_columns; i++)
    if (!pathway_record_column_equal (&table->columns[i], a, b))
      return FALSE;

  return TRUE;
}

static JsonNode *
column_to_json (const PathwayColumn *column,
                gconstpointer        record)
{
  JsonNode *node;

  if (!pathway_record_is_set (column, record))
    return json_node_new (JSON_NODE_NULL);

  if (column->type == PATHWAY_COLUMN_JSON)
    return json_node_copy (*PATHWAY_RECORD_FIELD (record, column, JsonNode * const));
  if (column->type == PATHWAY_COLUMN_VECTOR)
    return pathway_vector_to_json (*PATHWAY_RECORD_FIELD (record, column, PathwayVector * const));

  node = json_node_new (JSON_NODE_VALUE);
  switch (column->type)
    {
    case PATHWAY_COLUMN_ID:
      json_node_set_int (node, *PATHWAY_RECORD_FIELD (record, column, const gint64));
      break;
    case PATHWAY_COLUMN_INT:
      json_node_set_int (node, *PATHWAY_RECORD_FIELD (record, column, const int));
      break;
    case PATHWAY_COLUMN_BOOLEAN:
      json_node_set_boolean (node, *PATHWAY_RECORD_FIELD (record, column, const int));
      break;
    case PATHWAY_COLUMN_ENUM:
      json_node_set_string (node, column->nicks[*PATHWAY_RECORD_FIELD (record, column, const int)]);
      break;
    case PATHWAY_COLUMN_REAL:
      json_node_set_double (node, *PATHWAY_RECORD_FIELD (record, column, const double));
      break;
    case PATHWAY_COLUMN_TEXT:
      json_node_set_string (node, *PATHWAY_RECORD_FIELD (record, column, char * const));
      break;
    case PATHWAY_COLUMN_TIMESTAMP:
      {
        g_autofree char *text = pathway_timestamp_format (*PATHWAY_RECORD_FIELD (record, column, GDateTime * const));
        json_node_set_string (node, text);
      }
      break;
    case PATHWAY_COLUMN_JSON:
    case PATHWAY_COLUMN_VECTOR:
    default:
      g_assert_not_reached ();
    }

  return node;
}

/* An object of every column but the secret ones; vectors become arrays of numbers. */
JsonNode *
pathway_record_to_json (const PathwayTable *table,
                        gconstpointer       record)
{
  JsonObject *object;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (record != NULL, NULL);

  object = json_object_new ();
  for (guint i = 0; i < table->n_columns; i++)
    {
      const PathwayColumn *column = &table->columns[i];

      if (column->flags & PATHWAY_COLUMN_FLAGS_SECRET)
        continue;

      json_object_set_member (object, column->name, column_to_json (column, record));
    }

  {
    JsonNode *node = json_node_new (JSON_NODE_OBJECT);

    json_node_take_object (node, object);
    return node;
  }
}

const PathwayColumn *
pathway_table_find_column (const PathwayTable *table,
                           const char         *name)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (table->columns[i].name, name))
      return &table->columns[i];

  return NULL;
}

/* The index of nick in nicks, or -1. */
int
pathway_enum_from_nick (const char * const *nicks,
                        const char         *nick)
{
  g_return_val_if_fail (nicks != NULL, -1);

  if (nick == NULL)
    return -1;

  for (int i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      return i;

  return -1;
}
