/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "pathway-embedding.h"
#include "pathway-embeddings-client.h"
#include "pathway-matches.h"
#include "pathway-rows.h"
#include "pathway-sync-error.h"
#include "pathway-test.h"

/* The embeddings client against a SoupServer on 127.0.0.1 that answers like an OpenAI-compatible
 * service (/v1/embeddings) and like Ollama (/api/embed). Its model is a mirror: it gives each
 * text the vector Pathway's local embedding gives it, so that its answers can be checked and a
 * job embedded by it can be matched against candidates embedded locally. */

#define TEST_KEY "sk-test-PathwayEmbeddings0123456789"

static GString *log_text;
static GMutex log_lock;

typedef struct {
  SoupServer   *server;
  char         *base_url;
  const char   *scenario;     /* what the server does; NULL answers normally */
  guint         requests;
  GPtrArray    *inputs;       /* of the last request */
  char         *model;        /* of the last request */
  char         *authorization;
  GAsyncResult *result;
} Fixture;

static GLogWriterOutput
capture_log (GLogLevelFlags   log_level,
             const GLogField *fields,
             gsize            n_fields,
             gpointer         user_data)
{
  g_mutex_lock (&log_lock);
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE"))
      {
        g_string_append_len (log_text, fields[i].value,
                             fields[i].length < 0 ? (gssize) strlen (fields[i].value) : fields[i].length);
        g_string_append_c (log_text, '\n');
      }
  g_mutex_unlock (&log_lock);

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* The mirror model: the local embedding of the text, without the nomic prefixes. */
static void
add_mirror_vector (GString    *json,
                   const char *input,
                   guint       n_dims)
{
  const char *text = input;
  g_autoptr(PathwayVector) vector = NULL;

  if (g_str_has_prefix (text, "search_query: "))
    text += strlen ("search_query: ");
  else if (g_str_has_prefix (text, "search_document: "))
    text += strlen ("search_document: ");

  vector = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
  g_string_append_c (json, '[');
  for (guint i = 0; i < n_dims; i++)
    g_string_append_printf (json, "%s%.9g", i > 0 ? "," : "", i < vector->n_dims ? vector->values[i] : 0.5);
  g_string_append_c (json, ']');
}

/* OpenAI's answer lists the embeddings backwards, as nothing promises their order. */
static char *
mirror_answer (Fixture  *fixture,
               gboolean  ollama)
{
  GString *json = g_string_new (ollama ? "{\"model\":\"m\",\"embeddings\":[" : "{\"object\":\"list\",\"data\":[");
  guint n = fixture->inputs->len;
  guint n_dims = g_strcmp0 (fixture->scenario, "dims") == 0 ? 384 : PATHWAY_EMBEDDING_DIMS;

  for (guint j = 0; j < n; j++)
    {
      guint i = ollama ? j : n - 1 - j;

      if (g_strcmp0 (fixture->scenario, "missing") == 0 && j == n - 1)
        break;
      if (j > 0)
        g_string_append_c (json, ',');
      if (!ollama)
        g_string_append_printf (json, "{\"object\":\"embedding\",\"index\":%u,\"embedding\":",
                                g_strcmp0 (fixture->scenario, "bad-index") == 0 ? i + 7 : i);
      add_mirror_vector (json, g_ptr_array_index (fixture->inputs, i), n_dims);
      if (!ollama)
        g_string_append_c (json, '}');
    }

  g_string_append (json, ollama ? "]}" : "],\"model\":\"m\",\"usage\":{\"prompt_tokens\":8,\"total_tokens\":8}}");
  return g_string_free (json, FALSE);
}

static void
read_request (Fixture           *fixture,
              SoupServerMessage *message)
{
  SoupMessageBody *body = soup_server_message_get_request_body (message);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  g_autoptr(JsonNode) json = json_from_string (g_bytes_get_data (bytes, NULL), NULL);
  JsonObject *object = json_node_get_object (json);
  JsonArray *input = json_object_get_array_member (object, "input");

  g_assert_cmpstr (soup_server_message_get_method (message), ==, "POST");
  g_free (fixture->model);
  fixture->model = g_strdup (json_object_get_string_member (object, "model"));
  g_free (fixture->authorization);
  fixture->authorization = g_strdup (soup_message_headers_get_one (soup_server_message_get_request_headers (message),
                                                                   "Authorization"));
  g_ptr_array_set_size (fixture->inputs, 0);
  for (guint i = 0; i < json_array_get_length (input); i++)
    g_ptr_array_add (fixture->inputs, g_strdup (json_array_get_string_element (input, i)));
}

static void
answer (SoupServerMessage *message,
        guint              status,
        const char        *retry_after,
        const char        *body)
{
  if (retry_after != NULL)
    soup_message_headers_replace (soup_server_message_get_response_headers (message), "Retry-After", retry_after);
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
  gboolean ollama = g_str_has_suffix (path, "/api/embed");
  const char *scenario = fixture->scenario != NULL ? fixture->scenario : "";
  g_autofree char *body = NULL;

  fixture->requests++;
  read_request (fixture, message);

  if (g_str_equal (scenario, "invalid-key"))
    answer (message, 401, NULL,
            "{\"error\": {\"message\": \"Incorrect API key provided: sk-test-****6789.\", "
            "\"type\": \"invalid_request_error\", \"param\": null, \"code\": \"invalid_api_key\"}}");
  else if (g_str_equal (scenario, "quota"))
    answer (message, 429, "0",
            "{\"error\": {\"message\": \"You exceeded your current quota.\", \"type\": \"insufficient_quota\", "
            "\"param\": null, \"code\": \"insufficient_quota\"}}");
  else if (g_str_equal (scenario, "busy-once") && fixture->requests == 1)
    answer (message, 429, "0",
            "{\"error\": {\"message\": \"Rate limit reached.\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}");
  else if (g_str_equal (scenario, "pull"))
    answer (message, 404, NULL, "{\"error\":\"model \\\"nomic-embed-text\\\" not found, try pulling it first\"}");
  else if (g_str_equal (scenario, "huge"))
    {
      g_autoptr(GString) text = g_string_new ("{\"data\": [");

      while (text->len < 9 * 1024 * 1024)
        g_string_append (text, "{\"index\": 0, \"embedding\": []}, ");
      g_string_append (text, "{}]}");
      answer (message, 200, NULL, text->str);
    }
  else
    {
      body = mirror_answer (fixture, ollama);
      answer (message, 200, NULL, body);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;

  fixture->inputs = g_ptr_array_new_with_free_func (g_free);
  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, "/", handle, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fixture->server);
  fixture->base_url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));

  g_setenv ("PATHWAY_EMBEDDINGS_URL", fixture->base_url, TRUE);
  g_setenv ("PATHWAY_EMBEDDINGS_MODEL", "mirror-embed", TRUE);
  g_setenv ("PATHWAY_EMBEDDINGS_KEY", TEST_KEY, TRUE);
  g_string_truncate (log_text, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_null (strstr (log_text->str, TEST_KEY));

  g_unsetenv ("PATHWAY_EMBEDDINGS_URL");
  g_unsetenv ("PATHWAY_EMBEDDINGS_MODEL");
  g_unsetenv ("PATHWAY_EMBEDDINGS_KEY");
  g_clear_object (&fixture->result);
  g_ptr_array_unref (fixture->inputs);
  g_free (fixture->model);
  g_free (fixture->authorization);
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  g_free (fixture->base_url);
}

