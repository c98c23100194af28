/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A record is a plain C struct that mirrors one table row. Its PathwayTable says, column by column,
 * where each field sits and what type it has, so that binding, reading, copying, comparing, freeing
 * and exporting are written once for every table instead of once per table. */

/* The value of an int, boolean or enumeration field that holds no value: SQL NULL, or on insert,
 * the column's default. Real fields use NAN; id fields use 0; pointer fields use NULL. */
#define PATHWAY_UNSET G_MININT

typedef enum {
  PATHWAY_COLUMN_ID,        /* gint64, 0 when NULL */
  PATHWAY_COLUMN_INT,       /* gint */
  PATHWAY_COLUMN_BOOLEAN,   /* gint, TRUE or FALSE */
  PATHWAY_COLUMN_ENUM,      /* gint, an index into the column's nicks */
  PATHWAY_COLUMN_REAL,      /* double, NAN when NULL */
  PATHWAY_COLUMN_TEXT,      /* char * */
  PATHWAY_COLUMN_TIMESTAMP, /* GDateTime *, stored as UTC ISO-8601 text */
  PATHWAY_COLUMN_JSON,      /* JsonNode *, stored as JSON text */
  PATHWAY_COLUMN_VECTOR,    /* PathwayVector *, stored as a float32 BLOB */
} PathwayColumnType;

typedef enum {
  PATHWAY_COLUMN_FLAGS_NONE = 0,
  /* Credentials the seed carries; never exported, never logged. */
  PATHWAY_COLUMN_FLAGS_SECRET = 1 << 0,
} PathwayColumnFlags;

typedef struct {
  const char          *name;
  PathwayColumnType    type;
  gsize                offset;
  const char * const  *nicks;
  PathwayColumnFlags   flags;
} PathwayColumn;

typedef struct {
  const char          *name;    /* the SQL table */
  const char          *label;   /* a singular noun for messages, marked with N_() */
  gsize                size;
  const PathwayColumn *columns; /* columns[0] is the INTEGER PRIMARY KEY "id" */
  guint                n_columns;
  GDestroyNotify       free_func; /* pathway_record_free() for this table, for containers */
} PathwayTable;

gpointer             pathway_record_new          (const PathwayTable  *table);
void                 pathway_record_free         (const PathwayTable  *table,
                                                  gpointer             record);
gpointer             pathway_record_copy         (const PathwayTable  *table,
                                                  gconstpointer        record);
void                 pathway_record_clear        (const PathwayTable  *table,
                                                  gpointer             record);
gboolean             pathway_record_equal        (const PathwayTable  *table,
                                                  gconstpointer        a,
                                                  gconstpointer        b);
gboolean             pathway_record_column_equal (const PathwayColumn *column,
                                                  gconstpointer        a,
                                                  gconstpointer        b);
gboolean             pathway_record_is_set       (const PathwayColumn *column,
                                                  gconstpointer        record);
JsonNode            *pathway_record_to_json      (const PathwayTable  *table,
                                                  gconstpointer        record);
const PathwayColumn *pathway_table_find_column   (const PathwayTable  *table,
                                                  const char          *name);
int                  pathway_enum_from_nick      (const char * const  *nicks,
                                                  const char          *nick);

#define PATHWAY_RECORD_FIELD(record, column, ctype) \
  ((ctype *) (gpointer) ((guint8 *) (record) + (column)->offset))

/* Typed constructors and destructors for one record type, with auto-cleanup. */
#define PATHWAY_DEFINE_RECORD(TypeName, func_prefix, table)                         \
  static inline TypeName *func_prefix##_new (void)                                  \
  { return (TypeName *) pathway_record_new (&(table)); }                            \
  static inline void func_prefix##_free (TypeName *record)                          \
  { pathway_record_free (&(table), record); }                                       \
  static inline TypeName *func_prefix##_copy (const TypeName *record)               \
  { return (TypeName *) pathway_record_copy (&(table), record); }                   \
  G_DEFINE_AUTOPTR_CLEANUP_FUNC (TypeName, func_prefix##_free)

G_END_DECLS
