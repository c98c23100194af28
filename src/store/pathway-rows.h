/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

/* Create, read, update, delete and list the rows of any table through its PathwayTable. */

gboolean   pathway_row_insert (PathwayDb           *db,
                               const PathwayTable  *table,
                               gpointer             record,
                               GError             **error);
gpointer   pathway_row_get    (PathwayDb           *db,
                               const PathwayTable  *table,
                               gint64               id,
                               GError             **error);
gboolean   pathway_row_update (PathwayDb           *db,
                               const PathwayTable  *table,
                               gpointer             record,
                               GError             **error);
gboolean   pathway_row_delete (PathwayDb           *db,
                               const PathwayTable  *table,
                               gint64               id,
                               GError             **error);
GPtrArray *pathway_row_list   (PathwayDb           *db,
                               const PathwayTable  *table,
                               const char          *column,
                               gint64               value,
                               gint64               after_id,
                               guint                limit,
                               GError             **error);
gint64     pathway_row_count  (PathwayDb           *db,
                               const PathwayTable  *table,
                               const char          *column,
                               gint64               value,
                               GError             **error);

gpointer   pathway_row_find   (PathwayDb           *db,
                               const PathwayTable  *table,
                               const char          *clauses,
                               const gint64        *values,
                               guint                n_values,
                               GError             **error);
gpointer   pathway_row_find_optional (PathwayDb          *db,
                                      const PathwayTable *table,
                                      const char         *clauses,
                                      const gint64       *values,
                                      guint               n_values,
                                      GError            **error);
GPtrArray *pathway_row_collect (PathwayDb          *db,
                                const PathwayTable *table,
                                PathwayStmt        *stmt,
                                GError            **error);
GPtrArray *pathway_row_select (PathwayDb           *db,
                               const PathwayTable  *table,
                               const char          *clauses,
                               const gint64        *values,
                               guint                n_values,
                               GError             **error);

char      *pathway_row_select_columns (const PathwayTable  *table);
gboolean   pathway_row_read           (PathwayDb           *db,
                                       const PathwayTable  *table,
                                       PathwayStmt         *stmt,
                                       int                  first_column,
                                       gpointer             record,
                                       GError             **error);
gboolean   pathway_row_bind_column    (PathwayStmt         *stmt,
                                       int                  index,
                                       const PathwayColumn *column,
                                       gconstpointer        record);
void       pathway_row_set_error      (PathwayDb           *db,
                                       const PathwayTable  *table,
                                       GError             **error);

/* Typed functions for one table: prefix_insert(), _get(), _update(), _delete(), _list(). list() pages
 * by id: rows whose column equals value (all rows when column is NULL) with ids above after_id. */
#define PATHWAY_DEFINE_ROWS(TypeName, prefix, table)                                                     \
  static inline gboolean prefix##_insert (PathwayDb *db, TypeName *row, GError **error)                  \
  { return pathway_row_insert (db, &(table), row, error); }                                              \
  static inline TypeName *prefix##_get (PathwayDb *db, gint64 id, GError **error)                        \
  { return (TypeName *) pathway_row_get (db, &(table), id, error); }                                     \
  static inline gboolean prefix##_update (PathwayDb *db, TypeName *row, GError **error)                  \
  { return pathway_row_update (db, &(table), row, error); }                                              \
  static inline gboolean prefix##_delete (PathwayDb *db, gint64 id, GError **error)                      \
  { return pathway_row_delete (db, &(table), id, error); }                                               \
  static inline GPtrArray *prefix##_list (PathwayDb *db, const char *column, gint64 value,               \
                                          gint64 after_id, guint limit, GError **error)                  \
  { return pathway_row_list (db, &(table), column, value, after_id, limit, error); }

PATHWAY_DEFINE_ROWS (PathwayUser, pathway_users, pathway_users_table)
PATHWAY_DEFINE_ROWS (PathwayOnboarding, pathway_onboardings, pathway_onboarding_table)
PATHWAY_DEFINE_ROWS (PathwayLearningPlan, pathway_learning_plans, pathway_learning_plans_table)
PATHWAY_DEFINE_ROWS (PathwayLearningPath, pathway_learning_paths, pathway_learning_paths_table)
PATHWAY_DEFINE_ROWS (PathwayDayProgress, pathway_day_progresses, pathway_day_progress_table)
PATHWAY_DEFINE_ROWS (PathwayQuiz, pathway_quizzes, pathway_quizzes_table)
PATHWAY_DEFINE_ROWS (PathwayQuizSubmission, pathway_quiz_submissions, pathway_quiz_submissions_table)
PATHWAY_DEFINE_ROWS (PathwayYoutubeSchedule, pathway_youtube_schedules, pathway_youtube_schedules_table)
PATHWAY_DEFINE_ROWS (PathwayProfileSummary, pathway_profile_summaries, pathway_profile_summaries_table)
PATHWAY_DEFINE_ROWS (PathwayCandidateVector, pathway_candidate_vectors, pathway_candidate_vectors_table)
PATHWAY_DEFINE_ROWS (PathwayJob, pathway_jobs, pathway_jobs_table)
PATHWAY_DEFINE_ROWS (PathwayJobPosting, pathway_job_postings, pathway_job_postings_table)
PATHWAY_DEFINE_ROWS (PathwayShortlist, pathway_shortlists, pathway_shortlists_table)
PATHWAY_DEFINE_ROWS (PathwayEmailApplication, pathway_email_applications, pathway_email_applications_table)
PATHWAY_DEFINE_ROWS (PathwayInteraction, pathway_interactions, pathway_interactions_table)
PATHWAY_DEFINE_ROWS (PathwayCandidateMatch, pathway_candidate_matches, pathway_candidate_matches_table)
PATHWAY_DEFINE_ROWS (PathwayAppState, pathway_app_states, pathway_app_state_table)
PATHWAY_DEFINE_ROWS (PathwayLessonContent, pathway_lesson_contents, pathway_lesson_content_table)
PATHWAY_DEFINE_ROWS (PathwayStudyDay, pathway_study_days, pathway_study_days_table)
PATHWAY_DEFINE_ROWS (PathwayScheduleOptions, pathway_schedule_options_rows, pathway_schedule_options_table)
PATHWAY_DEFINE_ROWS (PathwayPlaylistVideo, pathway_playlist_videos, pathway_playlist_videos_table)
PATHWAY_DEFINE_ROWS (PathwayVideoWatch, pathway_video_watches, pathway_video_watches_table)
PATHWAY_DEFINE_ROWS (PathwaySyncRun, pathway_sync_runs, pathway_sync_runs_table)
PATHWAY_DEFINE_ROWS (PathwaySyncCursor, pathway_sync_cursors, pathway_sync_cursors_table)
PATHWAY_DEFINE_ROWS (PathwayCandidatePreferences, pathway_candidate_preferences_rows, pathway_candidate_preferences_table)

G_END_DECLS
