/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pathway-record.h"
#include "pathway-vector.h"

G_BEGIN_DECLS

/* One struct per table of schema.sql, field for column, in the same order. Enumerations are
 * indexes into the nicks below; the first nick of each is the column's default. */

typedef enum { PATHWAY_USER_TYPE_STUDENT, PATHWAY_USER_TYPE_RECRUITER } PathwayUserType;
typedef enum { PATHWAY_USER_SOURCE_PLATFORM, PATHWAY_USER_SOURCE_EMAIL, PATHWAY_USER_SOURCE_IMPORT } PathwayUserSource;
typedef enum {
  PATHWAY_GRADE_HIGH_SCHOOL,
  PATHWAY_GRADE_UNDERGRADUATE,
  PATHWAY_GRADE_GRADUATE,
  PATHWAY_GRADE_WORKING_PROFESSIONAL,
  PATHWAY_GRADE_SELF_TAUGHT,
} PathwayGrade;
typedef enum { PATHWAY_PATH_LOCKED, PATHWAY_PATH_ACTIVE, PATHWAY_PATH_COMPLETED } PathwayPathStatus;
typedef enum { PATHWAY_DAY_LOCKED, PATHWAY_DAY_ACTIVE, PATHWAY_DAY_COMPLETED, PATHWAY_DAY_FAILED } PathwayDayStatus;
typedef enum { PATHWAY_JOB_ACTIVE, PATHWAY_JOB_PAUSED, PATHWAY_JOB_CLOSED, PATHWAY_JOB_FILLED } PathwayJobStatus;
typedef enum {
  PATHWAY_SHORTLIST_SHORTLISTED,
  PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED,
  PATHWAY_SHORTLIST_INTERVIEWED,
  PATHWAY_SHORTLIST_HIRED,
  PATHWAY_SHORTLIST_REJECTED,
} PathwayShortlistStatus;
typedef enum { PATHWAY_SHORTLIST_SOURCE_PLATFORM, PATHWAY_SHORTLIST_SOURCE_EMAIL } PathwayShortlistSource;
typedef enum {
  PATHWAY_INTERACTION_EMAIL_SENT,
  PATHWAY_INTERACTION_PROFILE_VIEWED,
  PATHWAY_INTERACTION_INTERVIEW_SCHEDULED,
  PATHWAY_INTERACTION_INTERVIEW_COMPLETED,
  PATHWAY_INTERACTION_OFFER_SENT,
  PATHWAY_INTERACTION_SHORTLISTED,
  PATHWAY_INTERACTION_STATUS_CHANGED,
  PATHWAY_INTERACTION_NOTE_ADDED,
  PATHWAY_INTERACTION_APPLICATION_RECEIVED,
} PathwayInteractionType;
typedef enum { PATHWAY_INTERACTION_STATUS_ACTIVE, PATHWAY_INTERACTION_STATUS_COMPLETED, PATHWAY_INTERACTION_STATUS_CANCELLED } PathwayInteractionStatus;
typedef enum { PATHWAY_MATCH_NEW, PATHWAY_MATCH_REVIEWED, PATHWAY_MATCH_SHORTLISTED, PATHWAY_MATCH_DISMISSED } PathwayMatchStatus;

extern const char * const pathway_user_type_nicks[];
extern const char * const pathway_user_source_nicks[];
extern const char * const pathway_grade_nicks[];
extern const char * const pathway_path_status_nicks[];
extern const char * const pathway_day_status_nicks[];
extern const char * const pathway_job_status_nicks[];
extern const char * const pathway_shortlist_status_nicks[];
extern const char * const pathway_shortlist_source_nicks[];
extern const char * const pathway_interaction_type_nicks[];
extern const char * const pathway_interaction_status_nicks[];
extern const char * const pathway_match_status_nicks[];

typedef struct {
  gint64     id;
  char      *email;
  char      *hashed_password;
  char      *google_id;
  char      *google_email;
  char      *google_name;
  char      *google_picture;
  char      *google_access_token;
  char      *google_refresh_token;
  int        is_google_authenticated;
  int        user_type;                 /* PathwayUserType */
  char      *phone_number;
  int        phone_verified;
  GDateTime *created_at;
  gint64     created_by_recruiter_id;
  int        source;                    /* PathwayUserSource */
  char      *linkedin_connection_id;
  JsonNode  *linkedin_profile_data;
  GDateTime *linkedin_connected_at;
  char      *github_connection_id;
  JsonNode  *github_profile_data;
  GDateTime *github_connected_at;
  char      *twitter_connection_id;
  JsonNode  *twitter_profile_data;
  GDateTime *twitter_connected_at;
  gint64     current_plan_id;
  int        current_month_index;
  int        current_day;
} PathwayUser;

