/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-match-index"

#include "config.h"

#include "pathway-match-index.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pathway-match-index-private.h"

/* The exact top k over every candidate of the index.
 *
 * The dot products are the work: 3 KB of vector a candidate against a few bytes of anything else.
 * Vectorised, they are limited by memory, so scoring everyone costs about what reading the vectors
 * once does. Most of them need not be read, though:
 *
 *   1. A candidate's skills, location and salary are known without the vector, and give a bound:
 *      the total with a perfect similarity. Every candidate's, in one pass over small arrays.
 *   2. The k best bounds are scored exactly: their k-th total is a floor for the final k-th.
 *   3. For every other candidate whose bound can still beat the k-th best so far, a second, tighter
 *      bound from an int8 copy of the vectors (a quarter of the memory): their dot product plus
 *      the most that rounding can have moved it.
 *   4. Only a candidate that passes both is scored from its float vector.
 *
 * Both bounds are sound (each score ≤ 1, weights ≥ 0, rounding monotonic, the int8 error bounded
 * with room for float arithmetic), so the result is that of scoring everyone; ties go to the
 * lower candidate id. */

/* The most a quantised value is off, in steps: half of one for rounding, with room for the float
 * arithmetic that computed it; and the most the float dot product is off the true one (eight
 * sums of 96 products of unit vectors). */
#define HALF_STEP   0.5001
#define FLOAT_SLACK 1e-5

/* ───────────────────────────── top k ───────────────────────────── */

typedef struct {
  double total;
  gint64 id;
  guint  row;
  double scores[PATHWAY_MATCH_N_COMPONENTS];
  double similarity;
} Item;

/* Higher totals first; equal totals by id, so that results never depend on the order of rows. */
static inline gboolean
ranks_above (double      total,
             gint64      id,
             const Item *item)
{
  return total > item->total || (total == item->total && id < item->id);
}

/* A min-heap of the best k so far: the root is the worst of them, the one to beat. */
typedef struct {
  Item  *items;
  guint  len;
  guint  k;
} Heap;

static void
heap_offer (Heap       *heap,
            const Item *item)
{
  Item *items = heap->items;
  guint i;

  if (heap->len == heap->k && !ranks_above (item->total, item->id, &items[0]))
    return;

  if (heap->len < heap->k)
    {
      /* Sift up from the new leaf. */
      for (i = heap->len++; i > 0 && ranks_above (items[(i - 1) / 2].total, items[(i - 1) / 2].id, item); i = (i - 1) / 2)
        items[i] = items[(i - 1) / 2];
      items[i] = *item;
      return;
    }

  /* Replace the root and sift down. */
  for (i = 0;;)
    {
      guint child = 2 * i + 1;

      if (child >= heap->len)
        break;
      if (child + 1 < heap->len && ranks_above (items[child].total, items[child].id, &items[child + 1]))
        child++;
      if (!ranks_above (item->total, item->id, &items[child]))
        break;
      items[i] = items[child];
      i = child;
    }
  items[i] = *item;
}

/* Whether a candidate whose total is at most bound could still enter. */
static inline gboolean
heap_admits (const Heap *heap,
             double      bound,
             gint64      id)
{
  return heap->len < heap->k || ranks_above (bound, id, &heap->items[0]);
}

/* Eight independent sums, so that the compiler can keep them in vector registers without
 * reordering a single sum (which it may not do with floats) and keep the loads in flight. Not
 * inlined: inside a larger loop GCC spills the sums to the stack instead. */
static G_GNUC_NO_INLINE float
dot (const float * restrict a,
     const float * restrict b,
     guint                  n)
{
  const float *end = a + (n & ~7u);
  float acc[8] = { 0 };
  float tail = 0;

  /* Pointers rather than unsigned indexes, which could wrap and so defeat vectorisation. */
  for (; a < end; a += 8, b += 8)
    for (guint j = 0; j < 8; j++)
      acc[j] += a[j] * b[j];

  for (guint j = 0; j < (n & 7u); j++)
    tail += a[j] * b[j];

  return (((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]))) + tail;
}

/* All of a row, ahead of reading it. Measured on 100,000 float vectors, reading every third one
 * took 18 ms without this and 9 ms with it; the hint for the outer caches (locality 1) did that,
 * the one for the nearest (3) not at all. Runs of adjacent rows need none: the hardware sees the
 * stream, and prefetching them anyway was slower. */
