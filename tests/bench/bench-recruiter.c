/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pathway-demo-data.h"
#include "pathway-match-index.h"
#include "pathway-matches.h"

/* How fast the recruiter's workspace is at scale: full-text search over jobs and candidates, loading
 * the match index, and exact top-50 matching, against the time it takes merely to read every
 * candidate's vector once, and checked against brute force. Prints one JSON object, with the
 * resident memory after each phase. Not a test: nothing here can fail on speed.
 *
 *   bench-recruiter [--candidates N] [--jobs N] [--database PATH] [--seed S]
 *
 * Without --database it writes demo data into a temporary file and removes it afterwards; with
 * one, it fills the file when it holds nobody and reuses it otherwise. */

#define N_MATCH_JOBS   20
#define TOP_K          50
#define FTS_REPEATS    15
#define TOP_ROUNDS     3

/* Where skills and places cannot prune: every vector is read. */
static const PathwayMatchWeights similarity_only = { { 0, 1, 0, 0 }, 0.05 };

static const char * const common_queries[] = { "data", "engineer", "python", "sql", "senior", "team" };
static const char * const rare_queries[] = { "kubernetes", "figma", "tableau", "rust", "haskell", "zzyzx" };

/* ───────────────────────────── figures ───────────────────────────── */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  return (*(const double *) a > *(const double *) b) - (*(const double *) a < *(const double *) b);
}

/* Nearest-rank percentile of times, which it sorts. */
static double
percentile (GArray *times,
            double  p)
{
  guint rank = (guint) ceil (p / 100.0 * times->len);

  g_array_sort (times, compare_doubles);
  return times->len > 0 ? g_array_index (times, double, CLAMP (rank, 1, times->len) - 1) : NAN;
}

/* The JSON printed, written by hand so that 0.084 is not 0.084000000000000005. */
typedef struct {
  GString  *text;
  guint     depth;
  gboolean  first;
} Report;

static void
report_key (Report     *report,
            const char *name)
{
  g_string_append_printf (report->text, "%s\n%*s\"%s\": ", report->first ? "" : ",", 2 * report->depth, "", name);
  report->first = FALSE;
}

/* name is NULL for the outermost object. */
static void
report_begin (Report     *report,
              const char *name)
{
  if (name != NULL)
    report_key (report, name);
  g_string_append_c (report->text, '{');
  report->depth++;
  report->first = TRUE;
}

static void
report_end (Report *report)
{
  report->depth--;
  g_string_append_printf (report->text, "\n%*s}", 2 * report->depth, "");
  report->first = FALSE;
}

static void
report_number (Report     *report,
               const char *name,
               double      value)
{
  report_key (report, name);
  if (isnan (value))
    g_string_append (report->text, "null");
  else if (value == floor (value) && fabs (value) < 1e15)
    g_string_append_printf (report->text, "%.0f", value);
  else
    g_string_append_printf (report->text, "%.3f", value);
}

/* Only the program's own words: nothing to escape. */
static void
report_string (Report     *report,
               const char *name,
               const char *value)
{
  report_key (report, name);
  g_string_append_printf (report->text, "\"%s\"", value);
}

/* VmRSS and VmHWM of this process, and RssAnon (what it allocated, without the database file
 * pages that memory mapping counts in VmRSS), in MiB, after a phase. */
static void
add_memory (Report     *report,
            const char *phase)
{
  static const struct {
    const char *field;
    const char *name;
  } fields[] = {
    { "VmRSS:", "rss_mib" },
    { "VmHWM:", "hwm_mib" },
    { "RssAnon:", "rss_anon_mib" },
  };
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;

  report_begin (report, phase);
  lines = g_strsplit (status, "\n", -1);
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_has_prefix (lines[i], fields[f].field))
        report_number (report, fields[f].name, g_ascii_strtod (lines[i] + strlen (fields[f].field), NULL) / 1024.0);
  report_end (report);
}

/* ───────────────────────────── the database ───────────────────────────── */

