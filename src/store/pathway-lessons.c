/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-lessons"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pathway-content-pack.h"
#include "pathway-lessons.h"
#include "pathway-resources.h"
#include "pathway-rows.h"
#include "pathway-time.h"

/* Built-in months are parsed on first use and kept: each is about 240 KB of JSON. */
G_LOCK_DEFINE_STATIC (built_in);
static GHashTable *built_in_packs;

/* A file of the curriculum: built in, or from $PATHWAY_CURRICULUM_DIR when set (path starts with
 * "/curricula/"). NULL when there is no such file. */
static GBytes *
lookup_resource (const char *path)
{
  const char *folder = g_getenv ("PATHWAY_CURRICULUM_DIR");
  g_autofree char *full = NULL;

  if (folder != NULL && *folder != '\0')
    {
      g_autofree char *file = g_build_filename (folder, path + strlen ("/curricula/"), NULL);
      g_autoptr(GMappedFile) mapped = g_mapped_file_new (file, FALSE, NULL);

      return mapped != NULL ? g_mapped_file_get_bytes (mapped) : NULL;
    }

  full = g_strconcat (RESOURCE_PREFIX, path, NULL);
  return g_resource_lookup_data (pathway_get_resource (), full, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

/* The built-in catalogue of goals and months, loaded once; never NULL. */
PathwayCatalogue *
pathway_lessons_get_catalogue (void)
{
  static PathwayCatalogue *catalogue;

  if (g_once_init_enter (&catalogue))
    {
      g_autoptr(GBytes) bytes = lookup_resource ("/curricula/catalogue.json");
      g_autoptr(GError) error = NULL;
      PathwayCatalogue *loaded = pathway_catalogue_new_from_bytes (bytes, &error);

      /* The catalogue is compiled in and tested: failing here is a build error (or a broken
       * $PATHWAY_CURRICULUM_DIR). */
      if (bytes == NULL)
        g_error ("There is no curriculum catalogue");
      if (loaded == NULL)
        g_error ("The curriculum catalogue is invalid: %s", error->message);
      g_once_init_leave (&catalogue, loaded);
    }

  return catalogue;
}

/* The built-in pack holding month_key, or NULL when Pathway has none for it. */
static PathwayContentPack *
get_built_in_pack (const char *month_key)
{
  PathwayContentPack *pack;

  G_LOCK (built_in);
  if (built_in_packs == NULL)
    built_in_packs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) pathway_content_pack_free);

  if (!g_hash_table_lookup_extended (built_in_packs, month_key, NULL, (gpointer *) &pack))
    {
      g_autofree char *path = g_strdup_printf ("/curricula/content/%s.json", month_key);
      g_autoptr(GBytes) bytes = lookup_resource (path);
      g_autoptr(GError) error = NULL;

      pack = NULL;
      if (bytes != NULL)
        {
          pack = pathway_content_pack_new_from_bytes (bytes, &error);
          if (pack == NULL)
            g_error ("The built-in month “%s” is invalid: %s", month_key, error->message);
        }
      g_hash_table_insert (built_in_packs, g_strdup (month_key), pack);
    }
  G_UNLOCK (built_in);

  return pack;
}

static PathwayLessonContent *
lookup_built_in (const char *month_key,
                 int         lesson_number)
{
  PathwayContentPack *pack = get_built_in_pack (month_key);
  PathwayLessonContent *lesson;
  int month;

  if (pack == NULL || (month = pathway_content_pack_find_month (pack, month_key)) < 0 ||
      lesson_number < 1 || (guint) lesson_number > pathway_content_pack_get_n_days (pack, month))
    return NULL;

  lesson = pathway_lesson_content_new ();
  lesson->month_key = g_strdup (month_key);
  lesson->month_title = g_strdup (pathway_content_pack_get_month_title (pack, month));
  lesson->day = lesson_number;
  lesson->title = g_strdup (pathway_content_pack_get_day_title (pack, month, lesson_number));
  lesson->lesson = g_strdup (pathway_content_pack_get_lesson (pack, month, lesson_number));
  lesson->quiz_title = g_strdup (pathway_content_pack_get_quiz_title (pack, month, lesson_number));
  lesson->questions = json_node_copy (pathway_content_pack_get_questions (pack, month, lesson_number));
  lesson->required_score = pathway_content_pack_get_required_score (pack, month, lesson_number);
  return lesson;
}

static PathwayLessonContent *
lookup_imported (PathwayDb   *db,
                 const char  *month_key,
                 int          lesson_number,
                 GError     **error)
{
  g_autofree char *columns = pathway_row_select_columns (&pathway_lesson_content_table);
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM lesson_content WHERE month_key = ?1 AND day = ?2",
                                          columns);
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, error);
  g_autoptr(PathwayLessonContent) lesson = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, month_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, lesson_number);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      pathway_row_set_error (db, &pathway_lesson_content_table, error);
      return NULL;
    }

  lesson = pathway_lesson_content_new ();
  if (!pathway_row_read (db, &pathway_lesson_content_table, stmt, 0, lesson, error))
    return NULL;

  return g_steal_pointer (&lesson);
}

/* Lesson lesson_number (1-based) of a month: imported, else built in. NULL without an error when
 * this computer has neither. */
