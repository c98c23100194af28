/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "pathway-candidate-embedder.h"
#include "pathway-candidates.h"
#include "pathway-embedding.h"
#include "pathway-http.h"
#include "pathway-match-runner.h"
#include "pathway-matches.h"
#include "pathway-matching.h"
#include "pathway-sync-error.h"
#include "pathway-test.h"

/* Candidates embedded again by a service: a SoupServer on 127.0.0.1 speaking /v1/embeddings,
 * whose model gives each text a vector of its own drawn from a hash of it, unrelated to what
 * Pathway's local embedding makes. */

#define N_CANDIDATES 70
#define MODEL        "hash-embed"

typedef struct {
  SoupServer   *server;
  const char   *scenario;    /* what the server does from its second request; NULL answers */
  guint         requests;
  GArray       *batch_sizes; /* guint: texts in each request answered */
  PathwayDb    *db;
  gint64        job_id;
  GArray       *user_ids;    /* gint64: the candidates, in order */
  GPtrArray    *texts;       /* char *: what each candidate must be embedded from */
  GCancellable *cancellable;
  guint         cancel_at;   /* cancels once this many are done; 0 never */
  GArray       *progress;    /* guint pairs: done, total */
  GAsyncResult *result;
} Fixture;

/* The model: the text's own unit-free vector, the same every time. */
static PathwayVector *
hash_vector (const char *text)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_str_hash (text));
  PathwayVector *vector = pathway_vector_new (PATHWAY_EMBEDDING_DIMS);

  for (guint i = 0; i < vector->n_dims; i++)
    vector->values[i] = (float) g_rand_double_range (rand, -1.0, 1.0);
  return vector;
}

/* What the client makes of the server's answer for text: scaled to unit length. */
static PathwayVector *
expected_vector (const char *text)
{
  PathwayVector *vector = hash_vector (text);

  pathway_vector_normalize (vector);
  return vector;
}

static char *
answer_body (JsonArray *input)
{
  GString *json = g_string_new ("{\"object\":\"list\",\"data\":[");

  for (guint i = 0; i < json_array_get_length (input); i++)
    {
      g_autoptr(PathwayVector) vector = hash_vector (json_array_get_string_element (input, i));

      g_string_append_printf (json, "%s{\"object\":\"embedding\",\"index\":%u,\"embedding\":[", i > 0 ? "," : "", i);
      for (guint j = 0; j < vector->n_dims; j++)
        g_string_append_printf (json, "%s%.9g", j > 0 ? "," : "", vector->values[j]);
      g_string_append (json, "]}");
    }

  g_string_append (json, "],\"model\":\"" MODEL "\"}");
  return g_string_free (json, FALSE);
}

static void
answer (SoupServerMessage *message,
        guint              status,
        const char        *body)
{
  soup_server_message_set_status (message, status, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, body, strlen (body));
}

static void
handle (SoupServer        *server,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Fixture *fixture = user_data;
  SoupMessageBody *request = soup_server_message_get_request_body (message);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (request);
  g_autoptr(JsonNode) json = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  JsonArray *input = json_object_get_array_member (json_node_get_object (json), "input");
  g_autofree char *body = NULL;
  guint n = json_array_get_length (input);

  g_assert_cmpstr (path, ==, "/v1/embeddings");
  fixture->requests++;
  if (g_strcmp0 (fixture->scenario, "server-error") == 0 && fixture->requests >= 2)
    answer (message, 500, "{\"error\": {\"message\": \"The server had an error.\", \"type\": \"server_error\"}}");
  else if (g_strcmp0 (fixture->scenario, "bad-request") == 0 && fixture->requests == 2)
    answer (message, 400, "{\"error\": {\"message\": \"Invalid input.\", \"type\": \"invalid_request_error\"}}");
  else
    {
      g_array_append_val (fixture->batch_sizes, n);
      body = answer_body (input);
      answer (message, 200, body);
    }
}

static guint
no_delay (guint    attempt,
          guint    ceiling_ms,
          gint64   retry_after_ms,
          gpointer user_data)
{
  return 0;
}