static PathwayDb *
open_database (const char   *path,
               guint         candidates,
               guint         jobs,
               guint32       seed,
               double       *generate_ms,
               GError      **error)
{
  g_autoptr(PathwayDb) db = pathway_db_open (path, error);
  PathwayDemoOptions options = { candidates, MAX (1, candidates / 100), jobs, seed };
  gint64 users;
  double start;

  *generate_ms = NAN;
  if (db == NULL || (users = pathway_demo_data_count_users (db, error)) < 0)
    return NULL;
  if (users > 0)
    return g_steal_pointer (&db);
  if (!pathway_demo_options_check (&options, error))
    return NULL;

  g_printerr ("Writing demo data for %u candidates and %u jobs; this takes a few minutes.\n", candidates, jobs);
  start = now_ms ();
  if (!pathway_demo_data_generate (db, &options, NULL, NULL, error))
    return NULL;
  *generate_ms = now_ms () - start;
  return g_steal_pointer (&db);
}

static gint64
count (PathwayDb  *db,
       const char *sql)
{
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, NULL);

  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
}

/* ───────────────────────────── full-text search ───────────────────────────── */

/* What a search field runs, the best 50 by bm25, for each query FTS_REPEATS times. */
static void
add_fts (Report     *report,
         PathwayDb  *db,
         const char *table)
{
  const char * const *sets[] = { common_queries, rare_queries };
  const char *names[] = { "common", "rare" };
  g_autofree char *sql = g_strdup_printf ("SELECT rowid FROM %s WHERE %s MATCH ?1 ORDER BY rank LIMIT 50", table, table);
  g_autofree char *count_sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s MATCH ?1", table, table);
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db, sql, NULL);
  g_autoptr(PathwayStmt) counter = pathway_db_prepare (db, count_sql, NULL);

  g_assert (stmt != NULL && counter != NULL);
  report_begin (report, table);
  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    {
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      gint64 hits = 0;

      for (guint q = 0; q < G_N_ELEMENTS (common_queries); q++)
        {
          sqlite3_reset (counter);
          sqlite3_bind_text (counter, 1, sets[s][q], -1, SQLITE_STATIC);
          if (sqlite3_step (counter) == SQLITE_ROW)
            hits += sqlite3_column_int64 (counter, 0);

          for (guint r = 0; r < FTS_REPEATS; r++)
            {
              double start = now_ms (), elapsed;

              sqlite3_reset (stmt);
              sqlite3_bind_text (stmt, 1, sets[s][q], -1, SQLITE_STATIC);
              while (sqlite3_step (stmt) == SQLITE_ROW)
                ;
              elapsed = now_ms () - start;
              g_array_append_val (times, elapsed);
            }
        }

      report_begin (report, names[s]);
      report_number (report, "p50_ms", percentile (times, 50));
      report_number (report, "p95_ms", percentile (times, 95));
      report_number (report, "p99_ms", percentile (times, 99));
      report_number (report, "mean_hits", (double) hits / G_N_ELEMENTS (common_queries));
      report_end (report);
    }
  report_end (report);
}

/* ───────────────────────────── vectors ───────────────────────────── */

/* The reference: every float of the index read once, summed with the same eight independent sums
 * the scorer's dot product uses, so that both are limited by memory, not by adding. */
static G_GNUC_NO_INLINE double
sum_all (const float * restrict values,
         gsize                  n)
{
  const float *end = values + (n & ~(gsize) 7);
  float acc[8] = { 0 };
  double sum = 0;

  for (; values < end; values += 8)
    for (guint j = 0; j < 8; j++)
      acc[j] += values[j];
  for (guint j = 0; j < (n & 7); j++)
    sum += values[j];
  for (guint j = 0; j < 8; j++)
    sum += acc[j];
  return sum;
}

static GPtrArray *
load_jobs (PathwayDb *db)
{
  GPtrArray *jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) pathway_match_job_free);
  gint64 n_jobs = count (db, "SELECT max(id) FROM jobs");

  for (guint i = 0; i < N_MATCH_JOBS && n_jobs > 0; i++)
    {
      g_autoptr(GError) error = NULL;
      PathwayMatchJob *job = pathway_matches_load_job (db, 1 + (n_jobs - 1) * i / (N_MATCH_JOBS - 1), &error);

      if (job != NULL)
        g_ptr_array_add (jobs, job);
    }

  return jobs;
}

/* Reading every vector, the top k, and the top k by similarity alone, timed in turn for each job
 * and round so that a busy machine slows all three alike; and the ratio of each of the latter to
 * the reading just before it. */
enum { READ, TOP, SCAN, TOP_RATIO, SCAN_RATIO, N_TIMES };

