/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-records"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-records.h"

const char * const pathway_user_type_nicks[] = { "student", "recruiter", NULL };
const char * const pathway_user_source_nicks[] = { "platform", "email", "import", NULL };
const char * const pathway_grade_nicks[] = {
  "high_school", "undergraduate", "graduate", "working_professional", "self_taught", NULL
};
const char * const pathway_path_status_nicks[] = { "locked", "active", "completed", NULL };
const char * const pathway_day_status_nicks[] = { "locked", "active", "completed", "failed", NULL };
const char * const pathway_job_status_nicks[] = { "active", "paused", "closed", "filled", NULL };
const char * const pathway_shortlist_status_nicks[] = {
  "shortlisted", "interview_scheduled", "interviewed", "hired", "rejected", NULL
};
const char * const pathway_shortlist_source_nicks[] = { "platform", "email", NULL };
const char * const pathway_interaction_type_nicks[] = {
  "email_sent", "profile_viewed", "interview_scheduled", "interview_completed", "offer_sent",
  "shortlisted", "status_changed", "note_added", "application_received", NULL
};
const char * const pathway_interaction_status_nicks[] = { "active", "completed", "cancelled", NULL };
const char * const pathway_schedule_source_nicks[] = { "youtube", "ytdlp", NULL };
/* In the order of PathwayVideoAvailability. */
const char * const pathway_video_availability_nicks[] = { "available", "private", "deleted", "live", "upcoming", NULL };
const char * const pathway_sync_status_nicks[] = { "running", "succeeded", "failed", "cancelled", NULL };
const char * const pathway_match_status_nicks[] = { "new", "reviewed", "shortlisted", "dismissed", NULL };

#define COLUMN(S, field, TYPE) { #field, PATHWAY_COLUMN_##TYPE, G_STRUCT_OFFSET (S, field), NULL, 0 }
#define ENUM(S, field, nicks) { #field, PATHWAY_COLUMN_ENUM, G_STRUCT_OFFSET (S, field), nicks, 0 }
#define SECRET(S, field) { #field, PATHWAY_COLUMN_TEXT, G_STRUCT_OFFSET (S, field), NULL, PATHWAY_COLUMN_FLAGS_SECRET }
#define TABLE(S, sql, label, columns, free_func) \
  { sql, label, sizeof (S), columns, G_N_ELEMENTS (columns), free_func }
#define DEFINE_FREE(name, table) \
  static void name (gpointer record) { pathway_record_free (&(table), record); }

static const PathwayColumn user_columns[] = {
  COLUMN (PathwayUser, id, ID),
  COLUMN (PathwayUser, email, TEXT),
  SECRET (PathwayUser, hashed_password),
  COLUMN (PathwayUser, google_id, TEXT),
  COLUMN (PathwayUser, google_email, TEXT),
  COLUMN (PathwayUser, google_name, TEXT),
  COLUMN (PathwayUser, google_picture, TEXT),
  SECRET (PathwayUser, google_access_token),
  SECRET (PathwayUser, google_refresh_token),
  COLUMN (PathwayUser, is_google_authenticated, BOOLEAN),
  ENUM (PathwayUser, user_type, pathway_user_type_nicks),
  COLUMN (PathwayUser, phone_number, TEXT),
  COLUMN (PathwayUser, phone_verified, BOOLEAN),
  COLUMN (PathwayUser, created_at, TIMESTAMP),
  COLUMN (PathwayUser, created_by_recruiter_id, ID),
  ENUM (PathwayUser, source, pathway_user_source_nicks),
  COLUMN (PathwayUser, linkedin_connection_id, TEXT),
  COLUMN (PathwayUser, linkedin_profile_data, JSON),
  COLUMN (PathwayUser, linkedin_connected_at, TIMESTAMP),
  COLUMN (PathwayUser, github_connection_id, TEXT),
  COLUMN (PathwayUser, github_profile_data, JSON),
  COLUMN (PathwayUser, github_connected_at, TIMESTAMP),
  COLUMN (PathwayUser, twitter_connection_id, TEXT),
  COLUMN (PathwayUser, twitter_profile_data, JSON),
  COLUMN (PathwayUser, twitter_connected_at, TIMESTAMP),
  COLUMN (PathwayUser, current_plan_id, ID),
  COLUMN (PathwayUser, current_month_index, INT),
  COLUMN (PathwayUser, current_day, INT),
};
DEFINE_FREE (free_users, pathway_users_table)
const PathwayTable pathway_users_table = TABLE (PathwayUser, "users", N_("person"), user_columns, free_users);