static inline void
prefetch_row (const void *row,
              gsize       size)
{
#if defined(__GNUC__)
  for (gsize i = 0; i < size; i += 64)
    __builtin_prefetch ((const guint8 *) row + i, 0, 1);
#endif
}

/* The int8 row against the query widened to int16. With SSE2 (every x86-64), pmaddwd multiplies
 * and adds pairs in one instruction, which GCC does not find by itself: 7 ms for 100,000 rows
 * where the portable loop takes 12, and reading the float vectors 13. */
static G_GNUC_NO_INLINE gint32
dot_int8 (const gint8  *row,
          const gint16 *query,
          guint         n)
{
  gint32 sum = 0;
  guint i = 0;

#if defined(__SSE2__)
  __m128i acc_low = _mm_setzero_si128 (), acc_high = _mm_setzero_si128 ();
  gint32 parts[4];

  for (; i + 16 <= n; i += 16)
    {
      __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (row + i));
      /* Each byte into the high half of a word, then shifted down with its sign. */
      __m128i low = _mm_srai_epi16 (_mm_unpacklo_epi8 (x, x), 8);
      __m128i high = _mm_srai_epi16 (_mm_unpackhi_epi8 (x, x), 8);

      acc_low = _mm_add_epi32 (acc_low, _mm_madd_epi16 (low, _mm_loadu_si128 ((const __m128i *) (const void *) (query + i))));
      acc_high = _mm_add_epi32 (acc_high, _mm_madd_epi16 (high, _mm_loadu_si128 ((const __m128i *) (const void *) (query + i + 8))));
    }
  _mm_storeu_si128 ((__m128i *) (void *) parts, _mm_add_epi32 (acc_low, acc_high));
  sum = parts[0] + parts[1] + parts[2] + parts[3];
#endif

  for (; i < n; i++)
    sum += row[i] * query[i];
  return sum;
}

/* values as int8, scaled so that the largest magnitude is 127; a zero vector stays zero. */
static void
quantise (const float *values,
          guint        n,
          gint8       *quantised,
          float       *scale,
          guint32     *l1)
{
  float top = 0, step;

  *l1 = 0;
  for (guint i = 0; i < n; i++)
    top = MAX (top, fabsf (values[i]));

  step = top > 0 ? 127.0f / top : 0;
  for (guint i = 0; i < n; i++)
    {
      float x = values[i] * step;
      /* Half away from zero; lrintf() is a call into libm, 77 million times a load. */
      int q = (int) (x + (x < 0 ? -0.5f : 0.5f));

      quantised[i] = (gint8) CLAMP (q, -127, 127);
      *l1 += (guint32) ABS (quantised[i]);
    }
  *scale = top / 127.0f;
}

void
_pathway_match_index_quantise (PathwayMatchIndex *index,
                               guint              row)
{
  gsize at = (gsize) row * index->n_dims;

  quantise (index->vectors + at, index->n_dims, index->quantised + at, &index->scales[row], &index->l1[row]);
}

/* What scoring one job needs at hand, built once per call. */
typedef struct {
  PathwayMatchIndex         *index;
  const PathwayMatchJob     *job;
  const PathwayMatchWeights *weights;
  const float               *query;       /* NULL: similarity unknown for everyone */
  gint16                    *query_int16;  /* the query's int8 values, widened once */
  float                      query_scale;
  guint32                    query_l1;
  guint8                    *wanted;      /* per skill id: does the job ask for it */
  double                    *locations;   /* per (place, remote flag): the location score */
  guint                      n_required;
} Scan;