static void
time_top (PathwayMatchIndex *index,
          GPtrArray         *jobs,
          GArray           **times,
          double            *checksum)
{
  gsize n_floats = (gsize) pathway_match_index_get_size (index) * pathway_match_index_get_n_dims (index);

  for (guint j = 0; j < jobs->len * TOP_ROUNDS; j++)
    {
      const PathwayMatchJob *job = g_ptr_array_index (jobs, j % jobs->len);
      double start = now_ms (), taken[N_TIMES];
      g_autoptr(GPtrArray) best = NULL;
      g_autoptr(GPtrArray) closest = NULL;

      *checksum += sum_all (pathway_match_index_get_vectors (index), n_floats);
      taken[READ] = now_ms () - start;
      start = now_ms ();
      best = pathway_match_index_top (index, job, pathway_match_weights_get_default (), TOP_K);
      taken[TOP] = now_ms () - start;
      start = now_ms ();
      closest = pathway_match_index_top (index, job, &similarity_only, TOP_K);
      taken[SCAN] = now_ms () - start;
      taken[TOP_RATIO] = taken[TOP] / taken[READ];
      taken[SCAN_RATIO] = taken[SCAN] / taken[READ];

      for (guint t = 0; t < N_TIMES; t++)
        g_array_append_val (times[t], taken[t]);
    }
}

/* ───────────────────────────── against brute force ───────────────────────────── */

typedef struct {
  double total;
  gint64 id;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return (x->id > y->id) - (x->id < y->id);
}

/* The index's top 50, bounded by its int8 copy, against pathway_match_score() of every candidate
 * in double precision: the share of the true 50 it returns, and what the brute force costs. */
static void
add_recall (Report            *report,
            PathwayMatchIndex *index,
            GPtrArray         *jobs)
{
  const PathwayMatchWeights *weights = pathway_match_weights_get_default ();
  guint n = pathway_match_index_get_size (index), found = 0, wanted = 0;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), n);

  for (guint j = 0; j < jobs->len; j++)
    {
      const PathwayMatchJob *job = g_ptr_array_index (jobs, j);
      g_autoptr(GPtrArray) top = pathway_match_index_top (index, job, weights, TOP_K);
      double start = now_ms (), elapsed;

      g_array_set_size (all, 0);
      for (guint row = 0; row < n; row++)
        {
          g_autoptr(PathwayMatchIndexEntry) entry = pathway_match_index_get_entry (index, row);
          PathwayMatchScore score;
          Ranked ranked;

          pathway_match_score (job, &entry->candidate, weights, &score);
          ranked = (Ranked) { score.total, entry->candidate.id };
          g_array_append_val (all, ranked);
        }
      g_array_sort (all, compare_ranked);
      elapsed = now_ms () - start;
      g_array_append_val (times, elapsed);

      for (guint a = 0; a < MIN (TOP_K, all->len); a++)
        for (guint b = 0; b < top->len; b++)
          found += g_array_index (all, Ranked, a).id == ((PathwayMatchResult *) g_ptr_array_index (top, b))->candidate_id;
      wanted += MIN (TOP_K, all->len);
    }

  report_begin (report, "exactness");
  report_number (report, "recall_at_50", wanted > 0 ? (double) found / wanted : NAN);
  report_number (report, "brute_force_ms", percentile (times, 50));
  report_end (report);
}