static void
on_done (GObject      *source_object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *fixture = user_data;

  fixture->result = g_object_ref (result);
}

static void
wait_for_result (Fixture *fixture)
{
  g_clear_object (&fixture->result);
  while (fixture->result == NULL)
    g_main_context_iteration (NULL, TRUE);
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
  return client;
}

/* Embeds texts; NULL with error set when the client fails. */
static GPtrArray *
embed (Fixture                 *fixture,
       PathwayEmbeddingsClient *client,
       GError                 **error)
{
  const char * const texts[] = { "Data engineer with Python and SQL.", "Product designer.", "Nurse", NULL };

  pathway_embeddings_client_embed_async (client, texts, NULL, NULL, on_done, fixture);
  wait_for_result (fixture);
  return pathway_embeddings_client_embed_finish (client, fixture->result, error);
}

static void
assert_mirrored (GPtrArray  *vectors,
                 const char *text,
                 guint       i)
{
  g_autoptr(PathwayVector) expected = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);

  g_assert_cmpfloat_with_epsilon (pathway_vector_dot (expected, g_ptr_array_index (vectors, i)), 1.0, 1e-5);
}

static void
test_openai (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PathwayEmbeddingsClient) client = client_from_settings (fixture);
  g_autoptr(GPtrArray) vectors = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pathway_embeddings_client_get_api (client), ==, PATHWAY_EMBEDDINGS_API_OPENAI);
  g_assert_cmpstr (pathway_embeddings_client_get_endpoint (client), ==, "127.0.0.1/v1/embeddings");
  g_assert_cmpstr (pathway_embeddings_client_get_name (client), ==, "mirror-embed (127.0.0.1)");

  vectors = embed (fixture, client, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vectors->len, ==, 3);
  g_assert_cmpstr (fixture->model, ==, "mirror-embed");
  g_assert_cmpstr (fixture->authorization, ==, "Bearer " TEST_KEY);
  g_assert_cmpstr (g_ptr_array_index (fixture->inputs, 0), ==, "Data engineer with Python and SQL.");
  /* Matched by index, though the answer lists them backwards. */
  assert_mirrored (vectors, "Data engineer with Python and SQL.", 0);
  assert_mirrored (vectors, "Product designer.", 1);
  assert_mirrored (vectors, "Nurse", 2);
}

