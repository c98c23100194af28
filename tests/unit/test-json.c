/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-core-error.h"
#include "pathway-json.h"

static gboolean
check (const char *text,
       gsize       max_size,
       guint       max_depth,
       GError    **error)
{
  return pathway_json_check_limits (text, strlen (text), max_size, max_depth, error);
}

static void
assert_within (const char *text,
               guint       max_depth)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (check (text, G_MAXSIZE, max_depth, &error));
  g_assert_no_error (error);
}

static void
assert_too_deep (const char *text,
                 guint       max_depth)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = g_strdup_printf ("The data is nested more than %u levels deep.", max_depth);

  g_assert_false (check (text, G_MAXSIZE, max_depth, &error));
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, message);
}

/* depth arrays, one inside the other, around a number. */
static char *
nested (const char *open,
        const char *close,
        guint       depth)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, open);
  g_string_append (text, "1");
  for (guint i = 0; i < depth; i++)
    g_string_append (text, close);

  return g_string_free (text, FALSE);
}

static void
test_depth_exact (void)
{
  g_autofree char *arrays_32 = nested ("[", "]", 32);
  g_autofree char *arrays_33 = nested ("[", "]", 33);
  g_autofree char *objects_32 = nested ("{\"a\":", "}", 32);
  g_autofree char *objects_33 = nested ("{\"a\":", "}", 33);
  g_autofree char *mixed_32 = nested ("{\"a\":[", "]}", 16);
  g_autofree char *mixed_33 = nested ("[{\"a\":", "}]", 16);
  g_autofree char *mixed_33_full = g_strdup_printf ("[%s]", mixed_33);

  assert_within (arrays_32, 32);
  assert_too_deep (arrays_33, 32);
  assert_within (objects_32, 32);
  assert_too_deep (objects_33, 32);
  assert_within (mixed_32, 32);
  assert_too_deep (mixed_33_full, 32);

  /* Depth is what is open at once, not how many containers there are. */
  assert_within ("[[1], [2], {\"a\": [3]}, [[4]]]", 3);
  assert_too_deep ("[[1], [2], {\"a\": [[3]]}]", 3);
  assert_within ("1", 0);
  assert_too_deep ("[]", 0);
}

static void
test_depth_strings (void)
{
  /* Brackets inside strings are text. */
  assert_within ("[\"[[[[{{{{\"]", 1);
  assert_within ("{\"[[[\": \"{{{\"}", 1);
  /* An escaped quote does not end the string, so the brackets after it are still text. */
  assert_within ("[\"say \\\"[[[[\\\" twice\"]", 1);
  /* An escaped backslash does not escape the quote after it: the string ends there. */
  assert_within ("[\"\\\\\", [[1]]]", 3);
  assert_too_deep ("[\"\\\\\", [[1]]]", 2);
  /* Other escapes. */
  assert_within ("[\"\\n\\t\\u005b\\/\", [1]]", 2);
  assert_too_deep ("[\"\\u0022\", [1]]", 1);
}

static void
test_depth_unbalanced (void)
{
  /* Closers with nothing open are the parser's problem; they must not lower the count below zero. */
  assert_within ("]]]]][[", 2);
  assert_too_deep ("]]]]][[[", 2);
  /* An unterminated string hides what follows. */
  assert_within ("[\"[[[[[[", 1);
}

static void
test_size_exact (void)
{
  g_autoptr(GError) error = NULL;
  const char *text = "[1, 2, 3]";

  g_assert_true (check (text, 9, 32, &error));
  g_assert_no_error (error);

  g_assert_false (check (text, 8, 32, &error));
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "The data is too large: 9 bytes; the limit is 8 bytes.");
  g_clear_error (&error);

  g_assert_true (pathway_json_check_limits (NULL, 0, 0, 0, &error));
  g_assert_no_error (error);
}

static JsonNode *
parse (const char  *text,
       gsize        size,
       GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, size);

  return pathway_json_parse_untrusted (bytes, 1024, 8, error);
}

static void
assert_unparsed (const char *text,
                 gsize       size,
                 const char *message_start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse (text, size, &error);

  g_assert_null (node);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_prefix (error->message, message_start));
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse ("{\"a\": [1, \"]\"]}", 15, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (json_node_get_object (node), "a")), ==, 2);

  assert_unparsed ("{\"a\": ", 6, "The data is not valid JSON: ");
  assert_unparsed ("[1, 2,]x", 8, "The data is not valid JSON: ");
  assert_unparsed ("", 0, "The data is empty.");
  assert_unparsed ("  \n ", 4, "The data is empty.");
  assert_unparsed ("[\"caf\xe9\"]", 8, "The data is not valid UTF-8 text.");
  assert_unparsed ("[1]\0[[[", 7, "The data is not valid UTF-8 text.");
  assert_unparsed ("[[[[[[[[[1]]]]]]]]]", 19, "The data is nested more than 8 levels deep.");
}

/* A hundred thousand levels would overflow json-glib's stack; they are refused before it runs. */
static void
test_parse_deep (void)
{
  const gsize depth = 100000;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) node = NULL;
  char *text = g_malloc (2 * depth);

  memset (text, '[', depth);
  memset (text + depth, ']', depth);
  bytes = g_bytes_new_take (text, 2 * depth);

  node = pathway_json_parse_untrusted (bytes, G_MAXSIZE, 32, &error);
  g_assert_null (node);
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "The data is nested more than 32 levels deep.");
}

static JsonObject *
object (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (text, &error);

  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (node));
}