static const PathwayColumn onboarding_columns[] = {
  COLUMN (PathwayOnboarding, id, ID),
  COLUMN (PathwayOnboarding, user_id, ID),
  COLUMN (PathwayOnboarding, name, TEXT),
  ENUM (PathwayOnboarding, grade, pathway_grade_nicks),
  COLUMN (PathwayOnboarding, career_goals, JSON),
  COLUMN (PathwayOnboarding, current_skills, JSON),
  COLUMN (PathwayOnboarding, time_commitment, TEXT),
};
DEFINE_FREE (free_onboarding, pathway_onboarding_table)
const PathwayTable pathway_onboarding_table = TABLE (PathwayOnboarding, "onboarding", N_("onboarding"), onboarding_columns, free_onboarding);

static const PathwayColumn learning_plan_columns[] = {
  COLUMN (PathwayLearningPlan, id, ID),
  COLUMN (PathwayLearningPlan, user_id, ID),
  COLUMN (PathwayLearningPlan, title, TEXT),
  COLUMN (PathwayLearningPlan, total_years, INT),
  COLUMN (PathwayLearningPlan, plan, JSON),
  COLUMN (PathwayLearningPlan, created_at, TIMESTAMP),
  COLUMN (PathwayLearningPlan, updated_at, TIMESTAMP),
};
DEFINE_FREE (free_learning_plans, pathway_learning_plans_table)
const PathwayTable pathway_learning_plans_table = TABLE (PathwayLearningPlan, "learning_plans", N_("learning plan"), learning_plan_columns, free_learning_plans);

static const PathwayColumn learning_path_columns[] = {
  COLUMN (PathwayLearningPath, id, ID),
  COLUMN (PathwayLearningPath, plan_id, ID),
  COLUMN (PathwayLearningPath, user_id, ID),
  COLUMN (PathwayLearningPath, global_month_index, INT),
  COLUMN (PathwayLearningPath, year_number, INT),
  COLUMN (PathwayLearningPath, month_of_year, INT),
  COLUMN (PathwayLearningPath, title, TEXT),
  ENUM (PathwayLearningPath, status, pathway_path_status_nicks),
  COLUMN (PathwayLearningPath, current_day, INT),
  COLUMN (PathwayLearningPath, days_completed, INT),
  COLUMN (PathwayLearningPath, total_days, INT),
  COLUMN (PathwayLearningPath, started_at, TIMESTAMP),
  COLUMN (PathwayLearningPath, completed_at, TIMESTAMP),
  COLUMN (PathwayLearningPath, last_activity_at, TIMESTAMP),
  COLUMN (PathwayLearningPath, days_data, JSON),
  COLUMN (PathwayLearningPath, created_at, TIMESTAMP),
  COLUMN (PathwayLearningPath, updated_at, TIMESTAMP),
};
DEFINE_FREE (free_learning_paths, pathway_learning_paths_table)
const PathwayTable pathway_learning_paths_table = TABLE (PathwayLearningPath, "learning_paths", N_("month of a plan"), learning_path_columns, free_learning_paths);

