/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-export"

#include "config.h"

#include <string.h>

#include "pathway-export.h"
#include "pathway-records.h"
#include "pathway-rows.h"
#include "pathway-time.h"

#define EXPORT_FORMAT "pathway-export"
#define EXPORT_VERSION 1

static gboolean
write_text (GOutputStream  *stream,
            const char     *text,
            GCancellable   *cancellable,
            GError        **error)
{
  return g_output_stream_write_all (stream, text, strlen (text), NULL, cancellable, error);
}

static gboolean
write_node (GOutputStream  *stream,
            JsonNode       *node,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autofree char *text = json_to_string (node, FALSE);

  return write_text (stream, text, cancellable, error);
}

/* Every row of one table, one JSON object per line, in id order; secrets left out. */
static gboolean
write_table (PathwayDb           *db,
             const PathwayTable  *table,
             GOutputStream       *stream,
             GCancellable        *cancellable,
             GError             **error)
{
  g_autofree char *columns = pathway_row_select_columns (table);
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s ORDER BY id", columns, table->name);
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, error);
  g_autofree gpointer record = NULL;
  gboolean first = TRUE;
  int rc;

  if (stmt == NULL)
    return FALSE;

  record = pathway_record_new (table);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(JsonNode) node = NULL;
      gboolean ok;

      ok = pathway_row_read (db, table, stmt, 0, record, error);
      if (ok)
        {
          node = pathway_record_to_json (table, record);
          ok = write_text (stream, first ? "\n    " : ",\n    ", cancellable, error) &&
               write_node (stream, node, cancellable, error);
        }
      pathway_record_clear (table, record);
      if (!ok)
        return FALSE;
      first = FALSE;
    }

  if (rc != SQLITE_DONE)
    {
      pathway_row_set_error (db, table, error);
      return FALSE;
    }

  return write_text (stream, first ? "]" : "\n  ]", cancellable, error);
}

/* Writes the whole database as one JSON document, a table at a time, so memory stays flat however
 * many rows there are. Reads happen in one transaction: the export is a consistent snapshot. */
gboolean
pathway_export_json (PathwayDb      *db,
                     GOutputStream  *stream,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(GDateTime) now = pathway_timestamp_now ();
  g_autofree char *exported_at = pathway_timestamp_format (now);
  g_autofree char *header = NULL;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return FALSE;

  header = g_strdup_printf ("{\n  \"format\": \"%s\",\n  \"version\": %d,\n  \"schema_version\": %d,\n"
                            "  \"exported_at\": \"%s\",\n  \"tables\": {",
                            EXPORT_FORMAT, EXPORT_VERSION, pathway_db_get_version (db), exported_at);
  if (!write_text (stream, header, cancellable, error))
    return FALSE;

  for (guint i = 0; pathway_all_tables[i] != NULL; i++)
    {
      g_autofree char *key = g_strdup_printf ("%s\n  \"%s\": [", i > 0 ? "," : "", pathway_all_tables[i]->name);

      if (!write_text (stream, key, cancellable, error) ||
          !write_table (db, pathway_all_tables[i], stream, cancellable, error))
        return FALSE;
    }

  if (!write_text (stream, "\n  }\n}\n", cancellable, error))
    return FALSE;

  return pathway_transaction_commit (transaction, error);
}