typedef struct {
  gint64    id;
  gint64    user_id;
  char     *name;
  int       grade;                      /* PathwayGrade */
  JsonNode *career_goals;
  JsonNode *current_skills;
  char     *time_commitment;            /* ISO-8601 duration, PT45M */
} PathwayOnboarding;

typedef struct {
  gint64     id;
  gint64     user_id;
  char      *title;
  int        total_years;
  JsonNode  *plan;
  GDateTime *created_at;
  GDateTime *updated_at;
} PathwayLearningPlan;

typedef struct {
  gint64     id;
  gint64     plan_id;
  gint64     user_id;
  int        global_month_index;
  int        year_number;
  int        month_of_year;
  char      *title;
  int        status;                    /* PathwayPathStatus */
  int        current_day;
  int        days_completed;
  int        total_days;
  GDateTime *started_at;
  GDateTime *completed_at;
  GDateTime *last_activity_at;
  JsonNode  *days_data;
  GDateTime *created_at;
  GDateTime *updated_at;
} PathwayLearningPath;

typedef struct {
  gint64     id;
  gint64     user_id;
  gint64     plan_id;
  int        month_index;
  int        day_number;
  int        status;                    /* PathwayDayStatus */
  GDateTime *started_at;
  GDateTime *completed_at;
  int        quiz_score;
  int        quiz_attempts;
  int        best_score;
  int        content_viewed;
  int        time_spent;                /* seconds */
  int        can_proceed;
  GDateTime *created_at;
  GDateTime *updated_at;
} PathwayDayProgress;

typedef struct {
  gint64     id;
  gint64     user_id;
  gint64     plan_id;
  int        month_index;
  int        day;
  char      *title;
  JsonNode  *questions;
  int        required_score;
  GDateTime *created_at;
} PathwayQuiz;

typedef struct {
  gint64     id;
  gint64     user_id;
  gint64     plan_id;
  int        month_index;
  int        day;
  gint64     quiz_id;
  JsonNode  *answers;
  JsonNode  *question_results;
  int        score;
  int        passed;
  int        attempt_number;
  int        time_taken;                /* seconds */
  GDateTime *created_at;
} PathwayQuizSubmission;

typedef struct {
  gint64     id;
  gint64     user_id;
  char      *playlist_id;
  char      *playlist_url;
  char      *playlist_title;
  int        daily_minutes;
  JsonNode  *schedule;
  char      *start_time;                /* HH:MM */
  int        duration_minutes;
  GDateTime *created;
} PathwayYoutubeSchedule;

typedef struct {
  gint64         id;
  gint64         user_id;
  char          *summary_text;
  JsonNode      *interests;
  JsonNode      *skills_tags;
  PathwayVector *vector;
  JsonNode      *graph_neighbors;
  GDateTime     *created_at;
  GDateTime     *updated_at;
} PathwayProfileSummary;

typedef struct {
  gint64         id;
  gint64         user_id;
  PathwayVector *vector;
  char          *summary_text;
  JsonNode      *skills_tags;
  GDateTime     *created_at;
  GDateTime     *updated_at;
} PathwayCandidateVector;

typedef struct {
  gint64     id;
  gint64     recruiter_id;
  char      *title;
  char      *description;
  JsonNode  *requirements;
  char      *location;
  char      *salary_range;
  int        status;                    /* PathwayJobStatus */
  GDateTime *created_at;
} PathwayJob;

typedef struct {
  gint64     id;
  gint64     recruiter_id;
  char      *title;
  char      *description;
  JsonNode  *requirements;
  JsonNode  *skills;
  char      *location;
  int        salary_min;
  int        salary_max;
  int        is_active;
  GDateTime *created_at;
  GDateTime *updated_at;
  gint64     job_id;
  char      *source;
  char      *external_id;
  char      *url;
  char      *company;
} PathwayJobPosting;

typedef struct {
  gint64     id;
  gint64     recruiter_id;
  gint64     job_id;
  gint64     student_id;
  int        match_score;
  char      *notes;
  int        status;                    /* PathwayShortlistStatus */
  GDateTime *created_at;
  int        source;                    /* PathwayShortlistSource */
} PathwayShortlist;