static const PathwayColumn day_progress_columns[] = {
  COLUMN (PathwayDayProgress, id, ID),
  COLUMN (PathwayDayProgress, user_id, ID),
  COLUMN (PathwayDayProgress, plan_id, ID),
  COLUMN (PathwayDayProgress, month_index, INT),
  COLUMN (PathwayDayProgress, day_number, INT),
  ENUM (PathwayDayProgress, status, pathway_day_status_nicks),
  COLUMN (PathwayDayProgress, started_at, TIMESTAMP),
  COLUMN (PathwayDayProgress, completed_at, TIMESTAMP),
  COLUMN (PathwayDayProgress, quiz_score, INT),
  COLUMN (PathwayDayProgress, quiz_attempts, INT),
  COLUMN (PathwayDayProgress, best_score, INT),
  COLUMN (PathwayDayProgress, content_viewed, BOOLEAN),
  COLUMN (PathwayDayProgress, time_spent, INT),
  COLUMN (PathwayDayProgress, can_proceed, BOOLEAN),
  COLUMN (PathwayDayProgress, created_at, TIMESTAMP),
  COLUMN (PathwayDayProgress, updated_at, TIMESTAMP),
};
DEFINE_FREE (free_day_progress, pathway_day_progress_table)
const PathwayTable pathway_day_progress_table = TABLE (PathwayDayProgress, "day_progress", N_("day of study"), day_progress_columns, free_day_progress);

static const PathwayColumn quiz_columns[] = {
  COLUMN (PathwayQuiz, id, ID),
  COLUMN (PathwayQuiz, user_id, ID),
  COLUMN (PathwayQuiz, plan_id, ID),
  COLUMN (PathwayQuiz, month_index, INT),
  COLUMN (PathwayQuiz, day, INT),
  COLUMN (PathwayQuiz, title, TEXT),
  COLUMN (PathwayQuiz, questions, JSON),
  COLUMN (PathwayQuiz, required_score, INT),
  COLUMN (PathwayQuiz, created_at, TIMESTAMP),
};
DEFINE_FREE (free_quizzes, pathway_quizzes_table)
const PathwayTable pathway_quizzes_table = TABLE (PathwayQuiz, "quizzes", N_("quiz"), quiz_columns, free_quizzes);

static const PathwayColumn quiz_submission_columns[] = {
  COLUMN (PathwayQuizSubmission, id, ID),
  COLUMN (PathwayQuizSubmission, user_id, ID),
  COLUMN (PathwayQuizSubmission, plan_id, ID),
  COLUMN (PathwayQuizSubmission, month_index, INT),
  COLUMN (PathwayQuizSubmission, day, INT),
  COLUMN (PathwayQuizSubmission, quiz_id, ID),
  COLUMN (PathwayQuizSubmission, answers, JSON),
  COLUMN (PathwayQuizSubmission, question_results, JSON),
  COLUMN (PathwayQuizSubmission, score, INT),
  COLUMN (PathwayQuizSubmission, passed, BOOLEAN),
  COLUMN (PathwayQuizSubmission, attempt_number, INT),
  COLUMN (PathwayQuizSubmission, time_taken, INT),
  COLUMN (PathwayQuizSubmission, created_at, TIMESTAMP),
};
DEFINE_FREE (free_quiz_submissions, pathway_quiz_submissions_table)
const PathwayTable pathway_quiz_submissions_table = TABLE (PathwayQuizSubmission, "quiz_submissions", N_("quiz attempt"), quiz_submission_columns, free_quiz_submissions);

static const PathwayColumn youtube_schedule_columns[] = {
  COLUMN (PathwayYoutubeSchedule, id, ID),
  COLUMN (PathwayYoutubeSchedule, user_id, ID),
  COLUMN (PathwayYoutubeSchedule, playlist_id, TEXT),
  COLUMN (PathwayYoutubeSchedule, playlist_url, TEXT),
  COLUMN (PathwayYoutubeSchedule, playlist_title, TEXT),
  COLUMN (PathwayYoutubeSchedule, daily_minutes, INT),
  COLUMN (PathwayYoutubeSchedule, schedule, JSON),
  COLUMN (PathwayYoutubeSchedule, start_time, TEXT),
  COLUMN (PathwayYoutubeSchedule, duration_minutes, INT),
  COLUMN (PathwayYoutubeSchedule, created, TIMESTAMP),
};
DEFINE_FREE (free_youtube_schedules, pathway_youtube_schedules_table)
const PathwayTable pathway_youtube_schedules_table = TABLE (PathwayYoutubeSchedule, "youtube_schedules", N_("video schedule"), youtube_schedule_columns, free_youtube_schedules);

