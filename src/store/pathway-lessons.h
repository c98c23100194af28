/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-catalogue.h"
#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* Where lessons come from: months imported from content packs (lesson_content) first, then the
 * months built into Pathway (data/curricula/content, compiled in as resources). */

PathwayCatalogue     *pathway_lessons_get_catalogue (void);
PathwayLessonContent *pathway_lessons_lookup        (PathwayDb     *db,
                                                     const char    *month_key,
                                                     int            lesson_number,
                                                     GError       **error);
JsonNode             *pathway_lessons_list_titles   (PathwayDb     *db,
                                                     const char    *month_key,
                                                     int            first_lesson,
                                                     int            n_days,
                                                     GError       **error);
gboolean              pathway_lessons_import_pack   (PathwayDb     *db,
                                                     GBytes        *bytes,
                                                     guint         *n_months,
                                                     guint         *n_days,
                                                     GError       **error);
void                  pathway_lessons_import_async  (PathwayDb            *db,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean              pathway_lessons_import_finish (PathwayDb            *db,
                                                     GAsyncResult         *result,
                                                     guint                *n_months,
                                                     guint                *n_days,
                                                     GError              **error);

G_END_DECLS
