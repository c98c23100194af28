/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-paged-model"

#include "config.h"

#include "pathway-paged-model.h"

#include "pathway-row-object.h"

/* ───────────────────────────── queries ───────────────────────────── */

typedef struct {
  const PathwayTable *table;  /* of the records a page holds */
  gint64            (*count) (PathwayDb *db, gconstpointer query, GError **error);
  GPtrArray        *(*fetch) (PathwayDb *db, gconstpointer query, gconstpointer after,
                              guint offset, guint limit, GError **error);
  GDestroyNotify      free;
} ListQueryClass;

struct _PathwayListQuery
{
  const ListQueryClass *klass;
  gpointer              query;
};

static gint64
count_jobs (PathwayDb     *db,
            gconstpointer  query,
            GError       **error)
{
  return pathway_jobs_count (db, query, error);
}

static GPtrArray *
fetch_jobs (PathwayDb      *db,
            gconstpointer   query,
            gconstpointer   after,
            guint           offset,
            guint           limit,
            GError        **error)
{
  return pathway_jobs_fetch_page (db, query, after, offset, limit, error);
}

static void
free_job_query (gpointer query)
{
  pathway_job_query_free (query);
}

static const ListQueryClass jobs_class = {
  &pathway_job_summaries_table, count_jobs, fetch_jobs, free_job_query
};

static gint64
count_candidates (PathwayDb     *db,
                  gconstpointer  query,
                  GError       **error)
{
  return pathway_candidates_count (db, query, error);
}

static GPtrArray *
fetch_candidates (PathwayDb      *db,
                  gconstpointer   query,
                  gconstpointer   after,
                  guint           offset,
                  guint           limit,
                  GError        **error)
{
  return pathway_candidates_fetch_page (db, query, after, offset, limit, error);
}

static void
free_candidate_query (gpointer query)
{
  pathway_candidate_query_free (query);
}

static const ListQueryClass candidates_class = {
  &pathway_candidate_summaries_table, count_candidates, fetch_candidates, free_candidate_query
};

static PathwayListQuery *
list_query_new (const ListQueryClass *klass,
                gpointer              query)
{
  PathwayListQuery *self = g_new0 (PathwayListQuery, 1);

  self->klass = klass;
  self->query = query;
  return self;
}

/* The jobs list; the query is copied. Its rows are PathwayJobSummary. */
PathwayListQuery *
pathway_list_query_new_jobs (const PathwayJobQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);

  return list_query_new (&jobs_class, pathway_job_query_copy (query));
}

/* The candidates list; the query is copied. Its rows are PathwayCandidateSummary. */
PathwayListQuery *
pathway_list_query_new_candidates (const PathwayCandidateQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);

  return list_query_new (&candidates_class, pathway_candidate_query_copy (query));
}

void
pathway_list_query_free (PathwayListQuery *query)
{
  if (query == NULL)
    return;

  query->klass->free (query->query);
  g_free (query);
}

/* ───────────────────────────── pages ───────────────────────────── */

typedef struct {
  guint      index;
  GPtrArray *records;  /* a slot is NULL once its item has taken the record */
  GPtrArray *items;    /* PathwayRowObject, or NULL until asked for */
} Page;

static void
unref_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->records);
  g_ptr_array_unref (page->items);
  g_free (page);
}

static gconstpointer
page_get_record (Page  *page,
                 guint  i)
{
  PathwayRowObject *item = g_ptr_array_index (page->items, i);

  return item != NULL ? pathway_row_object_get_record (item) : g_ptr_array_index (page->records, i);
}

/* ───────────────────────────── the model ───────────────────────────── */

struct _PathwayPagedModel
{
  GObject           parent_instance;

  PathwayDb        *db;
  PathwayListQuery *query;
  guint             n_items;
  GQueue            pages;  /* of Page, most recently used first */
  guint             n_keyset_fetches;
  guint             n_offset_fetches;
};

static void pathway_paged_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PathwayPagedModel, pathway_paged_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pathway_paged_model_list_model_init))