static const PathwayColumn profile_summary_columns[] = {
  COLUMN (PathwayProfileSummary, id, ID),
  COLUMN (PathwayProfileSummary, user_id, ID),
  COLUMN (PathwayProfileSummary, summary_text, TEXT),
  COLUMN (PathwayProfileSummary, interests, JSON),
  COLUMN (PathwayProfileSummary, skills_tags, JSON),
  COLUMN (PathwayProfileSummary, vector, VECTOR),
  COLUMN (PathwayProfileSummary, graph_neighbors, JSON),
  COLUMN (PathwayProfileSummary, created_at, TIMESTAMP),
  COLUMN (PathwayProfileSummary, updated_at, TIMESTAMP),
};
DEFINE_FREE (free_profile_summaries, pathway_profile_summaries_table)
const PathwayTable pathway_profile_summaries_table = TABLE (PathwayProfileSummary, "student_profile_summaries", N_("profile summary"), profile_summary_columns, free_profile_summaries);

static const PathwayColumn candidate_vector_columns[] = {
  COLUMN (PathwayCandidateVector, id, ID),
  COLUMN (PathwayCandidateVector, user_id, ID),
  COLUMN (PathwayCandidateVector, vector, VECTOR),
  COLUMN (PathwayCandidateVector, summary_text, TEXT),
  COLUMN (PathwayCandidateVector, skills_tags, JSON),
  COLUMN (PathwayCandidateVector, created_at, TIMESTAMP),
  COLUMN (PathwayCandidateVector, updated_at, TIMESTAMP),
};
DEFINE_FREE (free_candidate_vectors, pathway_candidate_vectors_table)
const PathwayTable pathway_candidate_vectors_table = TABLE (PathwayCandidateVector, "candidate_vectors", N_("candidate vector"), candidate_vector_columns, free_candidate_vectors);

static const PathwayColumn job_columns[] = {
  COLUMN (PathwayJob, id, ID),
  COLUMN (PathwayJob, recruiter_id, ID),
  COLUMN (PathwayJob, title, TEXT),
  COLUMN (PathwayJob, description, TEXT),
  COLUMN (PathwayJob, requirements, JSON),
  COLUMN (PathwayJob, location, TEXT),
  COLUMN (PathwayJob, salary_range, TEXT),
  ENUM (PathwayJob, status, pathway_job_status_nicks),
  COLUMN (PathwayJob, created_at, TIMESTAMP),
};
DEFINE_FREE (free_jobs, pathway_jobs_table)
const PathwayTable pathway_jobs_table = TABLE (PathwayJob, "jobs", N_("job"), job_columns, free_jobs);

static const PathwayColumn job_posting_columns[] = {
  COLUMN (PathwayJobPosting, id, ID),
  COLUMN (PathwayJobPosting, recruiter_id, ID),
  COLUMN (PathwayJobPosting, title, TEXT),
  COLUMN (PathwayJobPosting, description, TEXT),
  COLUMN (PathwayJobPosting, requirements, JSON),
  COLUMN (PathwayJobPosting, skills, JSON),
  COLUMN (PathwayJobPosting, location, TEXT),
  COLUMN (PathwayJobPosting, salary_min, INT),
  COLUMN (PathwayJobPosting, salary_max, INT),
  COLUMN (PathwayJobPosting, is_active, BOOLEAN),
  COLUMN (PathwayJobPosting, created_at, TIMESTAMP),
  COLUMN (PathwayJobPosting, updated_at, TIMESTAMP),
  COLUMN (PathwayJobPosting, job_id, ID),
  COLUMN (PathwayJobPosting, source, TEXT),
  COLUMN (PathwayJobPosting, external_id, TEXT),
  COLUMN (PathwayJobPosting, url, TEXT),
  COLUMN (PathwayJobPosting, company, TEXT),
};
DEFINE_FREE (free_job_postings, pathway_job_postings_table)
const PathwayTable pathway_job_postings_table = TABLE (PathwayJobPosting, "job_postings", N_("job posting"), job_posting_columns, free_job_postings);

