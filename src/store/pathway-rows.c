/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-rows"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pathway-db-private.h"
#include "pathway-rows.h"
#include "pathway-time.h"

/* SQL text here is assembled only from the column names of the PathwayTable descriptors, a fixed
 * list compiled into the program; every value goes through a bound parameter. */

static char *
column_names (const PathwayTable *table,
              const char         *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, table->columns[i].name);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
pathway_row_select_columns (const PathwayTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  return column_names (table, ", ");
}

void
pathway_row_set_error (PathwayDb           *db,
                       const PathwayTable  *table,
                       GError             **error)
{
  g_autofree char *columns = column_names (table, " ");

  _pathway_db_set_error_full (db, error, _(table->label), columns);
}

static guint
count_nicks (const char * const *nicks)
{
  return g_strv_length ((char **) nicks);
}

gboolean
pathway_row_bind_column (PathwayStmt         *stmt,
                         int                  index,
                         const PathwayColumn *column,
                         gconstpointer        record)
{
  int rc;

  g_return_val_if_fail (stmt != NULL, FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  if (!pathway_record_is_set (column, record))
    return sqlite3_bind_null (stmt, index) == SQLITE_OK;

  switch (column->type)
    {
    case PATHWAY_COLUMN_ID:
      rc = sqlite3_bind_int64 (stmt, index, *PATHWAY_RECORD_FIELD (record, column, const gint64));
      break;
    case PATHWAY_COLUMN_INT:
      rc = sqlite3_bind_int (stmt, index, *PATHWAY_RECORD_FIELD (record, column, const int));
      break;
    case PATHWAY_COLUMN_BOOLEAN:
      rc = sqlite3_bind_int (stmt, index, *PATHWAY_RECORD_FIELD (record, column, const int) ? 1 : 0);
      break;
    case PATHWAY_COLUMN_ENUM:
      {
        int value = *PATHWAY_RECORD_FIELD (record, column, const int);

        g_return_val_if_fail (value >= 0 && (guint) value < count_nicks (column->nicks), FALSE);
        rc = sqlite3_bind_text (stmt, index, column->nicks[value], -1, SQLITE_STATIC);
      }
      break;
    case PATHWAY_COLUMN_REAL:
      rc = sqlite3_bind_double (stmt, index, *PATHWAY_RECORD_FIELD (record, column, const double));
      break;
    case PATHWAY_COLUMN_TEXT:
      rc = sqlite3_bind_text (stmt, index, *PATHWAY_RECORD_FIELD (record, column, char * const), -1,
                              SQLITE_TRANSIENT);
      break;
    case PATHWAY_COLUMN_TIMESTAMP:
      rc = sqlite3_bind_text (stmt, index,
                              pathway_timestamp_format (*PATHWAY_RECORD_FIELD (record, column, GDateTime * const)),
                              -1, g_free);
      break;
    case PATHWAY_COLUMN_JSON:
      rc = sqlite3_bind_text (stmt, index,
                              json_to_string (*PATHWAY_RECORD_FIELD (record, column, JsonNode * const), FALSE),
                              -1, g_free);
      break;
    case PATHWAY_COLUMN_VECTOR:
      {
        GBytes *bytes = pathway_vector_to_blob (*PATHWAY_RECORD_FIELD (record, column, PathwayVector * const));
        gsize size = 0;
        gpointer data = g_bytes_unref_to_data (bytes, &size);

        rc = sqlite3_bind_blob64 (stmt, index, data, size, g_free);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  return rc == SQLITE_OK;
}

static gboolean
read_column (PathwayStmt          *stmt,
             int                   index,
             const PathwayColumn  *column,
             gpointer              record)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return TRUE; /* the record starts out unset */

  switch (column->type)
    {
    case PATHWAY_COLUMN_ID:
      *PATHWAY_RECORD_FIELD (record, column, gint64) = sqlite3_column_int64 (stmt, index);
      return TRUE;
    case PATHWAY_COLUMN_INT:
      *PATHWAY_RECORD_FIELD (record, column, int) = sqlite3_column_int (stmt, index);
      return TRUE;
    case PATHWAY_COLUMN_BOOLEAN:
      *PATHWAY_RECORD_FIELD (record, column, int) = sqlite3_column_int (stmt, index) != 0;
      return TRUE;
    case PATHWAY_COLUMN_ENUM:
      {
        int value = pathway_enum_from_nick (column->nicks, (const char *) sqlite3_column_text (stmt, index));

        *PATHWAY_RECORD_FIELD (record, column, int) = value;
        return value >= 0;
      }
    case PATHWAY_COLUMN_REAL:
      *PATHWAY_RECORD_FIELD (record, column, double) = sqlite3_column_double (stmt, index);
      return TRUE;
    case PATHWAY_COLUMN_TEXT:
      *PATHWAY_RECORD_FIELD (record, column, char *) = g_strdup ((const char *) sqlite3_column_text (stmt, index));
      return TRUE;
    case PATHWAY_COLUMN_TIMESTAMP:
      {
        GDateTime *value = pathway_timestamp_parse ((const char *) sqlite3_column_text (stmt, index));

        *PATHWAY_RECORD_FIELD (record, column, GDateTime *) = value;
        return value != NULL;
      }
    case PATHWAY_COLUMN_JSON:
      {
        JsonNode *value = json_from_string ((const char *) sqlite3_column_text (stmt, index), NULL);

        *PATHWAY_RECORD_FIELD (record, column, JsonNode *) = value;
        return value != NULL;
      }
    case PATHWAY_COLUMN_VECTOR:
      {
        PathwayVector *value = pathway_vector_new_from_blob (sqlite3_column_blob (stmt, index),
                                                             sqlite3_column_bytes (stmt, index));

        *PATHWAY_RECORD_FIELD (record, column, PathwayVector *) = value;
        return value != NULL;
      }
    default:
      g_assert_not_reached ();
    }
}

/* Reads the table's columns, in descriptor order, from the current row of stmt starting at
 * first_column into record, which should be freshly made or cleared. */
gboolean
pathway_row_read (PathwayDb           *db,
                  const PathwayTable  *table,
                  PathwayStmt         *stmt,
                  int                  first_column,
                  gpointer             record,
                  GError             **error)
{
  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (stmt != NULL, FALSE);

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (!read_column (stmt, first_column + i, &table->columns[i], record))
        {
          g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CORRUPT,
                       _("The database “%s” is damaged: a %s has an unreadable %s. Run “pathway-cli check” for details."),
                       pathway_db_get_path (db), _(table->label), table->columns[i].name);
          return FALSE;
        }
    }

  return TRUE;
}