static void
scan_init (Scan                      *scan,
           PathwayMatchIndex         *index,
           const PathwayMatchJob     *job,
           const PathwayMatchWeights *weights)
{
  scan->index = index;
  scan->job = job;
  scan->weights = weights;
  scan->query = job->vector != NULL && job->vector->n_dims == index->n_dims ? job->vector->values : NULL;
  scan->n_required = job->skill_keys->len;
  scan->query_int16 = g_new0 (gint16, index->n_dims);
  if (scan->query != NULL)
    {
      g_autofree gint8 *query_int8 = g_new (gint8, index->n_dims);

      quantise (scan->query, index->n_dims, query_int8, &scan->query_scale, &scan->query_l1);
      for (guint i = 0; i < index->n_dims; i++)
        scan->query_int16[i] = query_int8[i];
    }

  /* Skills the job asks for that no candidate has are simply never found. */
  scan->wanted = g_new0 (guint8, MAX (index->skill_keys->len, 1));
  for (guint i = 0; i < job->skill_keys->len; i++)
    {
      gpointer found = g_hash_table_lookup (index->skill_by_key, g_ptr_array_index (job->skill_keys, i));

      if (found != NULL)
        scan->wanted[GPOINTER_TO_UINT (found) - 1] = TRUE;
    }

  /* The rule in core, applied once to each place the index knows. */
  scan->locations = g_new (double, 3 * (gsize) index->location_keys->len);
  for (guint i = 0; i < index->location_keys->len; i++)
    for (int remote_ok = PATHWAY_MATCH_UNKNOWN; remote_ok <= TRUE; remote_ok++)
      scan->locations[3 * i + remote_ok + 1] = pathway_match_location_score (job, g_ptr_array_index (index->location_keys, i),
                                                                             remote_ok, NULL);
}

static void
scan_clear (Scan *scan)
{
  g_free (scan->wanted);
  g_free (scan->locations);
  g_free (scan->query_int16);
}

static inline gboolean
has_similarity (const Scan *scan,
                guint       row)
{
  return scan->query != NULL && scan->index->has_vector[row];
}

/* Every score but similarity's, which is 1 (the most it can be) when it will be measured. */
static void
score_without_vector (const Scan *scan,
                      guint       row,
                      Item       *item)
{
  PathwayMatchIndex *index = scan->index;
  const guint32 *skills = (const guint32 *) (gpointer) index->skill_ids->data;
  guint matched = 0;

  for (guint i = index->skill_starts[row]; i < index->skill_starts[row + 1]; i++)
    matched += scan->wanted[skills[i]];

  item->id = index->ids[row];
  item->row = row;
  item->similarity = NAN;
  item->scores[PATHWAY_MATCH_SKILLS] = pathway_match_skills_score (matched, scan->n_required, NULL);
  item->scores[PATHWAY_MATCH_LOCATION] = scan->locations[3 * index->location_ids[row] + index->remote_ok[row] + 1];
  item->scores[PATHWAY_MATCH_SALARY] = pathway_match_salary_score (scan->job, index->salaries[row], NULL);
  item->scores[PATHWAY_MATCH_SIMILARITY] = has_similarity (scan, row) ? 1.0
                                                                       : pathway_match_similarity_score (scan->weights, NAN);
  item->total = pathway_match_total (scan->weights, item->scores);
}

/* From a bound to the exact score: the vector is read. */
static void
score_vector (const Scan *scan,
              Item       *item)
{
  PathwayMatchIndex *index = scan->index;

  if (!has_similarity (scan, item->row))
    return;

  item->similarity = dot (index->vectors + (gsize) item->row * index->n_dims, scan->query, index->n_dims);
  item->scores[PATHWAY_MATCH_SIMILARITY] = pathway_match_similarity_score (scan->weights, item->similarity);
  item->total = pathway_match_total (scan->weights, item->scores);
}

/* At least the cosine score_vector() would find: the int8 copies' dot product, scaled back, plus
 * all that rounding can have moved it, s_v s_q (h (L1_v + L1_q) + d h²), and the float slack. */
static double
cosine_upper_bound (const Scan *scan,
                    guint       row)
{
  PathwayMatchIndex *index = scan->index;
  gint32 dot_q = dot_int8 (index->quantised + (gsize) row * index->n_dims, scan->query_int16, index->n_dims);
  double error = HALF_STEP * ((double) index->l1[row] + scan->query_l1) + index->n_dims * HALF_STEP * HALF_STEP;

  return (double) index->scales[row] * scan->query_scale * (dot_q + error) + FLOAT_SLACK;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = a, *y = b;

  return ranks_above (x->total, x->id, y) ? -1 : ranks_above (y->total, y->id, x) ? 1 : 0;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Item *x = a, *y = b;

  return (x->row > y->row) - (x->row < y->row);
}

static GPtrArray *
collect_results (Heap *heap)
{
  GPtrArray *results = g_ptr_array_new_full (heap->len, g_free);

  qsort (heap->items, heap->len, sizeof (Item), compare_items);
  for (guint i = 0; i < heap->len; i++)
    {
      PathwayMatchResult *result = g_new0 (PathwayMatchResult, 1);

      result->candidate_id = heap->items[i].id;
      result->row = heap->items[i].row;
      result->total = heap->items[i].total;
      result->similarity = heap->items[i].similarity;
      memcpy (result->scores, heap->items[i].scores, sizeof result->scores);
      g_ptr_array_add (results, result);
    }

  return results;
}

