/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define PATHWAY_TYPE_MATCH_REASONS (pathway_match_reasons_get_type ())
G_DECLARE_FINAL_TYPE (PathwayMatchReasons, pathway_match_reasons, PATHWAY, MATCH_REASONS, GtkWidget)

/* Why a candidate matched a job as they did, in words: the skills they have and lack, each part of
 * the score with its weight and basis, and how their profile's text was compared. */
GtkWidget *pathway_match_reasons_new            (JsonNode   *reasons);
char      *pathway_match_reasons_describe_basis (const char *component,
                                                 const char *basis,
                                                 JsonObject *reasons);

G_END_DECLS