static void
add_matching (Report      *report,
              PathwayDb   *db)
{
  g_autoptr(PathwayMatchIndex) index = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  GArray *times[N_TIMES];
  double start, load_ms, checksum = 0, run_cold_ms, run_warm_ms;

  /* As the app's workers do: they read the file through memory mapping. */
  pathway_match_index_map_file (db);
  start = now_ms ();
  index = pathway_match_index_load (db, NULL, &error);
  load_ms = now_ms () - start;
  if (index == NULL)
    g_error ("Could not load the match index: %s", error->message);
  report_number (report, "candidates", pathway_match_index_get_size (index));
  report_number (report, "vectors_mib", pathway_match_index_get_size (index) * 4.0 *
                                        pathway_match_index_get_n_dims (index) / (1 << 20));
  report_number (report, "index_load_ms", load_ms);
  add_memory (report, "memory_after_index_load");

  jobs = load_jobs (db);
  for (guint t = 0; t < N_TIMES; t++)
    times[t] = g_array_new (FALSE, FALSE, sizeof (double));
  time_top (index, jobs, times, &checksum);
  g_debug ("Sum of every float, %u times: %g", times[READ]->len, checksum);

  report_number (report, "timings", times[READ]->len);
  report_number (report, "vector_read_ms", percentile (times[READ], 50));
  report_number (report, "top50_ms", percentile (times[TOP], 50));
  report_number (report, "top50_p95_ms", percentile (times[TOP], 95));
  report_number (report, "top50_over_read", percentile (times[TOP_RATIO], 50));
  report_number (report, "top50_every_vector_ms", percentile (times[SCAN], 50));
  report_number (report, "top50_every_vector_over_read", percentile (times[SCAN_RATIO], 50));
  for (guint t = 0; t < N_TIMES; t++)
    g_array_unref (times[t]);
  add_memory (report, "memory_after_top50");
  add_recall (report, index, jobs);
  g_clear_pointer (&index, pathway_match_index_unref);

  /* A whole run: the signature, the index (loaded, then kept), scoring, writing 50 matches. */
  start = now_ms ();
  pathway_matches_clear_cache ();
  matches = pathway_matches_run (db, 1, TOP_K, NULL, NULL, &error);
  run_cold_ms = now_ms () - start;
  g_clear_pointer (&matches, g_ptr_array_unref);
  start = now_ms ();
  matches = pathway_matches_run (db, 2, TOP_K, NULL, NULL, &error);
  run_warm_ms = now_ms () - start;
  if (matches == NULL)
    g_error ("Could not run matching: %s", error->message);
  start = now_ms ();
  g_free (pathway_match_index_dup_signature (db, NULL));
  report_number (report, "signature_ms", now_ms () - start);
  report_number (report, "match_run_cold_ms", run_cold_ms);
  report_number (report, "match_run_warm_ms", run_warm_ms);
  add_memory (report, "memory_after_match_runs");
  pathway_matches_clear_cache ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  Report report_data = { text, 0, TRUE };
  Report *report = &report_data;
  g_autoptr(PathwayDb) db = NULL;
  g_autoptr(GError) error = NULL;
  int candidates = 100000, jobs = -1, seed = 1;
  double generate_ms = NAN;
  const GOptionEntry entries[] = {
    { "candidates", 'n', 0, G_OPTION_ARG_INT, &candidates, "Candidates (students) to make, default 100000", "N" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Jobs to make, default as many as candidates", "N" },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database, "Use, or fill when empty, this database", "PATH" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the demo data, default 1", "S" },
    { NULL },
  };

  context = g_option_context_new ("— measure search and matching at scale");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || candidates < 1)
    {
      g_printerr ("bench-recruiter: %s\n", error != NULL ? error->message : "--candidates must be at least 1");
      return 2;
    }

  if (database == NULL)
    {
      folder = g_dir_make_tmp ("bench-recruiter-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (folder, "bench.db", NULL);
    }
  db = open_database (database != NULL ? database : path, (guint) candidates,
                      (guint) (jobs >= 0 ? jobs : candidates), (guint32) seed, &generate_ms, &error);
  if (db == NULL)
    {
      g_printerr ("bench-recruiter: %s\n", error->message);
      return 1;
    }

  report_begin (report, NULL);
  report_number (report, "students", count (db, "SELECT count(*) FROM users WHERE user_type = 'student'"));
  report_number (report, "jobs", count (db, "SELECT count(*) FROM jobs"));
  report_number (report, "generate_ms", generate_ms);
  add_memory (report, "memory_after_open");

  report_begin (report, "fts");
  if (count (db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('jobs_fts', 'candidates_fts')") == 2)
    {
      report_string (report, "query", "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT 50");
      add_fts (report, db, "jobs_fts");
      add_fts (report, db, "candidates_fts");
    }
  else
    report_string (report, "skipped", "this database has no jobs_fts and candidates_fts");
  report_end (report);
  add_memory (report, "memory_after_fts");

  add_matching (report, db);
  report_end (report);

  g_print ("%s\n", text->str);

  g_clear_object (&db);
  for (guint i = 0; path != NULL && i < 3; i++)
    {
      g_autofree char *file = g_strconcat (path, (const char *[]) { "", "-wal", "-shm" }[i], NULL);

      g_unlink (file);
    }
  if (folder != NULL)
    g_rmdir (folder);
  return 0;
}