static const PathwayColumn shortlist_columns[] = {
  COLUMN (PathwayShortlist, id, ID),
  COLUMN (PathwayShortlist, recruiter_id, ID),
  COLUMN (PathwayShortlist, job_id, ID),
  COLUMN (PathwayShortlist, student_id, ID),
  COLUMN (PathwayShortlist, match_score, INT),
  COLUMN (PathwayShortlist, notes, TEXT),
  ENUM (PathwayShortlist, status, pathway_shortlist_status_nicks),
  COLUMN (PathwayShortlist, created_at, TIMESTAMP),
  ENUM (PathwayShortlist, source, pathway_shortlist_source_nicks),
};
DEFINE_FREE (free_shortlists, pathway_shortlists_table)
const PathwayTable pathway_shortlists_table = TABLE (PathwayShortlist, "shortlists", N_("shortlist entry"), shortlist_columns, free_shortlists);

static const PathwayColumn email_application_columns[] = {
  COLUMN (PathwayEmailApplication, id, ID),
  COLUMN (PathwayEmailApplication, recruiter_id, ID),
  COLUMN (PathwayEmailApplication, sender_email, TEXT),
  COLUMN (PathwayEmailApplication, sender_name, TEXT),
  COLUMN (PathwayEmailApplication, subject, TEXT),
  COLUMN (PathwayEmailApplication, content, TEXT),
  COLUMN (PathwayEmailApplication, attachments, JSON),
  COLUMN (PathwayEmailApplication, received_at, TIMESTAMP),
  COLUMN (PathwayEmailApplication, processed, BOOLEAN),
  COLUMN (PathwayEmailApplication, student_id, ID),
  COLUMN (PathwayEmailApplication, priority_score, INT),
  COLUMN (PathwayEmailApplication, keywords_matched, JSON),
};
DEFINE_FREE (free_email_applications, pathway_email_applications_table)
const PathwayTable pathway_email_applications_table = TABLE (PathwayEmailApplication, "email_applications", N_("email application"), email_application_columns, free_email_applications);

static const PathwayColumn interaction_columns[] = {
  COLUMN (PathwayInteraction, id, ID),
  COLUMN (PathwayInteraction, recruiter_id, ID),
  COLUMN (PathwayInteraction, candidate_id, ID),
  ENUM (PathwayInteraction, interaction_type, pathway_interaction_type_nicks),
  COLUMN (PathwayInteraction, details, JSON),
  COLUMN (PathwayInteraction, notes, TEXT),
  ENUM (PathwayInteraction, status, pathway_interaction_status_nicks),
  COLUMN (PathwayInteraction, created_at, TIMESTAMP),
  COLUMN (PathwayInteraction, updated_at, TIMESTAMP),
};
DEFINE_FREE (free_interactions, pathway_interactions_table)
const PathwayTable pathway_interactions_table = TABLE (PathwayInteraction, "recruiter_interactions", N_("interaction"), interaction_columns, free_interactions);

static const PathwayColumn candidate_match_columns[] = {
  COLUMN (PathwayCandidateMatch, id, ID),
  COLUMN (PathwayCandidateMatch, recruiter_id, ID),
  COLUMN (PathwayCandidateMatch, job_id, ID),
  COLUMN (PathwayCandidateMatch, candidate_id, ID),
  COLUMN (PathwayCandidateMatch, match_score, REAL),
  COLUMN (PathwayCandidateMatch, match_reasons, JSON),
  ENUM (PathwayCandidateMatch, status, pathway_match_status_nicks),
  COLUMN (PathwayCandidateMatch, created_at, TIMESTAMP),
  COLUMN (PathwayCandidateMatch, updated_at, TIMESTAMP),
};
DEFINE_FREE (free_candidate_matches, pathway_candidate_matches_table)
const PathwayTable pathway_candidate_matches_table = TABLE (PathwayCandidateMatch, "candidate_matches", N_("candidate match"), candidate_match_columns, free_candidate_matches);