static void
test_ollama (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *url = g_strconcat (fixture->base_url, "/api/", NULL);
  g_autoptr(PathwayEmbeddingsClient) client = pathway_embeddings_client_new (url, "nomic-embed-text", NULL);
  const char * const texts[] = { "Data engineer", "Designer", NULL };
  const PathwayEmbeddingsPurpose purposes[] = { PATHWAY_EMBEDDINGS_QUERY, PATHWAY_EMBEDDINGS_DOCUMENT };
  g_autoptr(GPtrArray) vectors = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pathway_embeddings_client_get_api (client), ==, PATHWAY_EMBEDDINGS_API_OLLAMA);
  g_assert_cmpstr (pathway_embeddings_client_get_endpoint (client), ==, "127.0.0.1/api/embed");

  pathway_embeddings_client_embed_async (client, texts, purposes, NULL, on_done, fixture);
  wait_for_result (fixture);
  vectors = pathway_embeddings_client_embed_finish (client, fixture->result, &error);
  g_assert_no_error (error);
  g_assert_null (fixture->authorization);
  g_assert_cmpstr (g_ptr_array_index (fixture->inputs, 0), ==, "search_query: Data engineer");
  g_assert_cmpstr (g_ptr_array_index (fixture->inputs, 1), ==, "search_document: Designer");
  assert_mirrored (vectors, "Data engineer", 0);
  assert_mirrored (vectors, "Designer", 1);
}

