/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-private.h"

#include "pathway-rows.h"

/* How demo data reaches the database. Each row is queued with the id SQLite would give it, the one
 * after the largest in its table; at the end of every batch of BATCH_ROWS rows the queues are
 * written, a table at a time and many rows to an INSERT, and the batch is committed. Writing one
 * row at a time with pathway_row_insert() cost a run of 100,000 students and jobs a third more
 * time, for two reasons:
 *
 * - it reads every row back, where the generator already holds every value it wrote and only
 *   needs the id;
 * - the full-text indexes are kept by triggers, and FTS5 writes out what it holds pending as a new
 *   segment around every statement that has a savepoint of its own (any write that fires a
 *   trigger, inside a transaction). One statement a row made a segment for every job and every
 *   student, and writing and merging them took more than a third of the run; one statement for
 *   many rows makes one segment for all of them.
 *
 * One transaction for the whole run was measured too (20,000 students and jobs): it took the same
 * CPU time and more system time, and its write-ahead log grows to the size of the whole database
 * (1.4 GB at 100,000 students) before it can be checkpointed, doubling the disk space a run needs.
 * Memory stays flat either way. A failed run therefore leaves the batches before the failure in
 * place: `pathway-cli demo-data` removes a database file it created itself, and otherwise tells
 * the user that the file may hold part of the demo data and should be deleted. */

#define BATCH_ROWS 2000

/* Rows in one INSERT, at most: its parameters stay far below SQLite's limit of 32,766 for the
 * widest table (users, 28 columns). Smaller INSERTs for the rest go down in powers of two, so that
 * a table has a handful of statements, each prepared once. */
#define INSERT_ROWS 64

/* One table's rows waiting to be written. */
typedef struct {
  const PathwayTable *table;
  gint64              next_id;
  GPtrArray          *rows;     /* records of the table, in the order of their ids */
} DemoQueue;

/* The INSERT for n rows of one table, writing one set of its columns: rows leave unset the
 * columns whose defaults they take, and which those are varies from row to row. */
typedef struct {
  const PathwayTable *table;
  guint64             columns;  /* bit i: the table's column i is written */
  guint               n_rows;
  char               *sql;
} DemoInsert;

static void
queue_free (gpointer data)
{
  DemoQueue *queue = data;

  g_ptr_array_unref (queue->rows);
  g_free (queue);
}

static void
insert_clear (gpointer data)
{
  g_free (((DemoInsert *) data)->sql);
}

void
_pathway_demo_batches_init (DemoContext *ctx)
{
  ctx->queues = g_ptr_array_new_with_free_func (queue_free);
  ctx->inserts = g_array_new (FALSE, FALSE, sizeof (DemoInsert));
  g_array_set_clear_func (ctx->inserts, insert_clear);
}

void
_pathway_demo_batches_clear (DemoContext *ctx)
{
  g_clear_pointer (&ctx->transaction, pathway_transaction_free); /* rolls back an unfinished batch */
  g_clear_pointer (&ctx->queues, g_ptr_array_unref);
  g_clear_pointer (&ctx->inserts, g_array_unref);
}

static void
report_progress (DemoContext *ctx)
{
  if (ctx->progress != NULL && ctx->work_total > 0)
    ctx->progress (MIN (1.0, ctx->work_done / ctx->work_total), ctx->progress_data);
}

/* The queue of table, made when its first row comes: the ids go on from the table's largest. */
static DemoQueue *
queue_for (DemoContext         *ctx,
           const PathwayTable  *table,
           GError             **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(PathwayStmt) stmt = NULL;
  DemoQueue *queue;

  for (guint i = 0; i < ctx->queues->len; i++)
    {
      queue = g_ptr_array_index (ctx->queues, i);
      if (queue->table == table)
        return queue;
    }

  sql = g_strdup_printf ("SELECT coalesce(max(%s), 0) FROM %s", table->columns[0].name, table->name);
  stmt = pathway_db_prepare (ctx->db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      pathway_row_set_error (ctx->db, table, error);
      return NULL;
    }

  queue = g_new0 (DemoQueue, 1);
  queue->table = table;
  queue->next_id = sqlite3_column_int64 (stmt, 0) + 1;
  queue->rows = g_ptr_array_new_with_free_func (table->free_func);
  g_ptr_array_add (ctx->queues, queue);
  return queue;
}

static guint64
set_columns (const PathwayTable *table,
             gconstpointer       record)
{
  guint64 columns = 0;

  for (guint i = 0; i < table->n_columns; i++)
    if (pathway_record_is_set (&table->columns[i], record))
      columns |= G_GUINT64_CONSTANT (1) << i;
  return columns;
}

/* Built once for each table, set of columns and number of rows, from the column names of the
 * table's descriptor; every value is a bound parameter. */