static const PathwayColumn app_state_columns[] = {
  COLUMN (PathwayAppState, id, ID),
  COLUMN (PathwayAppState, student_user_id, ID),
  COLUMN (PathwayAppState, recruiter_user_id, ID),
  ENUM (PathwayAppState, active_role, pathway_user_type_nicks),
};
DEFINE_FREE (free_app_state, pathway_app_state_table)
const PathwayTable pathway_app_state_table = TABLE (PathwayAppState, "app_state", N_("application state"), app_state_columns, free_app_state);

static const PathwayColumn lesson_content_columns[] = {
  COLUMN (PathwayLessonContent, id, ID),
  COLUMN (PathwayLessonContent, month_key, TEXT),
  COLUMN (PathwayLessonContent, month_title, TEXT),
  COLUMN (PathwayLessonContent, day, INT),
  COLUMN (PathwayLessonContent, title, TEXT),
  COLUMN (PathwayLessonContent, lesson, TEXT),
  COLUMN (PathwayLessonContent, quiz_title, TEXT),
  COLUMN (PathwayLessonContent, questions, JSON),
  COLUMN (PathwayLessonContent, required_score, INT),
  COLUMN (PathwayLessonContent, imported_at, TIMESTAMP),
};
DEFINE_FREE (free_lesson_content, pathway_lesson_content_table)
const PathwayTable pathway_lesson_content_table = TABLE (PathwayLessonContent, "lesson_content", N_("lesson"), lesson_content_columns, free_lesson_content);

static const PathwayColumn study_day_columns[] = {
  COLUMN (PathwayStudyDay, id, ID),
  COLUMN (PathwayStudyDay, user_id, ID),
  COLUMN (PathwayStudyDay, study_date, TEXT),
  COLUMN (PathwayStudyDay, seconds, INT),
};
DEFINE_FREE (free_study_days, pathway_study_days_table)
const PathwayTable pathway_study_days_table = TABLE (PathwayStudyDay, "study_days", N_("day of study time"), study_day_columns, free_study_days);

static const PathwayColumn schedule_options_columns[] = {
  COLUMN (PathwayScheduleOptions, id, ID),
  COLUMN (PathwayScheduleOptions, schedule_id, ID),
  COLUMN (PathwayScheduleOptions, weekdays, INT),
  COLUMN (PathwayScheduleOptions, start_date, TEXT),
  COLUMN (PathwayScheduleOptions, speed, REAL),
  ENUM (PathwayScheduleOptions, source, pathway_schedule_source_nicks),
  COLUMN (PathwayScheduleOptions, revision, INT),
  COLUMN (PathwayScheduleOptions, synced_at, TIMESTAMP),
};
DEFINE_FREE (free_schedule_options, pathway_schedule_options_table)
const PathwayTable pathway_schedule_options_table = TABLE (PathwayScheduleOptions, "schedule_options", N_("video schedule’s settings"), schedule_options_columns, free_schedule_options);

static const PathwayColumn playlist_video_columns[] = {
  COLUMN (PathwayPlaylistVideo, id, ID),
  COLUMN (PathwayPlaylistVideo, schedule_id, ID),
  COLUMN (PathwayPlaylistVideo, video_id, TEXT),
  COLUMN (PathwayPlaylistVideo, position, INT),
  COLUMN (PathwayPlaylistVideo, title, TEXT),
  COLUMN (PathwayPlaylistVideo, channel, TEXT),
  COLUMN (PathwayPlaylistVideo, thumbnail_url, TEXT),
  COLUMN (PathwayPlaylistVideo, duration, INT),
  ENUM (PathwayPlaylistVideo, availability, pathway_video_availability_nicks),
};
DEFINE_FREE (free_playlist_videos, pathway_playlist_videos_table)
const PathwayTable pathway_playlist_videos_table = TABLE (PathwayPlaylistVideo, "playlist_videos", N_("playlist video"), playlist_video_columns, free_playlist_videos);

