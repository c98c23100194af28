/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define PATHWAY_STORE_ERROR (pathway_store_error_quark ())

typedef enum {
  PATHWAY_STORE_ERROR_OPEN,         /* the file could not be opened or created */
  PATHWAY_STORE_ERROR_NOT_PATHWAY,  /* a file, or an SQLite database, that Pathway did not write */
  PATHWAY_STORE_ERROR_CORRUPT,      /* damaged */
  PATHWAY_STORE_ERROR_TOO_NEW,      /* written by a newer Pathway */
  PATHWAY_STORE_ERROR_BUSY,         /* locked by another program for too long */
  PATHWAY_STORE_ERROR_READ_ONLY,
  PATHWAY_STORE_ERROR_FULL,         /* the disk is full */
  PATHWAY_STORE_ERROR_CONSTRAINT,   /* a value the schema refuses */
  PATHWAY_STORE_ERROR_NOT_FOUND,
  PATHWAY_STORE_ERROR_CANCELLED,
  PATHWAY_STORE_ERROR_FAILED,
} PathwayStoreError;

GQuark pathway_store_error_quark (void);

/* A value the schema or a domain's rules refuse; the message says what to put right. */
#define pathway_store_set_invalid(error, ...) \
  g_set_error ((error), PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT, __VA_ARGS__)

/* A statement from the cache: reset and cleared when it goes out of scope, never finalized. */
typedef sqlite3_stmt PathwayStmt;
void pathway_stmt_release (PathwayStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayStmt, pathway_stmt_release)

typedef struct _PathwayTransaction PathwayTransaction;

#define PATHWAY_TYPE_DB (pathway_db_get_type ())
G_DECLARE_FINAL_TYPE (PathwayDb, pathway_db, PATHWAY, DB, GObject)

char        *pathway_db_dup_default_path     (void);
int          pathway_db_get_latest_version   (void);

PathwayDb   *pathway_db_open                 (const char          *path,
                                              GError             **error);
void         pathway_db_open_async           (const char          *path,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
PathwayDb   *pathway_db_open_finish          (GAsyncResult        *result,
                                              GError             **error);
const char  *pathway_db_get_path             (PathwayDb           *self);
int          pathway_db_get_version          (PathwayDb           *self);
sqlite3     *pathway_db_get_handle           (PathwayDb           *self);

PathwayStmt *pathway_db_prepare              (PathwayDb           *self,
                                              const char          *sql,
                                              GError             **error);
gboolean     pathway_db_step_done            (PathwayDb           *self,
                                              PathwayStmt         *stmt,
                                              const char          *label,
                                              GError             **error);
gboolean     pathway_db_exec                 (PathwayDb           *self,
                                              const char          *sql,
                                              GError             **error);
void         pathway_db_set_error            (PathwayDb           *self,
                                              GError             **error,
                                              const char          *label);

PathwayTransaction *pathway_db_begin         (PathwayDb           *self,
                                              GError             **error);
gboolean     pathway_transaction_commit      (PathwayTransaction  *transaction,
                                              GError             **error);
void         pathway_transaction_free        (PathwayTransaction  *transaction);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayTransaction, pathway_transaction_free)

G_END_DECLS
