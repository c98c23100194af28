/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The career goals and months of data/curricula/catalogue.json; data/curricula/README.md
 * documents the format. A catalogue never changes once loaded: read its structs, never
 * write them. */
typedef struct _PathwayCatalogue PathwayCatalogue;

#define PATHWAY_CATALOGUE_DEFAULT_LESSONS 30

typedef struct {
  char *id;
  char *title;
  char *summary;
  GStrv months;    /* month keys in learning order, each defined in the catalogue */
} PathwayCatalogueGoal;

typedef struct {
  char *key;
  char *title;
  GStrv goals;              /* what the student can do after the month */
  GStrv topics;
  GStrv prerequisites;      /* skill names */
  GStrv skills;             /* skill names the month teaches */
  GStrv prerequisite_keys;  /* the two lists as pathway_skill_normalize() gives them */
  GStrv skill_keys;
  guint lessons;            /* lessons in the month; "lessons" in the file, else 30 */
} PathwayCatalogueMonth;

PathwayCatalogue            *pathway_catalogue_new_from_bytes (GBytes           *bytes,
                                                               GError          **error);
PathwayCatalogue            *pathway_catalogue_ref            (PathwayCatalogue *self);
void                         pathway_catalogue_unref          (PathwayCatalogue *self);

guint                        pathway_catalogue_get_n_goals    (PathwayCatalogue *self);
const PathwayCatalogueGoal  *pathway_catalogue_get_goal       (PathwayCatalogue *self,
                                                               guint             i);
const PathwayCatalogueGoal  *pathway_catalogue_lookup_goal    (PathwayCatalogue *self,
                                                               const char       *id);
const PathwayCatalogueGoal  *pathway_catalogue_find_goal      (PathwayCatalogue *self,
                                                               const char       *text);
const PathwayCatalogueMonth *pathway_catalogue_lookup_month   (PathwayCatalogue *self,
                                                               const char       *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PathwayCatalogue, pathway_catalogue_unref)

G_END_DECLS