static const PathwayColumn video_watch_columns[] = {
  COLUMN (PathwayVideoWatch, id, ID),
  COLUMN (PathwayVideoWatch, schedule_id, ID),
  COLUMN (PathwayVideoWatch, video_id, TEXT),
  COLUMN (PathwayVideoWatch, watched_at, TIMESTAMP),
};
DEFINE_FREE (free_video_watches, pathway_video_watches_table)
const PathwayTable pathway_video_watches_table = TABLE (PathwayVideoWatch, "video_watches", N_("watched mark"), video_watch_columns, free_video_watches);

static const PathwayColumn sync_run_columns[] = {
  COLUMN (PathwaySyncRun, id, ID),
  COLUMN (PathwaySyncRun, source, TEXT),
  COLUMN (PathwaySyncRun, scope, TEXT),
  ENUM (PathwaySyncRun, status, pathway_sync_status_nicks),
  COLUMN (PathwaySyncRun, started_at, TIMESTAMP),
  COLUMN (PathwaySyncRun, finished_at, TIMESTAMP),
  COLUMN (PathwaySyncRun, requests, INT),
  COLUMN (PathwaySyncRun, items_seen, INT),
  COLUMN (PathwaySyncRun, items_changed, INT),
  COLUMN (PathwaySyncRun, error, TEXT),
};
DEFINE_FREE (free_sync_runs, pathway_sync_runs_table)
const PathwayTable pathway_sync_runs_table = TABLE (PathwaySyncRun, "sync_runs", N_("sync run"), sync_run_columns, free_sync_runs);

static const PathwayColumn sync_cursor_columns[] = {
  COLUMN (PathwaySyncCursor, id, ID),
  COLUMN (PathwaySyncCursor, source, TEXT),
  COLUMN (PathwaySyncCursor, scope, TEXT),
  COLUMN (PathwaySyncCursor, cursor, TEXT),
  COLUMN (PathwaySyncCursor, retry_after, TIMESTAMP),
  COLUMN (PathwaySyncCursor, updated_at, TIMESTAMP),
};
DEFINE_FREE (free_sync_cursors, pathway_sync_cursors_table)
const PathwayTable pathway_sync_cursors_table = TABLE (PathwaySyncCursor, "sync_cursors", N_("sync cursor"), sync_cursor_columns, free_sync_cursors);

static const PathwayColumn candidate_preferences_columns[] = {
  COLUMN (PathwayCandidatePreferences, id, ID),
  COLUMN (PathwayCandidatePreferences, user_id, ID),
  COLUMN (PathwayCandidatePreferences, location, TEXT),
  COLUMN (PathwayCandidatePreferences, remote_ok, BOOLEAN),
  COLUMN (PathwayCandidatePreferences, salary_expectation, INT),
  COLUMN (PathwayCandidatePreferences, headline, TEXT),
  COLUMN (PathwayCandidatePreferences, profile_id, TEXT),
};
DEFINE_FREE (free_candidate_preferences, pathway_candidate_preferences_table)
const PathwayTable pathway_candidate_preferences_table = TABLE (PathwayCandidatePreferences, "candidate_preferences", N_("candidate’s preferences"), candidate_preferences_columns, free_candidate_preferences);

const PathwayTable * const pathway_all_tables[] = {
  &pathway_users_table,
  &pathway_onboarding_table,
  &pathway_learning_plans_table,
  &pathway_learning_paths_table,
  &pathway_day_progress_table,
  &pathway_quizzes_table,
  &pathway_quiz_submissions_table,
  &pathway_youtube_schedules_table,
  &pathway_profile_summaries_table,
  &pathway_candidate_vectors_table,
  &pathway_jobs_table,
  &pathway_job_postings_table,
  &pathway_shortlists_table,
  &pathway_email_applications_table,
  &pathway_interactions_table,
  &pathway_candidate_matches_table,
  &pathway_app_state_table,
  &pathway_lesson_content_table,
  &pathway_study_days_table,
  &pathway_schedule_options_table,
  &pathway_playlist_videos_table,
  &pathway_video_watches_table,
  &pathway_sync_runs_table,
  &pathway_sync_cursors_table,
  &pathway_candidate_preferences_table,
  NULL
};