/* What step 1 learns of a candidate: its scores but similarity's, and its bound. */
typedef struct {
  double total;
  double scores[PATHWAY_MATCH_N_COMPONENTS];
} Bound;

static void
item_from_bound (PathwayMatchIndex *index,
                 const Bound       *bound,
                 guint              row,
                 Item              *item)
{
  item->id = index->ids[row];
  item->row = row;
  item->similarity = NAN;
  item->total = bound->total;
  memcpy (item->scores, bound->scores, sizeof item->scores);
}

/* Steps 1 and 2: every bound, and the exact scores of the k best bounds, sorted by row. */
static Bound *
seed (const Scan *scan,
      Heap       *seeds,
      Heap       *heap)
{
  guint n = scan->index->n;
  Bound *bounds = g_new (Bound, MAX (n, 1));

  for (guint row = 0; row < n; row++)
    {
      Item item;

      score_without_vector (scan, row, &item);
      bounds[row].total = item.total;
      memcpy (bounds[row].scores, item.scores, sizeof item.scores);
      heap_offer (seeds, &item);
    }

  qsort (seeds->items, seeds->len, sizeof (Item), compare_rows);
  for (guint i = 0; i < seeds->len; i++)
    {
      Item item = seeds->items[i];

      score_vector (scan, &item);
      heap_offer (heap, &item);
    }

  return bounds;
}

/* The k best candidates for job, best first, as PathwayMatchResult; the same as scoring each with
 * pathway_match_score() and sorting, but for the cosine's rounding in float. */
GPtrArray *
pathway_match_index_top (PathwayMatchIndex         *index,
                         const PathwayMatchJob     *job,
                         const PathwayMatchWeights *weights,
                         guint                      k)
{
  g_autofree Bound *bounds = NULL;
  g_autofree Item *seed_items = NULL;
  g_autofree Item *heap_items = NULL;
  g_autoptr(GArray) pending = NULL;
  Heap seeds, heap;
  Scan scan;
  guint next_seed = 0, n_read, n_int8 = 0;

  g_return_val_if_fail (index != NULL, NULL);
  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (weights != NULL, NULL);

  k = MIN (k, index->n);
  seed_items = g_new (Item, MAX (k, 1));
  heap_items = g_new (Item, MAX (k, 1));
  seeds = (Heap) { seed_items, 0, k };
  heap = (Heap) { heap_items, 0, k };
  if (k == 0)
    return collect_results (&heap);

  scan_init (&scan, index, job, weights);
  bounds = seed (&scan, &seeds, &heap);
  n_read = seeds.len;

  /* Steps 3 and 4, for those that may still enter; listed first so that each read can prefetch the
   * next. The k-th best only rises meanwhile, and is checked again before each read. */
  pending = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint row = 0; row < index->n; row++)
    {
      if (next_seed < seeds.len && seeds.items[next_seed].row == row)
        next_seed++;
      else if (heap_admits (&heap, bounds[row].total, index->ids[row]))
        g_array_append_val (pending, row);
    }

  for (guint i = 0; i < pending->len; i++)
    {
      guint row = g_array_index (pending, guint, i);
      Item item;

      if (i + 1 < pending->len && g_array_index (pending, guint, i + 1) != row + 1)
        prefetch_row (index->quantised + (gsize) g_array_index (pending, guint, i + 1) * index->n_dims,
                      index->n_dims);
      if (!heap_admits (&heap, bounds[row].total, index->ids[row]))
        continue;

      item_from_bound (index, &bounds[row], row, &item);
      if (has_similarity (&scan, row))
        {
          item.scores[PATHWAY_MATCH_SIMILARITY] = pathway_match_similarity_score (weights,
                                                                                  cosine_upper_bound (&scan, row));
          n_int8++;
          if (!heap_admits (&heap, pathway_match_total (weights, item.scores), item.id))
            continue;
        }

      score_vector (&scan, &item);
      heap_offer (&heap, &item);
      n_read++;
    }

  scan_clear (&scan);
  g_debug ("Top %u of %u candidates: %u int8 bounds, %u scored exactly", k, index->n, n_int8, n_read);
  return collect_results (&heap);
}