typedef struct {
  gint64     id;
  gint64     recruiter_id;
  char      *sender_email;
  char      *sender_name;
  char      *subject;
  char      *content;
  JsonNode  *attachments;
  GDateTime *received_at;
  int        processed;
  gint64     student_id;
  int        priority_score;
  JsonNode  *keywords_matched;
} PathwayEmailApplication;

typedef struct {
  gint64     id;
  gint64     recruiter_id;
  gint64     candidate_id;
  int        interaction_type;          /* PathwayInteractionType */
  JsonNode  *details;
  char      *notes;
  int        status;                    /* PathwayInteractionStatus */
  GDateTime *created_at;
  GDateTime *updated_at;
} PathwayInteraction;

typedef struct {
  gint64     id;
  gint64     recruiter_id;
  gint64     job_id;
  gint64     candidate_id;
  double     match_score;
  JsonNode  *match_reasons;
  int        status;                    /* PathwayMatchStatus */
  GDateTime *created_at;
  GDateTime *updated_at;
} PathwayCandidateMatch;

typedef struct {
  gint64 id;
  gint64 student_user_id;
  gint64 recruiter_user_id;
  int    active_role;                   /* PathwayUserType */
} PathwayAppState;

typedef struct {
  gint64     id;
  char      *month_key;
  char      *month_title;
  int        day;
  char      *title;
  char      *lesson;                    /* Markdown */
  char      *quiz_title;
  JsonNode  *questions;
  int        required_score;
  GDateTime *imported_at;
} PathwayLessonContent;

typedef struct {
  gint64  id;
  gint64  user_id;
  char   *study_date;                   /* local calendar date, YYYY-MM-DD */
  int     seconds;
} PathwayStudyDay;

typedef enum { PATHWAY_SCHEDULE_SOURCE_YOUTUBE, PATHWAY_SCHEDULE_SOURCE_YTDLP } PathwayScheduleSource;
typedef enum { PATHWAY_SYNC_RUNNING, PATHWAY_SYNC_SUCCEEDED, PATHWAY_SYNC_FAILED, PATHWAY_SYNC_CANCELLED } PathwaySyncStatus;

extern const char * const pathway_schedule_source_nicks[];
extern const char * const pathway_video_availability_nicks[];
extern const char * const pathway_sync_status_nicks[];

typedef struct {
  gint64     id;
  gint64     schedule_id;
  int        weekdays;                  /* bit 0 Monday … bit 6 Sunday */
  char      *start_date;                /* YYYY-MM-DD */
  double     speed;
  int        source;                    /* PathwayScheduleSource */
  int        revision;                  /* bumped when planned again; the calendar's SEQUENCE */
  GDateTime *synced_at;
} PathwayScheduleOptions;

typedef struct {
  gint64  id;
  gint64  schedule_id;
  char   *video_id;
  int     position;
  char   *title;
  char   *channel;
  char   *thumbnail_url;
  int     duration;                     /* seconds */
  int     availability;                 /* PathwayVideoAvailability */
} PathwayPlaylistVideo;

typedef struct {
  gint64     id;
  gint64     schedule_id;
  char      *video_id;
  GDateTime *watched_at;
} PathwayVideoWatch;

typedef struct {
  gint64     id;
  char      *source;
  char      *scope;
  int        status;                    /* PathwaySyncStatus */
  GDateTime *started_at;
  GDateTime *finished_at;
  int        requests;
  int        items_seen;
  int        items_changed;
  char      *error;
} PathwaySyncRun;

typedef struct {
  gint64     id;
  char      *source;
  char      *scope;
  char      *cursor;
  GDateTime *retry_after;
  GDateTime *updated_at;
} PathwaySyncCursor;

/* Where and how a candidate wants to work, and the stable id of the profile a student exports. */
typedef struct {
  gint64  id;
  gint64  user_id;
  char   *location;
  int     remote_ok;
  int     salary_expectation;           /* a year's pay, whole units of the currency */
  char   *headline;
  char   *profile_id;                   /* a UUID */
} PathwayCandidatePreferences;