/* Candidates as a recruiter adds them, each with a local vector. */
static void
add_candidates (Fixture *fixture)
{
  static const char * const skill_sets[][3] = {
    { "Python", "SQL", NULL }, { "Go", NULL, NULL }, { "Figma", "CSS", NULL }, { NULL, NULL, NULL },
  };
  gint64 recruiter_id = pathway_test_add_recruiter (fixture->db);

  for (guint i = 0; i < N_CANDIDATES; i++)
    {
      g_autoptr(PathwayCandidateDraft) draft = pathway_candidate_draft_new ();
      g_autoptr(GError) error = NULL;
      const char * const *skills = skill_sets[i % G_N_ELEMENTS (skill_sets)];
      gint64 id;

      draft->recruiter_id = recruiter_id;
      draft->name = g_strdup_printf ("Candidate %u", i);
      draft->summary = g_strdup_printf ("Candidate %u builds data pipelines and dashboards.", i);
      draft->skills = g_strdupv ((GStrv) skills);
      id = pathway_candidates_save (fixture->db, draft, &error);
      g_assert_no_error (error);
      g_array_append_val (fixture->user_ids, id);
      g_ptr_array_add (fixture->texts, pathway_match_candidate_text (draft->summary, skills));
    }

  fixture->job_id = pathway_test_add_job (fixture->db, recruiter_id, "Data Engineer",
                                          "Builds data pipelines in Python and SQL.");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;
  g_autofree char *base_url = NULL;

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, "/", handle, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fixture->server);
  base_url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_setenv ("PATHWAY_EMBEDDINGS_URL", base_url, TRUE);
  g_setenv ("PATHWAY_EMBEDDINGS_MODEL", MODEL, TRUE);
  g_setenv ("PATHWAY_EMBEDDINGS_KEY", "", TRUE);
  pathway_http_set_delay_func (no_delay, NULL);

  fixture->batch_sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  fixture->user_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  fixture->texts = g_ptr_array_new_with_free_func (g_free);
  fixture->progress = g_array_new (FALSE, FALSE, sizeof (guint));
  fixture->cancellable = g_cancellable_new ();
  fixture->db = pathway_test_open_db ();
  add_candidates (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pathway_matches_clear_cache ();
  pathway_http_set_delay_func (NULL, NULL);
  g_unsetenv ("PATHWAY_EMBEDDINGS_URL");
  g_unsetenv ("PATHWAY_EMBEDDINGS_MODEL");
  g_unsetenv ("PATHWAY_EMBEDDINGS_KEY");
  g_clear_object (&fixture->result);
  g_clear_object (&fixture->db);
  g_clear_object (&fixture->cancellable);
  g_array_unref (fixture->progress);
  g_ptr_array_unref (fixture->texts);
  g_array_unref (fixture->user_ids);
  g_array_unref (fixture->batch_sizes);
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
}

static void
on_done (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *fixture = user_data;

  g_assert_null (fixture->result);
  fixture->result = g_object_ref (result);
}

static void
wait_for_result (Fixture *fixture)
{
  while (fixture->result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Fixture *fixture = user_data;

  g_array_append_val (fixture->progress, done);
  g_array_append_val (fixture->progress, total);
  if (fixture->cancel_at > 0 && done >= fixture->cancel_at)
    g_cancellable_cancel (fixture->cancellable);
}

static PathwayEmbeddingsClient *
client_from_settings (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  PathwayEmbeddingsClient *client;

  pathway_embeddings_client_new_from_settings_async (NULL, on_done, fixture);
  wait_for_result (fixture);
  client = pathway_embeddings_client_new_from_settings_finish (fixture->result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (client);
  g_clear_object (&fixture->result);
  return client;
}

/* The number embedded, or -1 with error set. */
static gssize
embed (Fixture  *fixture,
       GError  **error)
{
  g_autoptr(PathwayEmbeddingsClient) client = client_from_settings (fixture);
  gssize n;

  g_array_set_size (fixture->progress, 0);
  pathway_candidate_embedder_run_async (fixture->db, client, PATHWAY_CANDIDATE_EMBEDDER_BATCH_SIZE,
                                        on_progress, fixture, fixture->cancellable, on_done, fixture);
  wait_for_result (fixture);
  n = pathway_candidate_embedder_run_finish (fixture->result, error);
  g_clear_object (&fixture->result);
  return n;
}

/* Every stored vector and when it changed, as one text. */
static char *
snapshot (PathwayDb *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (db,
                                                    "SELECT group_concat (user_id || ':' || hex (vector) || ':' || updated_at, ';') "
                                                    "FROM (SELECT * FROM candidate_vectors ORDER BY user_id)",
                                                    &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static void
assert_vectors_are_the_services (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (fixture->db,
                                                    "SELECT user_id, vector FROM candidate_vectors ORDER BY user_id",
                                                    &error);
  guint i = 0;

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *text = g_ptr_array_index (fixture->texts, i);
      g_autoptr(PathwayVector) stored = pathway_vector_new_from_blob (sqlite3_column_blob (stmt, 1),
                                                                      sqlite3_column_bytes (stmt, 1));
      g_autoptr(PathwayVector) expected = expected_vector (text);

      g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, g_array_index (fixture->user_ids, gint64, i));
      g_assert_true (pathway_vector_equal (stored, expected));
      i++;
    }
  g_assert_cmpuint (i, ==, N_CANDIDATES);
}

/* Ranks the job as the app does; the notice, or NULL. */
static char *
rank (Fixture *fixture)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  char *notice = NULL;

  pathway_match_runner_run_async (fixture->db, fixture->job_id, 10, NULL, on_done, fixture);
  wait_for_result (fixture);
  matches = pathway_match_runner_run_finish (fixture->result, &notice, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 10);
  g_clear_object (&fixture->result);
  return notice;
}

/* How many of the job's stored matches name embedder as what ranked them. */
static gint64
count_matches_by (Fixture    *fixture,
                  const char *embedder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayStmt) stmt = pathway_db_prepare (fixture->db,
                                                    "SELECT count(*) FROM candidate_matches WHERE job_id = ?1 "
                                                    "AND json_extract (match_reasons, '$.embedder') = ?2",
                                                    &error);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, fixture->job_id);
  sqlite3_bind_text (stmt, 2, embedder, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static void
test_embed (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(PathwayEmbeddingsClient) client = client_from_settings (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(PathwayVector) local = pathway_embedding_embed (g_ptr_array_index (fixture->texts, 0),
                                                            PATHWAY_EMBEDDING_DIMS);
  g_autoptr(PathwayVector) service = expected_vector (g_ptr_array_index (fixture->texts, 0));
  const guint expected_progress[] = { 32, 70, 64, 70, 70, 70 };
  gssize n;

  /* The service's space is not the local one, and the stored vectors are local ones. */
  g_assert_cmpfloat (pathway_vector_dot (local, service), <, 0.5);
  before = rank (fixture);
  g_assert_nonnull (before);
  g_assert_nonnull (strstr (before, "pathway-cli candidates embed"));
  g_assert_cmpint (count_matches_by (fixture, "local"), ==, 10);
  fixture->requests = 0;
  g_array_set_size (fixture->batch_sizes, 0);

  n = embed (fixture, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, N_CANDIDATES);
  g_assert_cmpuint (fixture->requests, ==, 3);
  g_assert_cmpuint (fixture->batch_sizes->len, ==, 3);
  g_assert_cmpuint (g_array_index (fixture->batch_sizes, guint, 0), ==, 32);
  g_assert_cmpuint (g_array_index (fixture->batch_sizes, guint, 1), ==, 32);
  g_assert_cmpuint (g_array_index (fixture->batch_sizes, guint, 2), ==, 6);
  g_assert_cmpmem (fixture->progress->data, fixture->progress->len * sizeof (guint),
                   expected_progress, sizeof expected_progress);
  assert_vectors_are_the_services (fixture);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM temp.candidate_vector_stage WHERE ?1", 1),
                   ==, 0);

  /* Now the service's probes find their own vectors, and it ranks. */
  after = rank (fixture);
  g_assert_null (after);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM candidate_matches WHERE job_id = ?1",
                                       fixture->job_id), ==, 10);
  g_assert_cmpint (count_matches_by (fixture, pathway_embeddings_client_get_name (client)), ==, 10);
}

