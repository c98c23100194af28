/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-migrations"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-db-private.h"
#include "pathway-resources.h"

/* How each older data format becomes the next one. A new database gets schema.sql, which is always
 * the latest format; tests check that upgrading a version-1 file gives exactly the same schema.
 * Version 1 was the seed's sixteen tables. */
static const struct {
  int         version;
  const char *resource;
} steps[] = {
  { 2, "/migrations/002-app-state.sql" },
  { 3, "/migrations/003-lessons-and-study-days.sql" },
  { 4, "/migrations/004-videos-and-sync.sql" },
  { 5, "/migrations/005-recruiting.sql" },
  { 6, "/migrations/006-match-inputs.sql" },
};

int
pathway_db_get_latest_version (void)
{
  return steps[G_N_ELEMENTS (steps) - 1].version;
}

static char *
load_sql (const char *resource)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX, resource, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (pathway_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  /* Resources are compiled in: a missing one is a build error, not a runtime condition. */
  g_assert (bytes != NULL);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Runs sql and records version, in one transaction. */
static gboolean
apply (PathwayDb   *db,
       const char  *sql,
       int          version,
       const char  *extra_pragmas,
       GError     **error)
{
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autofree char *pragmas = NULL;

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return FALSE;

  pragmas = g_strdup_printf ("%sPRAGMA user_version = %d;", extra_pragmas, version);
  if (!pathway_db_exec (db, sql, error) ||
      !pathway_db_exec (db, pragmas, error) ||
      !pathway_transaction_commit (transaction, error))
    return FALSE;

  _pathway_db_set_version (db, version);
  return TRUE;
}

gboolean
_pathway_db_create_schema (PathwayDb  *db,
                           int         application_id,
                           GError    **error)
{
  g_autofree char *schema = load_sql ("/schema.sql");
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d;", application_id);

  return apply (db, schema, pathway_db_get_latest_version (), pragma, error);
}

gboolean
_pathway_db_migrate (PathwayDb  *db,
                     GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *sql = NULL;

      if (steps[i].version <= pathway_db_get_version (db))
        continue;

      g_debug ("Upgrading %s to data format %d", pathway_db_get_path (db), steps[i].version);
      sql = load_sql (steps[i].resource);
      if (!apply (db, sql, steps[i].version, "", error))
        return FALSE;
    }

  return TRUE;
}