static void
assert_message (GError     *error,
                const char *message)
{
  g_assert_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_members (void)
{
  static const char * const allowed[] = { "name", "size", NULL };
  g_autoptr(JsonObject) good = object ("{\"name\": \"Tea\", \"size\": 3}");
  g_autoptr(JsonObject) extra = object ("{\"name\": \"Tea\", \"sise\": 3}");
  g_autoptr(GError) error = NULL;

  g_assert_true (pathway_json_check_members (good, allowed, "Cup 1", &error));
  g_assert_no_error (error);

  g_assert_false (pathway_json_check_members (extra, allowed, "Cup 1", &error));
  assert_message (error, "Cup 1: “sise” is not a known field.");
}

static void
test_get_string (void)
{
  g_autoptr(JsonObject) cup = object ("{\"name\": \" Tea \", \"size\": 3, \"blank\": \" \\n\\t\", \"empty\": \"\","
                                      " \"none\": null, \"list\": [\"a\"]}");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (pathway_json_get_string (cup, "name", "Cup 1", &error), ==, " Tea ");
  g_assert_no_error (error);

  g_assert_null (pathway_json_get_string (cup, "colour", "Cup 1", &error));
  assert_message (error, "Cup 1: “colour” is missing.");
  g_clear_error (&error);

  g_assert_null (pathway_json_get_string (cup, "size", "Cup 1", &error));
  assert_message (error, "Cup 1: “size” must be a string.");
  g_clear_error (&error);

  g_assert_null (pathway_json_get_string (cup, "none", "Cup 1", &error));
  assert_message (error, "Cup 1: “none” must be a string.");
  g_clear_error (&error);

  g_assert_null (pathway_json_get_string (cup, "list", "Cup 1", &error));
  assert_message (error, "Cup 1: “list” must be a string.");
  g_clear_error (&error);

  g_assert_null (pathway_json_get_string (cup, "empty", "Cup 1", &error));
  assert_message (error, "Cup 1: “empty” is empty.");
  g_clear_error (&error);

  g_assert_null (pathway_json_get_string (cup, "blank", "Cup 1", &error));
  assert_message (error, "Cup 1: “blank” is empty.");
}

static void
test_get_int (void)
{
  g_autoptr(JsonObject) cup = object ("{\"size\": 3, \"big\": 9007199254740993, \"real\": 3.0, \"text\": \"3\","
                                      " \"yes\": true, \"none\": null, \"low\": -1}");
  g_autoptr(GError) error = NULL;
  int value = 0;

  g_assert_true (pathway_json_get_int (cup, "size", 3, 3, &value, "Cup 1", &error));
  g_assert_no_error (error);
  g_assert_cmpint (value, ==, 3);

  g_assert_false (pathway_json_get_int (cup, "size", 0, 2, &value, "Cup 1", &error));
  assert_message (error, "Cup 1: “size” is 3; it must be from 0 to 2.");
  g_clear_error (&error);

  g_assert_false (pathway_json_get_int (cup, "low", 0, 2, &value, "Cup 1", &error));
  assert_message (error, "Cup 1: “low” is -1; it must be from 0 to 2.");
  g_clear_error (&error);

  /* Larger than an int: compared as 64 bits, never truncated into range. */
  g_assert_false (pathway_json_get_int (cup, "big", 0, G_MAXINT, &value, "Cup 1", &error));
  assert_message (error, "Cup 1: “big” is 9007199254740993; it must be from 0 to 2147483647.");
  g_clear_error (&error);

  for (guint i = 0; i < 4; i++)
    {
      const char *member = (const char *[]) { "real", "text", "yes", "none" }[i];
      g_autofree char *message = g_strdup_printf ("Cup 1: “%s” must be a whole number.", member);

      g_assert_false (pathway_json_get_int (cup, member, 0, 10, &value, "Cup 1", &error));
      assert_message (error, message);
      g_clear_error (&error);
    }

  g_assert_false (pathway_json_get_int (cup, "colour", 0, 10, &value, "Cup 1", &error));
  assert_message (error, "Cup 1: “colour” is missing.");
  g_assert_cmpint (value, ==, 3);
}

static void
test_get_containers (void)
{
  g_autoptr(JsonObject) cup = object ("{\"list\": [1], \"map\": {\"a\": 1}, \"text\": \"[]\"}");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (pathway_json_get_array (cup, "list", "Cup 1", &error));
  g_assert_no_error (error);
  g_assert_nonnull (pathway_json_get_object (cup, "map", "Cup 1", &error));
  g_assert_no_error (error);

  g_assert_null (pathway_json_get_array (cup, "map", "Cup 1", &error));
  assert_message (error, "Cup 1: “map” must be an array.");
  g_clear_error (&error);

  g_assert_null (pathway_json_get_array (cup, "text", "Cup 1", &error));
  assert_message (error, "Cup 1: “text” must be an array.");
  g_clear_error (&error);

  g_assert_null (pathway_json_get_object (cup, "list", "Cup 1", &error));
  assert_message (error, "Cup 1: “list” must be an object.");
  g_clear_error (&error);

  g_assert_null (pathway_json_get_object (cup, "lid", "Cup 1", &error));
  assert_message (error, "Cup 1: “lid” is missing.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/json/limits/depth-exact", test_depth_exact);
  g_test_add_func ("/core/json/limits/depth-strings", test_depth_strings);
  g_test_add_func ("/core/json/limits/depth-unbalanced", test_depth_unbalanced);
  g_test_add_func ("/core/json/limits/size-exact", test_size_exact);
  g_test_add_func ("/core/json/parse/untrusted", test_parse);
  g_test_add_func ("/core/json/parse/deep", test_parse_deep);
  g_test_add_func ("/core/json/members/known", test_members);
  g_test_add_func ("/core/json/members/string", test_get_string);
  g_test_add_func ("/core/json/members/int", test_get_int);
  g_test_add_func ("/core/json/members/containers", test_get_containers);

  return g_test_run ();
}