enum {
  PROP_0,
  PROP_DB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_pages (PathwayPagedModel *self)
{
  g_queue_clear_full (&self->pages, page_free);
}

static Page *
find_page (PathwayPagedModel *self,
           guint              index)
{
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    if (((Page *) l->data)->index == index)
      return l->data;

  return NULL;
}

static Page *
fetch_page (PathwayPagedModel  *self,
            guint               index,
            GError            **error)
{
  Page *before = index > 0 ? find_page (self, index - 1) : NULL;
  gconstpointer after = NULL;
  GPtrArray *records;
  Page *page;

  /* Only a full page ends where this one starts. */
  if (before != NULL && before->records->len == PATHWAY_PAGED_MODEL_PAGE_SIZE)
    after = page_get_record (before, before->records->len - 1);

  records = self->query->klass->fetch (self->db, self->query->query, after,
                                       index * PATHWAY_PAGED_MODEL_PAGE_SIZE,
                                       PATHWAY_PAGED_MODEL_PAGE_SIZE, error);
  if (records == NULL)
    return NULL;

  if (after != NULL)
    self->n_keyset_fetches++;
  else
    self->n_offset_fetches++;

  page = g_new0 (Page, 1);
  page->index = index;
  page->records = records;
  page->items = g_ptr_array_new_full (records->len, unref_item);
  g_ptr_array_set_size (page->items, records->len);
  return page;
}

/* The page, from the cache or the database, made the most recently used. */
static Page *
ensure_page (PathwayPagedModel  *self,
             guint               index,
             GError            **error)
{
  Page *page = find_page (self, index);

  if (page != NULL)
    {
      g_queue_remove (&self->pages, page);
      g_queue_push_head (&self->pages, page);
      return page;
    }

  page = fetch_page (self, index, error);
  if (page == NULL)
    return NULL;

  g_queue_push_head (&self->pages, page);
  while (g_queue_get_length (&self->pages) > PATHWAY_PAGED_MODEL_MAX_PAGES)
    page_free (g_queue_pop_tail (&self->pages));

  return page;
}

static GType
pathway_paged_model_get_item_type (GListModel *model)
{
  return PATHWAY_TYPE_ROW_OBJECT;
}

static guint
pathway_paged_model_get_n_items (GListModel *model)
{
  return PATHWAY_PAGED_MODEL (model)->n_items;
}

static gpointer
pathway_paged_model_get_item (GListModel *model,
                              guint       position)
{
  PathwayPagedModel *self = PATHWAY_PAGED_MODEL (model);
  g_autoptr(GError) error = NULL;
  Page *page;
  guint i = position % PATHWAY_PAGED_MODEL_PAGE_SIZE;

  if (position >= self->n_items)
    return NULL;

  page = ensure_page (self, position / PATHWAY_PAGED_MODEL_PAGE_SIZE, &error);
  if (page == NULL)
    {
      g_warning ("Could not read a page of the list: %s", error->message);
      return NULL;
    }

  /* The rows changed since the count, and refresh() has not run yet. */
  if (i >= page->records->len)
    return NULL;

  if (g_ptr_array_index (page->items, i) == NULL)
    {
      gpointer record = g_steal_pointer (&page->records->pdata[i]);

      page->items->pdata[i] = pathway_row_object_new (self->query->klass->table, record);
    }

  return g_object_ref (g_ptr_array_index (page->items, i));
}

static void
pathway_paged_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pathway_paged_model_get_item_type;
  iface->get_n_items = pathway_paged_model_get_n_items;
  iface->get_item = pathway_paged_model_get_item;
}

static void
pathway_paged_model_finalize (GObject *object)
{
  PathwayPagedModel *self = (PathwayPagedModel *) object;

  clear_pages (self);
  g_clear_pointer (&self->query, pathway_list_query_free);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (pathway_paged_model_parent_class)->finalize (object);
}