extern const PathwayTable pathway_users_table;
extern const PathwayTable pathway_onboarding_table;
extern const PathwayTable pathway_learning_plans_table;
extern const PathwayTable pathway_learning_paths_table;
extern const PathwayTable pathway_day_progress_table;
extern const PathwayTable pathway_quizzes_table;
extern const PathwayTable pathway_quiz_submissions_table;
extern const PathwayTable pathway_youtube_schedules_table;
extern const PathwayTable pathway_profile_summaries_table;
extern const PathwayTable pathway_candidate_vectors_table;
extern const PathwayTable pathway_jobs_table;
extern const PathwayTable pathway_job_postings_table;
extern const PathwayTable pathway_shortlists_table;
extern const PathwayTable pathway_email_applications_table;
extern const PathwayTable pathway_interactions_table;
extern const PathwayTable pathway_candidate_matches_table;
extern const PathwayTable pathway_app_state_table;
extern const PathwayTable pathway_lesson_content_table;
extern const PathwayTable pathway_study_days_table;
extern const PathwayTable pathway_schedule_options_table;
extern const PathwayTable pathway_playlist_videos_table;
extern const PathwayTable pathway_video_watches_table;
extern const PathwayTable pathway_sync_runs_table;
extern const PathwayTable pathway_sync_cursors_table;
extern const PathwayTable pathway_candidate_preferences_table;

/* Every table, parents before children, NULL-terminated. */
extern const PathwayTable * const pathway_all_tables[];

PATHWAY_DEFINE_RECORD (PathwayUser, pathway_user, pathway_users_table)
PATHWAY_DEFINE_RECORD (PathwayOnboarding, pathway_onboarding, pathway_onboarding_table)
PATHWAY_DEFINE_RECORD (PathwayLearningPlan, pathway_learning_plan, pathway_learning_plans_table)
PATHWAY_DEFINE_RECORD (PathwayLearningPath, pathway_learning_path, pathway_learning_paths_table)
PATHWAY_DEFINE_RECORD (PathwayDayProgress, pathway_day_progress, pathway_day_progress_table)
PATHWAY_DEFINE_RECORD (PathwayQuiz, pathway_quiz, pathway_quizzes_table)
PATHWAY_DEFINE_RECORD (PathwayQuizSubmission, pathway_quiz_submission, pathway_quiz_submissions_table)
PATHWAY_DEFINE_RECORD (PathwayYoutubeSchedule, pathway_youtube_schedule, pathway_youtube_schedules_table)
PATHWAY_DEFINE_RECORD (PathwayProfileSummary, pathway_profile_summary, pathway_profile_summaries_table)
PATHWAY_DEFINE_RECORD (PathwayCandidateVector, pathway_candidate_vector, pathway_candidate_vectors_table)
PATHWAY_DEFINE_RECORD (PathwayJob, pathway_job, pathway_jobs_table)
PATHWAY_DEFINE_RECORD (PathwayJobPosting, pathway_job_posting, pathway_job_postings_table)
PATHWAY_DEFINE_RECORD (PathwayShortlist, pathway_shortlist, pathway_shortlists_table)
PATHWAY_DEFINE_RECORD (PathwayEmailApplication, pathway_email_application, pathway_email_applications_table)
PATHWAY_DEFINE_RECORD (PathwayInteraction, pathway_interaction, pathway_interactions_table)
PATHWAY_DEFINE_RECORD (PathwayCandidateMatch, pathway_candidate_match, pathway_candidate_matches_table)
PATHWAY_DEFINE_RECORD (PathwayAppState, pathway_app_state, pathway_app_state_table)
PATHWAY_DEFINE_RECORD (PathwayLessonContent, pathway_lesson_content, pathway_lesson_content_table)
PATHWAY_DEFINE_RECORD (PathwayStudyDay, pathway_study_day, pathway_study_days_table)
PATHWAY_DEFINE_RECORD (PathwayScheduleOptions, pathway_schedule_options, pathway_schedule_options_table)
PATHWAY_DEFINE_RECORD (PathwayPlaylistVideo, pathway_playlist_video, pathway_playlist_videos_table)
PATHWAY_DEFINE_RECORD (PathwayVideoWatch, pathway_video_watch, pathway_video_watches_table)
PATHWAY_DEFINE_RECORD (PathwaySyncRun, pathway_sync_run, pathway_sync_runs_table)
PATHWAY_DEFINE_RECORD (PathwaySyncCursor, pathway_sync_cursor, pathway_sync_cursors_table)
PATHWAY_DEFINE_RECORD (PathwayCandidatePreferences, pathway_candidate_preferences, pathway_candidate_preferences_table)

G_END_DECLS