static void
test_addresses (void)
{
  static const struct {
    const char           *url;
    PathwayEmbeddingsApi  api;
    const char           *endpoint;
  } cases[] = {
    { "https://api.openai.com", PATHWAY_EMBEDDINGS_API_OPENAI, "api.openai.com/v1/embeddings" },
    { "https://api.openai.com/v1/", PATHWAY_EMBEDDINGS_API_OPENAI, "api.openai.com/v1/embeddings" },
    { "https://llm.example/openai/embeddings", PATHWAY_EMBEDDINGS_API_OPENAI, "llm.example/openai/embeddings" },
    { "http://localhost:11434/api/embed", PATHWAY_EMBEDDINGS_API_OLLAMA, "localhost/api/embed" },
    { "http://localhost:11434/api", PATHWAY_EMBEDDINGS_API_OLLAMA, "localhost/api/embed" },
    { "ftp://files.example/", PATHWAY_EMBEDDINGS_API_OPENAI, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PathwayEmbeddingsClient) client = pathway_embeddings_client_new (cases[i].url, "m", "");

      g_assert_cmpint (pathway_embeddings_client_get_api (client), ==, cases[i].api);
      g_assert_cmpstr (pathway_embeddings_client_get_endpoint (client), ==, cases[i].endpoint);
    }
}

/* No address: the local embedding serves, and no client is made. */
static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PathwayEmbeddingsClient) client = NULL;
  g_autofree char *model = NULL;

  g_setenv ("PATHWAY_EMBEDDINGS_URL", "  ", TRUE);
  g_unsetenv ("PATHWAY_EMBEDDINGS_MODEL");
  model = pathway_embeddings_dup_model ();
  g_assert_cmpstr (model, ==, "nomic-embed-text");
  client = client_from_settings (fixture);
  g_assert_null (client);
}

static void
assert_fails (Fixture    *fixture,
              const char *scenario,
              int         code,
              const char *in_message)
{
  g_autoptr(PathwayEmbeddingsClient) client = client_from_settings (fixture);
  g_autoptr(GPtrArray) vectors = NULL;
  g_autoptr(GError) error = NULL;

  fixture->scenario = scenario;
  vectors = embed (fixture, client, &error);
  g_assert_null (vectors);
  g_assert_error (error, PATHWAY_SYNC_ERROR, code);
  if (strstr (error->message, in_message) == NULL)
    g_error ("“%s” is not in “%s”", in_message, error->message);
  g_assert_null (strstr (error->message, TEST_KEY));
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  assert_fails (fixture, "invalid-key", PATHWAY_SYNC_ERROR_AUTH, "refused the API key");
  g_assert_cmpuint (fixture->requests, ==, 1);

  fixture->requests = 0;
  assert_fails (fixture, "quota", PATHWAY_SYNC_ERROR_QUOTA, "no embeddings quota left");
  g_assert_cmpuint (fixture->requests, ==, 3);

  assert_fails (fixture, "dims", PATHWAY_SYNC_ERROR_INVALID_RESPONSE, "vectors of 384 dimensions");
  assert_fails (fixture, "bad-index", PATHWAY_SYNC_ERROR_INVALID_RESPONSE, "index out of place");
  assert_fails (fixture, "missing", PATHWAY_SYNC_ERROR_INVALID_RESPONSE, "fewer embeddings than texts");
  assert_fails (fixture, "huge", PATHWAY_SYNC_ERROR_TOO_LARGE, "larger than");
}

static void
test_ollama_pull (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *url = g_strconcat (fixture->base_url, "/api/embed", NULL);

  g_setenv ("PATHWAY_EMBEDDINGS_URL", url, TRUE);
  assert_fails (fixture, "pull", PATHWAY_SYNC_ERROR_NOT_FOUND,
                "The model “nomic-embed-text” is not in Ollama yet: run “ollama pull nomic-embed-text”.");
}

static void
test_busy_once (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PathwayEmbeddingsClient) client = client_from_settings (fixture);
  g_autoptr(GPtrArray) vectors = NULL;
  g_autoptr(GError) error = NULL;

  fixture->scenario = "busy-once";
  vectors = embed (fixture, client, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vectors->len, ==, 3);
  g_assert_cmpuint (fixture->requests, ==, 2);
}

