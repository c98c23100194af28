/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* JSON from outside (content packs, web services) is untrusted. json-glib 1.6 has no nesting limit
 * and recurses once per level, so deep input can exhaust the stack: the bytes are checked before it
 * parses them. Errors are PATHWAY_CORE_ERROR_INVALID_DATA with a message a person can act on. */
gboolean    pathway_json_check_limits        (const char         *data,
                                              gsize               size,
                                              gsize               max_size,
                                              guint               max_depth,
                                              GError            **error);
JsonNode   *pathway_json_parse_untrusted     (GBytes             *bytes,
                                              gsize               max_size,
                                              guint               max_depth,
                                              GError            **error);

/* Reading the members of an untrusted object. location names the object for a person, such as
 * “Month “web-foundations”, day 4”, and errors read “location: problem.” Strings are non-empty
 * (optional ones may be missing, null or empty) and ints whole numbers in range; what they return
 * belongs to object. */
gboolean    pathway_json_check_members       (JsonObject         *object,
                                              const char * const *allowed,
                                              const char         *location,
                                              GError            **error);
const char *pathway_json_get_string          (JsonObject         *object,
                                              const char         *member,
                                              const char         *location,
                                              GError            **error);
gboolean    pathway_json_get_optional_string (JsonObject         *object,
                                              const char         *member,
                                              const char        **value,
                                              const char         *location,
                                              GError            **error);
gboolean    pathway_json_get_int             (JsonObject         *object,
                                              const char         *member,
                                              int                 min,
                                              int                 max,
                                              int                *value,
                                              const char         *location,
                                              GError            **error);
JsonArray  *pathway_json_get_array           (JsonObject         *object,
                                              const char         *member,
                                              const char         *location,
                                              GError            **error);
JsonObject *pathway_json_get_object          (JsonObject         *object,
                                              const char         *member,
                                              const char         *location,
                                              GError            **error);
void        pathway_json_set_error           (GError            **error,
                                              const char         *location,
                                              const char         *problem);
void        pathway_json_set_problem         (GError            **error,
                                              const char         *location,
                                              const char         *format,
                                              ...) G_GNUC_PRINTF (3, 4);
gboolean    pathway_json_is_blank            (const char         *text);

G_END_DECLS