/* Replaces what record holds with fresh, and frees fresh's shell. */
static void
take_record (const PathwayTable *table,
             gpointer            record,
             gpointer            fresh)
{
  pathway_record_clear (table, record);
  memcpy (record, fresh, table->size);
  g_free (fresh);
}

static gboolean
step_into_record (PathwayDb           *db,
                  const PathwayTable  *table,
                  PathwayStmt         *stmt,
                  gpointer            *out,
                  GError             **error)
{
  g_autofree gpointer fresh = NULL;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND,
                   _("The %s is no longer in the database."), _(table->label));
      return FALSE;
    }

  if (rc != SQLITE_ROW)
    {
      pathway_row_set_error (db, table, error);
      return FALSE;
    }

  fresh = pathway_record_new (table);
  if (!pathway_row_read (db, table, stmt, 0, fresh, error))
    {
      pathway_record_clear (table, fresh);
      return FALSE;
    }

  *out = g_steal_pointer (&fresh);
  return TRUE;
}

/* Inserts record: the columns it sets are written, the others take their defaults. On success the
 * record holds the row as stored, its id and defaults included. */
gboolean
pathway_row_insert (PathwayDb           *db,
                    const PathwayTable  *table,
                    gpointer             record,
                    GError             **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  g_autofree char *returning = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;
  gpointer fresh = NULL;
  int n_bound = 0;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  g_string_append_printf (sql, "INSERT INTO %s (", table->name);
  for (guint i = 0; i < table->n_columns; i++)
    {
      if (!pathway_record_is_set (&table->columns[i], record))
        continue;

      g_string_append_printf (sql, "%s%s", n_bound > 0 ? ", " : "", table->columns[i].name);
      g_string_append_printf (values, "%s?%d", n_bound > 0 ? ", " : "", n_bound + 1);
      n_bound++;
    }

  returning = column_names (table, ", ");
  if (n_bound == 0)
    g_string_printf (sql, "INSERT INTO %s DEFAULT VALUES RETURNING %s", table->name, returning);
  else
    g_string_append_printf (sql, ") VALUES (%s) RETURNING %s", values->str, returning);

  stmt = pathway_db_prepare (db, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  n_bound = 0;
  for (guint i = 0; i < table->n_columns; i++)
    if (pathway_record_is_set (&table->columns[i], record) &&
        !pathway_row_bind_column (stmt, ++n_bound, &table->columns[i], record))
      {
        pathway_row_set_error (db, table, error);
        return FALSE;
      }

  if (!step_into_record (db, table, stmt, &fresh, error))
    return FALSE;

  take_record (table, record, fresh);
  return TRUE;
}

/* The row with this id, or NULL with PATHWAY_STORE_ERROR_NOT_FOUND. */
gpointer
pathway_row_get (PathwayDb           *db,
                 const PathwayTable  *table,
                 gint64               id,
                 GError             **error)
{
  g_autofree char *columns = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;
  gpointer record = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  columns = column_names (table, ", ");
  sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", columns, table->name);
  stmt = pathway_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_into_record (db, table, stmt, &record, error))
    return NULL;

  return record;
}