static void
test_bad_address (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PathwayEmbeddingsClient) client = pathway_embeddings_client_new ("ftp://files.example", "m", NULL);
  g_autoptr(GPtrArray) vectors = NULL;
  g_autoptr(GError) error = NULL;

  vectors = embed (fixture, client, &error);
  g_assert_null (vectors);
  g_assert_error (error, PATHWAY_SYNC_ERROR, PATHWAY_SYNC_ERROR_NOT_FOUND);
  g_assert_cmpuint (fixture->requests, ==, 0);
}

/* The whole path: a job embedded by the endpoint, proven comparable, ranked and explained. */
static void
test_embed_job (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PathwayDb) db = pathway_test_open_db ();
  g_autoptr(PathwayEmbeddingsClient) client = client_from_settings (fixture);
  g_autoptr(PathwayMatchEmbedding) embedding = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *reasons;

  g_assert_true (pathway_db_exec (db,
                                  "INSERT INTO users (id, user_type) VALUES (1, 'recruiter'), (2, 'student'), (3, 'student');"
                                  "INSERT INTO candidate_vectors (user_id, vector, summary_text, skills_tags) VALUES "
                                  "(2, zeroblob (3072), 'Data engineer.', '[\"Python\",\"SQL\"]'),"
                                  "(3, zeroblob (3072), 'Designer.', '[\"Figma\"]');"
                                  "INSERT INTO jobs (id, recruiter_id, title, description) VALUES (9, 1, 'Data Engineer', 'Pipelines.');"
                                  "INSERT INTO job_postings (recruiter_id, title, description, skills, job_id) "
                                  "VALUES (1, 'Data Engineer', 'Pipelines.', '[\"Python\"]', 9);",
                                  &error));
  g_assert_no_error (error);
  for (gint64 id = 2; id <= 3; id++)
    {
      g_autoptr(PathwayCandidateVector) row = pathway_candidate_vectors_get (db, id - 1, &error);
      g_auto(GStrv) skills = g_strsplit (id == 2 ? "Python,SQL" : "Figma", ",", -1);
      g_autofree char *text = pathway_match_candidate_text (row->summary_text, (const char * const *) skills);

      pathway_vector_free (row->vector);
      row->vector = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);
      g_assert_true (pathway_candidate_vectors_update (db, row, &error));
    }

  pathway_embeddings_client_embed_job_async (client, db, 9, NULL, on_done, fixture);
  wait_for_result (fixture);
  embedding = pathway_embeddings_client_embed_job_finish (client, fixture->result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->inputs->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (fixture->inputs, 0), ==, "Data Engineer. Pipelines. Skills: Python.");
  g_assert_cmpuint (embedding->probe_vectors->len, ==, 2);
  g_assert_cmpint (g_array_index (embedding->probe_ids, gint64, 1), ==, 3);

  matches = pathway_matches_run (db, 9, 2, embedding, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((PathwayCandidateMatch *) g_ptr_array_index (matches, 0))->candidate_id, ==, 2);
  reasons = json_node_get_object (((PathwayCandidateMatch *) g_ptr_array_index (matches, 0))->match_reasons);
  g_assert_cmpstr (json_object_get_string_member (reasons, "embedder"), ==, "mirror-embed (127.0.0.1)");
  pathway_matches_clear_cache ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  log_text = g_string_new (NULL);
  g_log_set_writer_func (capture_log, NULL, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sync/embeddings/openai", test_openai);
  ADD ("/sync/embeddings/ollama", test_ollama);
  ADD ("/sync/embeddings/settings", test_settings);
  ADD ("/sync/embeddings/errors", test_errors);
  ADD ("/sync/embeddings/ollama-pull", test_ollama_pull);
  ADD ("/sync/embeddings/busy-once", test_busy_once);
  ADD ("/sync/embeddings/bad-address", test_bad_address);
  ADD ("/sync/embeddings/embed-job", test_embed_job);
#undef ADD
  g_test_add_func ("/sync/embeddings/addresses", test_addresses);

  return g_test_run ();
}