PathwayLessonContent *
pathway_lessons_lookup (PathwayDb   *db,
                        const char  *month_key,
                        int          lesson_number,
                        GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PathwayLessonContent *lesson;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (month_key != NULL, NULL);

  lesson = lookup_imported (db, month_key, lesson_number, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return lesson != NULL ? lesson : lookup_built_in (month_key, lesson_number);
}

/* The titles of n_days lessons from first_lesson as the plan's "days" array of {day, title},
 * numbered from 1; NULL without an error when a lesson is missing. */
JsonNode *
pathway_lessons_list_titles (PathwayDb   *db,
                             const char  *month_key,
                             int          first_lesson,
                             int          n_days,
                             GError     **error)
{
  g_autoptr(JsonArray) days = json_array_new ();

  for (int day = 1; day <= n_days; day++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(PathwayLessonContent) lesson = pathway_lessons_lookup (db, month_key, first_lesson + day - 1,
                                                                      &local_error);
      JsonObject *entry;

      if (lesson == NULL)
        {
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      entry = json_object_new ();
      json_object_set_int_member (entry, "day", day);
      json_object_set_string_member (entry, "title", lesson->title);
      json_array_add_object_element (days, entry);
    }

  return json_node_init_array (json_node_alloc (), days);
}

static gboolean
store_day (PathwayDb           *db,
           PathwayContentPack  *pack,
           guint                month,
           guint                day,
           GDateTime           *now,
           GError             **error)
{
  g_autoptr(PathwayStmt) stmt = NULL;
  g_autoptr(PathwayLessonContent) lesson = pathway_lesson_content_new ();

  lesson->month_key = g_strdup (pathway_content_pack_get_month_key (pack, month));
  lesson->month_title = g_strdup (pathway_content_pack_get_month_title (pack, month));
  lesson->day = day;
  lesson->title = g_strdup (pathway_content_pack_get_day_title (pack, month, day));
  lesson->lesson = g_strdup (pathway_content_pack_get_lesson (pack, month, day));
  lesson->quiz_title = g_strdup (pathway_content_pack_get_quiz_title (pack, month, day));
  lesson->questions = json_node_copy (pathway_content_pack_get_questions (pack, month, day));
  lesson->required_score = pathway_content_pack_get_required_score (pack, month, day);
  lesson->imported_at = g_date_time_ref (now);

  /* A month imported again replaces its lessons. */
  stmt = pathway_db_prepare (db, "DELETE FROM lesson_content WHERE month_key = ?1 AND day = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, lesson->month_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, day);
  if (!pathway_db_step_done (db, stmt, NULL, error))
    return FALSE;

  return pathway_lesson_contents_insert (db, lesson, error);
}

/* Removes days a new import of the month no longer has. */
static gboolean
trim_month (PathwayDb   *db,
            const char  *month_key,
            guint        n_days,
            GError     **error)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, "DELETE FROM lesson_content WHERE month_key = ?1 AND day > ?2",
                                                    error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, month_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, n_days);
  return pathway_db_step_done (db, stmt, NULL, error);
}

/* Validates a content pack whole, then stores every lesson of it in one transaction: a pack with
 * any invalid part imports nothing. */
gboolean
pathway_lessons_import_pack (PathwayDb  *db,
                             GBytes     *bytes,
                             guint      *n_months,
                             guint      *n_days,
                             GError    **error)
{
  g_autoptr(PathwayContentPack) pack = NULL;
  g_autoptr(PathwayTransaction) transaction = NULL;
  g_autoptr(GDateTime) now = pathway_timestamp_now ();
  guint days = 0;

  g_return_val_if_fail (PATHWAY_IS_DB (db), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  pack = pathway_content_pack_new_from_bytes (bytes, error);
  if (pack == NULL)
    return FALSE;

  transaction = pathway_db_begin (db, error);
  if (transaction == NULL)
    return FALSE;

  for (guint month = 0; month < pathway_content_pack_get_n_months (pack); month++)
    {
      guint month_days = pathway_content_pack_get_n_days (pack, month);

      for (guint day = 1; day <= month_days; day++)
        if (!store_day (db, pack, month, day, now, error))
          return FALSE;

      if (!trim_month (db, pathway_content_pack_get_month_key (pack, month), month_days, error))
        return FALSE;
      days += month_days;
    }

  if (!pathway_transaction_commit (transaction, error))
    return FALSE;

  if (n_months != NULL)
    *n_months = pathway_content_pack_get_n_months (pack);
  if (n_days != NULL)
    *n_days = days;
  return TRUE;
}

typedef struct {
  guint n_months;
  guint n_days;
} ImportCounts;

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  ImportCounts *counts;

  /* Its own connection: the window keeps reading while this one writes. */
  bytes = g_file_load_bytes (task_data, cancellable, NULL, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (g_bytes_get_size (bytes) > PATHWAY_CONTENT_PACK_MAX_SIZE)
    {
      g_task_return_new_error (task, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_FAILED,
                               _("This file is too large to be a content pack."));
      return;
    }

  db = pathway_db_open (pathway_db_get_path (source_object), &error);
  counts = g_new0 (ImportCounts, 1);
  if (db == NULL || !pathway_lessons_import_pack (db, bytes, &counts->n_months, &counts->n_days, &error))
    {
      g_free (counts);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, counts, g_free);
}

void
pathway_lessons_import_async (PathwayDb           *db,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PATHWAY_IS_DB (db));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, pathway_lessons_import_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, import_thread);
}

gboolean
pathway_lessons_import_finish (PathwayDb     *db,
                               GAsyncResult  *result,
                               guint         *n_months,
                               guint         *n_days,
                               GError       **error)
{
  g_autofree ImportCounts *counts = NULL;

  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pathway_lessons_import_async, FALSE);

  counts = g_task_propagate_pointer (G_TASK (result), error);
  if (counts == NULL)
    return FALSE;

  if (n_months != NULL)
    *n_months = counts->n_months;
  if (n_days != NULL)
    *n_days = counts->n_days;
  return TRUE;
}