static const char *
insert_sql (DemoContext        *ctx,
            const PathwayTable *table,
            guint64             columns,
            guint               n_rows)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) row = g_string_new ("(");
  DemoInsert insert;

  for (guint i = 0; i < ctx->inserts->len; i++)
    {
      DemoInsert *known = &g_array_index (ctx->inserts, DemoInsert, i);

      if (known->table == table && known->columns == columns && known->n_rows == n_rows)
        return known->sql;
    }

  g_string_append_printf (sql, "INSERT INTO %s (", table->name);
  for (guint i = 0; i < table->n_columns; i++)
    if (columns & (G_GUINT64_CONSTANT (1) << i))
      {
        g_string_append_printf (sql, "%s%s", row->len > 1 ? ", " : "", table->columns[i].name);
        g_string_append (row, row->len > 1 ? ", ?" : "?");
      }
  g_string_append (row, ")");
  g_string_append (sql, ") VALUES ");
  for (guint r = 0; r < n_rows; r++)
    g_string_append_printf (sql, "%s%s", r > 0 ? ", " : "", row->str);

  insert.table = table;
  insert.columns = columns;
  insert.n_rows = n_rows;
  insert.sql = g_string_free (g_steal_pointer (&sql), FALSE);
  g_array_append_val (ctx->inserts, insert);
  return insert.sql;
}

/* Writes the n rows of table from rows[0] on, which all set the same columns, in one INSERT. */
static gboolean
write_rows (DemoContext         *ctx,
            const PathwayTable  *table,
            gpointer            *rows,
            guint                n,
            GError             **error)
{
  guint64 columns = set_columns (table, rows[0]);
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (ctx->db, insert_sql (ctx, table, columns, n), error);
  int parameter = 0;

  if (stmt == NULL)
    return FALSE;

  for (guint r = 0; r < n; r++)
    for (guint i = 0; i < table->n_columns; i++)
      if ((columns & (G_GUINT64_CONSTANT (1) << i)) &&
          !pathway_row_bind_column (stmt, ++parameter, &table->columns[i], rows[r]))
        {
          pathway_row_set_error (ctx->db, table, error);
          return FALSE;
        }

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      pathway_row_set_error (ctx->db, table, error);
      return FALSE;
    }
  return TRUE;
}

/* Writes a queue's rows: those that set the same columns together, in INSERTs of INSERT_ROWS
 * rows and then of fewer, halving. */
static gboolean
write_queue (DemoContext  *ctx,
             DemoQueue    *queue,
             GError      **error)
{
  const PathwayTable *table = queue->table;
  guint n_rows = queue->rows->len;
  g_autofree guint64 *columns = g_new (guint64, MAX (n_rows, 1));
  g_autofree gboolean *grouped = g_new0 (gboolean, MAX (n_rows, 1));
  g_autoptr(GPtrArray) group = g_ptr_array_sized_new (n_rows);

  for (guint i = 0; i < n_rows; i++)
    columns[i] = set_columns (table, g_ptr_array_index (queue->rows, i));

  for (guint first = 0; first < n_rows; first++)
    {
      guint done = 0;

      if (grouped[first])
        continue;

      g_ptr_array_set_size (group, 0);
      for (guint i = first; i < n_rows; i++)
        if (!grouped[i] && columns[i] == columns[first])
          {
            g_ptr_array_add (group, g_ptr_array_index (queue->rows, i));
            grouped[i] = TRUE;
          }

      for (guint n = INSERT_ROWS; done < group->len; n /= 2)
        for (; group->len - done >= n; done += n)
          if (!write_rows (ctx, table, group->pdata + done, n, error))
            return FALSE;
    }

  g_ptr_array_set_size (queue->rows, 0);
  return TRUE;
}

/* Writes every queued row, table by table in the order the generator first used them: a row only
 * points at rows made before it, so parents come before children. It also puts the students'
 * onboarding rows after their summaries and vectors, as pathway-demo-people.c makes them, and so
 * each candidate's full-text row is built once, by the last of the three, instead of three times. */
gboolean
_pathway_demo_flush (DemoContext  *ctx,
                     GError      **error)
{
  for (guint i = 0; i < ctx->queues->len; i++)
    if (!write_queue (ctx, g_ptr_array_index (ctx->queues, i), error))
      return FALSE;

  ctx->batch_rows = 0;
  return TRUE;
}

gboolean
_pathway_demo_begin (DemoContext  *ctx,
                     GError      **error)
{
  ctx->transaction = pathway_db_begin (ctx->db, error);
  return ctx->transaction != NULL;
}

/* Writes what is queued and commits the batch. */
gboolean
_pathway_demo_commit (DemoContext  *ctx,
                      GError      **error)
{
  if (!_pathway_demo_flush (ctx, error) || !pathway_transaction_commit (ctx->transaction, error))
    return FALSE;
  g_clear_pointer (&ctx->transaction, pathway_transaction_free);
  report_progress (ctx);
  return TRUE;
}

/* Queues record, taking it, with the id it will have, which id is set to (it may be NULL); every
 * BATCH_ROWS rows the batch is written and committed. */
gboolean
_pathway_demo_insert (DemoContext         *ctx,
                      const PathwayTable  *table,
                      gpointer             record,
                      gint64              *id,
                      GError             **error)
{
  DemoQueue *queue = queue_for (ctx, table, error);

  g_assert (table->n_columns <= 64 && table->columns[0].type == PATHWAY_COLUMN_ID);
  if (queue == NULL)
    {
      table->free_func (record);
      return FALSE;
    }

  *PATHWAY_RECORD_FIELD (record, &table->columns[0], gint64) = queue->next_id;
  if (id != NULL)
    *id = queue->next_id;
  queue->next_id++;
  g_ptr_array_add (queue->rows, record);

  if (++ctx->batch_rows < BATCH_ROWS)
    return TRUE;
  return _pathway_demo_commit (ctx, error) && _pathway_demo_begin (ctx, error);
}