/* Writes every column of record to the row with its id; unset fields become NULL. On success the
 * record holds the row as stored (updated_at as the trigger set it). */
gboolean
pathway_row_update (PathwayDb           *db,
                    const PathwayTable  *table,
                    gpointer             record,
                    GError             **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(PathwayStmt) stmt = NULL;
  gint64 id;
  gpointer fresh;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  id = *PATHWAY_RECORD_FIELD (record, &table->columns[0], gint64);
  g_return_val_if_fail (id > 0, FALSE);

  g_string_append_printf (sql, "UPDATE %s SET ", table->name);
  for (guint i = 1; i < table->n_columns; i++)
    g_string_append_printf (sql, "%s%s = ?%u", i > 1 ? ", " : "", table->columns[i].name, i);
  g_string_append_printf (sql, " WHERE id = ?%u", table->n_columns);

  stmt = pathway_db_prepare (db, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 1; i < table->n_columns; i++)
    if (!pathway_row_bind_column (stmt, i, &table->columns[i], record))
      {
        pathway_row_set_error (db, table, error);
        return FALSE;
      }
  sqlite3_bind_int64 (stmt, table->n_columns, id);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      pathway_row_set_error (db, table, error);
      return FALSE;
    }

  if (sqlite3_changes (pathway_db_get_handle (db)) == 0)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND,
                   _("The %s is no longer in the database."), _(table->label));
      return FALSE;
    }

  fresh = pathway_row_get (db, table, id, error);
  if (fresh == NULL)
    return FALSE;

  take_record (table, record, fresh);
  return TRUE;
}

gboolean
pathway_row_delete (PathwayDb           *db,
                    const PathwayTable  *table,
                    gint64               id,
                    GError             **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table->name);
  stmt = pathway_db_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      pathway_row_set_error (db, table, error);
      return FALSE;
    }

  if (sqlite3_changes (pathway_db_get_handle (db)) == 0)
    {
      g_set_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND,
                   _("The %s is no longer in the database."), _(table->label));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_filter_column (const PathwayTable *table,
                     const char         *column)
{
  const PathwayColumn *found;

  if (column == NULL)
    return TRUE;

  found = pathway_table_find_column (table, column);
  return found != NULL && found->type == PATHWAY_COLUMN_ID;
}