static void
assert_unchanged_after_failure (Fixture    *fixture,
                                const char *scenario,
                                int         code,
                                guint       requests)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (fixture->db);
  g_autofree char *after = NULL;
  gssize n;

  fixture->scenario = scenario;
  n = embed (fixture, &error);
  g_assert_cmpint (n, ==, -1);
  g_assert_error (error, PATHWAY_SYNC_ERROR, code);
  g_assert_cmpuint (fixture->requests, ==, requests);
  after = snapshot (fixture->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (pathway_test_count (fixture->db,
                                       "SELECT count(*) FROM sqlite_temp_master WHERE name = 'candidate_vector_stage' "
                                       "AND ?1", 1), ==, 0);

  /* Nothing of the failed run gets in the way of the next. */
  fixture->scenario = NULL;
  g_clear_error (&error);
  n = embed (fixture, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, N_CANDIDATES);
  assert_vectors_are_the_services (fixture);
}

/* 500 on the second batch, and on both retries of it. */
static void
test_server_error (Fixture       *fixture,
                   gconstpointer  data)
{
  assert_unchanged_after_failure (fixture, "server-error", PATHWAY_SYNC_ERROR_SERVER, 4);
}

static void
test_bad_request (Fixture       *fixture,
                  gconstpointer  data)
{
  assert_unchanged_after_failure (fixture, "bad-request", PATHWAY_SYNC_ERROR_INVALID_RESPONSE, 2);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (fixture->db);
  g_autofree char *after = NULL;
  gssize n;

  fixture->cancel_at = PATHWAY_CANDIDATE_EMBEDDER_BATCH_SIZE;
  n = embed (fixture, &error);
  g_assert_cmpint (n, ==, -1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->requests, ==, 1);
  g_assert_cmpuint (fixture->progress->len, ==, 2);
  after = snapshot (fixture->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (pathway_test_count (fixture->db,
                                       "SELECT count(*) FROM sqlite_temp_master WHERE name = 'candidate_vector_stage' "
                                       "AND ?1", 1), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sync/candidate-embedder/embed", test_embed);
  ADD ("/sync/candidate-embedder/server-error", test_server_error);
  ADD ("/sync/candidate-embedder/bad-request", test_bad_request);
  ADD ("/sync/candidate-embedder/cancel", test_cancel);
#undef ADD

  return g_test_run ();
}