static void
pathway_paged_model_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PathwayPagedModel *self = PATHWAY_PAGED_MODEL (object);

  switch (prop_id)
    {
    case PROP_DB:
      g_value_set_object (value, self->db);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_paged_model_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PathwayPagedModel *self = PATHWAY_PAGED_MODEL (object);

  switch (prop_id)
    {
    case PROP_DB:
      self->db = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pathway_paged_model_class_init (PathwayPagedModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pathway_paged_model_finalize;
  object_class->get_property = pathway_paged_model_get_property;
  object_class->set_property = pathway_paged_model_set_property;

  properties[PROP_DB] =
    g_param_spec_object ("db", NULL, NULL, PATHWAY_TYPE_DB,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pathway_paged_model_init (PathwayPagedModel *self)
{
  g_queue_init (&self->pages);
}

/* Counts the query's rows and starts over with it: every item is removed and the new ones added,
 * in one items-changed signal. On an error nothing changes. */
static gboolean
reset (PathwayPagedModel  *self,
       PathwayListQuery   *query,
       GError            **error)
{
  gint64 count = query->klass->count (self->db, query->query, error);
  guint removed = self->n_items;

  if (count < 0)
    return FALSE;

  clear_pages (self);
  if (query != self->query)
    {
      g_clear_pointer (&self->query, pathway_list_query_free);
      self->query = query;
    }
  self->n_items = (guint) MIN (count, G_MAXUINT);

  if (removed > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);
  return TRUE;
}

/* A model listing query (taken); NULL on an error. */
PathwayPagedModel *
pathway_paged_model_new (PathwayDb         *db,
                         PathwayListQuery  *query,
                         GError           **error)
{
  g_autoptr(PathwayPagedModel) self = NULL;
  g_autoptr(PathwayListQuery) owned = query;

  g_return_val_if_fail (PATHWAY_IS_DB (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = g_object_new (PATHWAY_TYPE_PAGED_MODEL, "db", db, NULL);
  if (!reset (self, owned, error))
    return NULL;

  owned = NULL;
  return g_steal_pointer (&self);
}

PathwayDb *
pathway_paged_model_get_db (PathwayPagedModel *self)
{
  g_return_val_if_fail (PATHWAY_IS_PAGED_MODEL (self), NULL);

  return self->db;
}

/* Lists query (taken) instead, as after new search text or another order. */
gboolean
pathway_paged_model_set_query (PathwayPagedModel  *self,
                               PathwayListQuery   *query,
                               GError            **error)
{
  g_autoptr(PathwayListQuery) owned = query;

  g_return_val_if_fail (PATHWAY_IS_PAGED_MODEL (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  if (!reset (self, owned, error))
    return FALSE;

  owned = NULL;
  return TRUE;
}

/* Reads the list again after a write: a new count, and pages from the database as they are asked for. */
gboolean
pathway_paged_model_refresh (PathwayPagedModel  *self,
                             GError            **error)
{
  g_return_val_if_fail (PATHWAY_IS_PAGED_MODEL (self), FALSE);

  return reset (self, self->query, error);
}

/* For tests and benchmarks: the pages held, never more than PATHWAY_PAGED_MODEL_MAX_PAGES. */
guint
pathway_paged_model_get_n_cached_pages (PathwayPagedModel *self)
{
  g_return_val_if_fail (PATHWAY_IS_PAGED_MODEL (self), 0);

  return g_queue_get_length (&self->pages);
}

/* For tests and benchmarks: how many pages were asked for just past a held page (by keyset) and
 * how many by offset. A list in relevance order reads the first kind by offset too: bm25 ranks
 * give no key to seek past (pathway-list-search.c). */
void
pathway_paged_model_get_fetch_counts (PathwayPagedModel *self,
                                      guint             *by_keyset,
                                      guint             *by_offset)
{
  g_return_if_fail (PATHWAY_IS_PAGED_MODEL (self));

  if (by_keyset != NULL)
    *by_keyset = self->n_keyset_fetches;
  if (by_offset != NULL)
    *by_offset = self->n_offset_fetches;
}