/* Every row stmt (prepared and bound, its columns table's in order) gives, as records of table. */
GPtrArray *
pathway_row_collect (PathwayDb           *db,
                     const PathwayTable  *table,
                     PathwayStmt         *stmt,
                     GError             **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (table != NULL && stmt != NULL, NULL);

  rows = g_ptr_array_new_with_free_func (table->free_func);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gpointer record = pathway_record_new (table);

      g_ptr_array_add (rows, record);
      if (!pathway_row_read (db, table, stmt, 0, record, error))
        return NULL;
    }

  if (rc != SQLITE_DONE)
    {
      pathway_row_set_error (db, table, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/* Up to limit rows, by id, after after_id; where column (an id column) equals value, if given. */
GPtrArray *
pathway_row_list (PathwayDb           *db,
                  const PathwayTable  *table,
                  const char          *column,
                  gint64               value,
                  gint64               after_id,
                  guint                limit,
                  GError             **error)
{
  g_autofree char *columns = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (check_filter_column (table, column), NULL);

  columns = column_names (table, ", ");
  sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s%s id > ?2 ORDER BY id LIMIT ?3",
                         columns, table->name,
                         column != NULL ? column : "",
                         column != NULL ? " = ?1 AND" : "");
  stmt = pathway_db_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  if (column != NULL)
    sqlite3_bind_int64 (stmt, 1, value);
  sqlite3_bind_int64 (stmt, 2, after_id);
  sqlite3_bind_int64 (stmt, 3, limit);

  return pathway_row_collect (db, table, stmt, error);
}

/* The number of rows, or of rows whose id column equals value; -1 on error. */
gint64
pathway_row_count (PathwayDb           *db,
                   const PathwayTable  *table,
                   const char          *column,
                   gint64               value,
                   GError             **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), -1);
  g_return_val_if_fail (table != NULL, -1);
  g_return_val_if_fail (check_filter_column (table, column), -1);

  sql = g_strdup_printf ("SELECT count(*) FROM %s%s%s%s", table->name,
                         column != NULL ? " WHERE " : "",
                         column != NULL ? column : "",
                         column != NULL ? " = ?1" : "");
  stmt = pathway_db_prepare (db, sql, error);
  if (stmt == NULL)
    return -1;

  if (column != NULL)
    sqlite3_bind_int64 (stmt, 1, value);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      pathway_row_set_error (db, table, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

static PathwayStmt *
prepare_where (PathwayDb           *db,
               const PathwayTable  *table,
               const char          *clauses,
               const gint64        *values,
               guint                n_values,
               GError             **error)
{
  g_autofree char *columns = column_names (table, ", ");
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s", columns, table->name, clauses);
  PathwayStmt *stmt = pathway_db_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;

  for (guint i = 0; i < n_values; i++)
    sqlite3_bind_int64 (stmt, i + 1, values[i]);
  return stmt;
}

/* The one row where clauses (SQL from the program, "a = ?1 AND b = ?2") hold for values; NULL
 * with PATHWAY_STORE_ERROR_NOT_FOUND when there is none. */
gpointer
pathway_row_find (PathwayDb           *db,
                  const PathwayTable  *table,
                  const char          *clauses,
                  const gint64        *values,
                  guint                n_values,
                  GError             **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  gpointer record = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (table != NULL && clauses != NULL, NULL);

  stmt = prepare_where (db, table, clauses, values, n_values, error);
  if (stmt == NULL || !step_into_record (db, table, stmt, &record, error))
    return NULL;

  return record;
}

/* As pathway_row_find(), but no such row is not an error: NULL without one. */
gpointer
pathway_row_find_optional (PathwayDb           *db,
                           const PathwayTable  *table,
                           const char          *clauses,
                           const gint64        *values,
                           guint                n_values,
                           GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  gpointer record = pathway_row_find (db, table, clauses, values, n_values, &local_error);

  if (record == NULL && !g_error_matches (local_error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return record;
}

/* Every row where clauses (which may end with ORDER BY) hold for values. */
GPtrArray *
pathway_row_select (PathwayDb           *db,
                    const PathwayTable  *table,
                    const char          *clauses,
                    const gint64        *values,
                    guint                n_values,
                    GError             **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (table != NULL && clauses != NULL, NULL);

  stmt = prepare_where (db, table, clauses, values, n_values, error);
  if (stmt == NULL)
    return NULL;

  return pathway_row_collect (db, table, stmt, error);
}
