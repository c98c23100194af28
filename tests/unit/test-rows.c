/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pathway-export.h"
#include "pathway-rows.h"
#include "pathway-test.h"
#include "pathway-time.h"

typedef struct {
  PathwayDb *db;
  gint64     student_id;
  gint64     recruiter_id;
  gint64     plan_id;
  gint64     quiz_id;
  gint64     job_id;
} Fixture;

static JsonNode *
json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  return node;
}

static GDateTime *
at (const char *text)
{
  GDateTime *datetime = pathway_timestamp_parse (text);

  g_assert_nonnull (datetime);
  return datetime;
}

static PathwayVector *
vector (guint n_dims)
{
  PathwayVector *v = pathway_vector_new (n_dims);

  for (guint i = 0; i < n_dims; i++)
    v->values[i] = (float) (i % 7) / 7.0f - 0.5f;
  return v;
}

static gint64
insert (Fixture            *fixture,
        const PathwayTable *table,
        gpointer            record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pathway_row_insert (fixture->db, table, record, &error));
  g_assert_no_error (error);
  return *(gint64 *) record;
}

/* ───── a full, realistic row for every table ───── */

static gpointer
make_user (Fixture *fixture)
{
  PathwayUser *user = pathway_user_new ();

  user->email = g_strdup ("maya.okafor@mail.example");
  user->hashed_password = g_strdup ("$argon2id$v=19$m=65536$c2FsdA$aGFzaA");
  user->google_id = g_strdup ("10987654321");
  user->google_email = g_strdup ("maya.okafor@gmail.example");
  user->google_name = g_strdup ("Maya Okafor");
  user->google_picture = g_strdup ("https://photos.example/maya.png");
  user->google_access_token = g_strdup ("ya29.token");
  user->google_refresh_token = g_strdup ("1//refresh");
  user->is_google_authenticated = TRUE;
  user->user_type = PATHWAY_USER_TYPE_STUDENT;
  user->phone_number = g_strdup ("+44 20 7946 0000");
  user->phone_verified = TRUE;
  user->created_at = at ("2026-03-04T05:06:07Z");
  user->created_by_recruiter_id = fixture->recruiter_id;
  user->source = PATHWAY_USER_SOURCE_IMPORT;
  user->linkedin_connection_id = g_strdup ("li-123");
  user->linkedin_profile_data = json ("{\"headline\":\"Aspiring analyst\"}");
  user->linkedin_connected_at = at ("2026-03-05T00:00:00Z");
  user->github_connection_id = g_strdup ("gh-456");
  user->github_profile_data = json ("{\"login\":\"mokafor\",\"public_repos\":12}");
  user->github_connected_at = at ("2026-03-06T00:00:00Z");
  user->twitter_connection_id = g_strdup ("tw-789");
  user->twitter_profile_data = json ("{\"handle\":\"@maya\"}");
  user->twitter_connected_at = at ("2026-03-07T00:00:00Z");
  user->current_plan_id = fixture->plan_id;
  user->current_month_index = 2;
  user->current_day = 14;
  return user;
}

static gpointer
make_onboarding (Fixture *fixture)
{
  PathwayOnboarding *row = pathway_onboarding_new ();

  row->user_id = fixture->recruiter_id; /* the fixture student has one already */
  row->name = g_strdup ("Maya Okafor");
  row->grade = PATHWAY_GRADE_UNDERGRADUATE;
  row->career_goals = json ("[\"Data Analyst\",\"Machine Learning Engineer\"]");
  row->current_skills = json ("[\"Excel\",\"Python\"]");
  row->time_commitment = g_strdup ("PT1H30M");
  return row;
}

static gpointer
make_learning_plan (Fixture *fixture)
{
  PathwayLearningPlan *row = pathway_learning_plan_new ();

  row->user_id = fixture->student_id;
  row->title = g_strdup ("Data Analyst in Two Years");
  row->total_years = 2;
  row->plan = json ("{\"months\":[{\"index\":1,\"title\":\"SQL\",\"goals\":[],\"topics\":[\"SELECT\"],"
                    "\"status\":\"active\",\"days_generated\":true,\"days\":[]}]}");
  row->created_at = at ("2026-04-01T08:00:00Z");
  row->updated_at = at ("2026-04-02T08:00:00Z");
  return row;
}

static gpointer
make_learning_path (Fixture *fixture)
{
  PathwayLearningPath *row = pathway_learning_path_new ();

  row->plan_id = fixture->plan_id;
  row->user_id = fixture->student_id;
  row->global_month_index = 14;
  row->year_number = 2;
  row->month_of_year = 2;
  row->title = g_strdup ("Statistics Foundations");
  row->status = PATHWAY_PATH_ACTIVE;
  row->current_day = 9;
  row->days_completed = 8;
  row->total_days = 28;
  row->started_at = at ("2026-05-01T07:00:00Z");
  row->completed_at = at ("2026-05-29T07:00:00Z");
  row->last_activity_at = at ("2026-05-09T20:15:00Z");
  row->days_data = json ("{\"1\":{\"score\":90}}");
  row->created_at = at ("2026-04-01T08:00:00Z");
  row->updated_at = at ("2026-05-09T20:15:00Z");
  return row;
}

static gpointer
make_day_progress (Fixture *fixture)
{
  PathwayDayProgress *row = pathway_day_progress_new ();

  row->user_id = fixture->student_id;
  row->plan_id = fixture->plan_id;
  row->month_index = 3;
  row->day_number = 17;
  row->status = PATHWAY_DAY_FAILED;
  row->started_at = at ("2026-06-17T18:00:00Z");
  row->completed_at = at ("2026-06-17T19:00:00Z");
  row->quiz_score = 50;
  row->quiz_attempts = 2;
  row->best_score = 60;
  row->content_viewed = TRUE;
  row->time_spent = 1800;
  row->can_proceed = FALSE;
  row->created_at = at ("2026-06-17T18:00:00Z");
  row->updated_at = at ("2026-06-17T19:00:00Z");
  return row;
}

static gpointer
make_quiz (Fixture *fixture)
{
  PathwayQuiz *row = pathway_quiz_new ();

  row->user_id = fixture->student_id;
  row->plan_id = fixture->plan_id;
  row->month_index = 1;
  row->day = 2;
  row->title = g_strdup ("Day 2 Quiz: Filtering Rows");
  row->questions = json ("[{\"question\":\"Which clause filters rows?\",\"options\":[\"WHERE\",\"ORDER BY\",\"LIMIT\",\"FROM\"],"
                         "\"correct_index\":0,\"explanation\":\"WHERE keeps the rows that match.\"}]");
  row->required_score = 80;
  row->created_at = at ("2026-04-02T08:00:00Z");
  return row;
}

static gpointer
make_quiz_submission (Fixture *fixture)
{
  PathwayQuizSubmission *row = pathway_quiz_submission_new ();

  row->user_id = fixture->student_id;
  row->plan_id = fixture->plan_id;
  row->month_index = 1;
  row->day = 1;
  row->quiz_id = fixture->quiz_id;
  row->answers = json ("[0,2,1]");
  row->question_results = json ("[{\"question_index\":0,\"user_answer\":0,\"correct_answer\":0,\"is_correct\":true,"
                                "\"explanation\":\"Right.\"}]");
  row->score = 67;
  row->passed = FALSE;
  row->attempt_number = 3;
  row->time_taken = 240;
  row->created_at = at ("2026-04-01T09:00:00Z");
  return row;
}

static gpointer
make_youtube_schedule (Fixture *fixture)
{
  PathwayYoutubeSchedule *row = pathway_youtube_schedule_new ();

  row->user_id = fixture->student_id;
  row->playlist_id = g_strdup ("PLabc123");
  row->playlist_url = g_strdup ("https://www.youtube.com/playlist?list=PLabc123");
  row->playlist_title = g_strdup ("SQL for Beginners");
  row->daily_minutes = 45;
  row->schedule = json ("[{\"day\":1,\"videos\":[{\"videoId\":\"dQw4w9WgXcQ\",\"title\":\"Intro\","
                        "\"thumbnail\":\"https://i.ytimg.com/vi/x/default.jpg\",\"duration\":\"PT15M\"}]}]");
  row->start_time = g_strdup ("18:30");
  row->duration_minutes = 45;
  row->created = at ("2026-04-03T10:00:00Z");
  return row;
}

static gpointer
make_profile_summary (Fixture *fixture)
{
  PathwayProfileSummary *row = pathway_profile_summary_new ();

  row->user_id = fixture->student_id;
  row->summary_text = g_strdup ("An undergraduate heading for data analysis, fluent in SQL and Excel.");
  row->interests = json ("[\"Sports analytics\",\"Public health\"]");
  row->skills_tags = json ("[\"SQL\",\"Excel\"]");
  row->vector = vector (768);
  row->graph_neighbors = json ("[{\"user_id\":42,\"weight\":0.85}]");
  row->created_at = at ("2026-04-04T10:00:00Z");
  row->updated_at = at ("2026-04-05T10:00:00Z");
  return row;
}

static gpointer
make_candidate_vector (Fixture *fixture)
{
  PathwayCandidateVector *row = pathway_candidate_vector_new ();

  row->user_id = fixture->student_id;
  row->vector = vector (768);
  row->summary_text = g_strdup ("SQL, Excel, data analysis");
  row->skills_tags = json ("[\"SQL\",\"Excel\"]");
  row->created_at = at ("2026-04-04T10:00:00Z");
  row->updated_at = at ("2026-04-05T10:00:00Z");
  return row;
}

static gpointer
make_job (Fixture *fixture)
{
  PathwayJob *row = pathway_job_new ();

  row->recruiter_id = fixture->recruiter_id;
  row->title = g_strdup ("Junior Data Analyst");
  row->description = g_strdup ("Help the sales team see what the numbers say.");
  row->requirements = json ("[\"SQL\",\"Spreadsheets\",\"Clear writing\"]");
  row->location = g_strdup ("Lisbon");
  row->salary_range = g_strdup ("€32,000 – €40,000");
  row->status = PATHWAY_JOB_PAUSED;
  row->created_at = at ("2026-04-06T10:00:00Z");
  return row;
}

static gpointer
make_job_posting (Fixture *fixture)
{
  PathwayJobPosting *row = pathway_job_posting_new ();

  row->recruiter_id = fixture->recruiter_id;
  row->title = g_strdup ("Junior Data Analyst");
  row->description = g_strdup ("Help the sales team see what the numbers say.");
  row->requirements = json ("[\"SQL\"]");
  row->skills = json ("[\"SQL\",\"Excel\",\"Tableau\"]");
  row->location = g_strdup ("Lisbon");
  row->salary_min = 32000;
  row->salary_max = 40000;
  row->is_active = FALSE;
  row->created_at = at ("2026-04-06T10:00:00Z");
  row->updated_at = at ("2026-04-07T10:00:00Z");
  row->job_id = fixture->job_id;
  row->source = g_strdup ("greenhouse");
  row->external_id = g_strdup ("4012345");
  row->url = g_strdup ("https://boards.greenhouse.example/acme/jobs/4012345");
  row->company = g_strdup ("Acme Analytics");
  return row;
}

static gpointer
make_shortlist (Fixture *fixture)
{
  PathwayShortlist *row = pathway_shortlist_new ();

  row->recruiter_id = fixture->recruiter_id;
  row->job_id = fixture->job_id;
  row->student_id = fixture->student_id;
  row->match_score = 87;
  row->notes = g_strdup ("Strong SQL; ask about dashboards.");
  row->status = PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED;
  row->created_at = at ("2026-04-08T10:00:00Z");
  row->source = PATHWAY_SHORTLIST_SOURCE_EMAIL;
  return row;
}

static gpointer
make_email_application (Fixture *fixture)
{
  PathwayEmailApplication *row = pathway_email_application_new ();

  row->recruiter_id = fixture->recruiter_id;
  row->sender_email = g_strdup ("maya.okafor@mail.example");
  row->sender_name = g_strdup ("Maya Okafor");
  row->subject = g_strdup ("Application: Junior Data Analyst");
  row->content = g_strdup ("Dear team, please find my CV attached.");
  row->attachments = json ("[{\"filename\":\"cv.pdf\",\"size\":245678,\"mime_type\":\"application/pdf\",\"parsed_text\":\"SQL\"}]");
  row->received_at = at ("2026-04-09T10:00:00Z");
  row->processed = TRUE;
  row->student_id = fixture->student_id;
  row->priority_score = 72;
  row->keywords_matched = json ("[\"SQL\",\"Excel\"]");
  return row;
}

static gpointer
make_interaction (Fixture *fixture)
{
  PathwayInteraction *row = pathway_interaction_new ();

  row->recruiter_id = fixture->recruiter_id;
  row->candidate_id = fixture->student_id;
  row->interaction_type = PATHWAY_INTERACTION_INTERVIEW_SCHEDULED;
  row->details = json ("{\"scheduled_time\":\"2026-04-15T10:00:00Z\",\"meeting_link\":\"https://meet.example/abc\"}");
  row->notes = g_strdup ("Video call with the analytics lead.");
  row->status = PATHWAY_INTERACTION_STATUS_COMPLETED;
  row->created_at = at ("2026-04-10T10:00:00Z");
  row->updated_at = at ("2026-04-11T10:00:00Z");
  return row;
}

static gpointer
make_candidate_match (Fixture *fixture)
{
  PathwayCandidateMatch *row = pathway_candidate_match_new ();

  row->recruiter_id = fixture->recruiter_id;
  row->job_id = fixture->job_id;
  row->candidate_id = fixture->student_id;
  row->match_score = 81.5;
  row->match_reasons = json ("{\"skills_matched\":[\"SQL\"],\"skills_missing\":[\"Tableau\"],\"similarity\":0.71}");
  row->status = PATHWAY_MATCH_REVIEWED;
  row->created_at = at ("2026-04-12T10:00:00Z");
  row->updated_at = at ("2026-04-13T10:00:00Z");
  return row;
}

static gpointer
make_app_state (Fixture *fixture)
{
  PathwayAppState *row = pathway_app_state_new ();

  row->id = 1;
  row->student_user_id = fixture->student_id;
  row->recruiter_user_id = fixture->recruiter_id;
  row->active_role = PATHWAY_USER_TYPE_RECRUITER;
  return row;
}

static gpointer
make_lesson_content (Fixture *fixture)
{
  PathwayLessonContent *row = pathway_lesson_content_new ();

  row->month_key = g_strdup ("statistics-foundations");
  row->month_title = g_strdup ("Statistics Foundations");
  row->day = 3;
  row->title = g_strdup ("Mean, Median and Mode");
  row->lesson = g_strdup ("## Objectives\n\n- Tell the mean from the median\n");
  row->quiz_title = g_strdup ("Day 3 Quiz: Averages");
  row->questions = json ("[{\"question\":\"Which is robust to outliers?\",\"options\":[\"Mean\",\"Median\",\"Sum\",\"Max\"],"
                         "\"correct_index\":1,\"explanation\":\"The median ignores extremes.\"}]");
  row->required_score = 75;
  row->imported_at = at ("2026-04-14T10:00:00Z");
  return row;
}

static gpointer
make_study_day (Fixture *fixture)
{
  PathwayStudyDay *row = pathway_study_day_new ();

  row->user_id = fixture->student_id;
  row->study_date = g_strdup ("2026-04-15");
  row->seconds = 2700;
  return row;
}

static gint64
make_schedule_id (Fixture *fixture)
{
  g_autoptr(PathwayYoutubeSchedule) schedule = make_youtube_schedule (fixture);

  return insert (fixture, &pathway_youtube_schedules_table, schedule);
}

static gpointer
make_schedule_options (Fixture *fixture)
{
  PathwayScheduleOptions *row = pathway_schedule_options_new ();

  row->schedule_id = make_schedule_id (fixture);
  row->weekdays = 0x1f;
  row->start_date = g_strdup ("2026-11-23");
  row->speed = 1.5;
  row->source = PATHWAY_SCHEDULE_SOURCE_YTDLP;
  row->revision = 2;
  row->synced_at = at ("2026-11-22T08:00:00Z");
  return row;
}

static gpointer
make_playlist_video (Fixture *fixture)
{
  PathwayPlaylistVideo *row = pathway_playlist_video_new ();

  row->schedule_id = make_schedule_id (fixture);
  row->video_id = g_strdup ("dQw4w9WgXcQ");
  row->position = 4;
  row->title = g_strdup ("Joins, Explained");
  row->channel = g_strdup ("Data Channel");
  row->thumbnail_url = g_strdup ("https://i.ytimg.com/vi/dQw4w9WgXcQ/mqdefault.jpg");
  row->duration = 754;
  row->availability = 3;
  return row;
}

static gpointer
make_video_watch (Fixture *fixture)
{
  PathwayVideoWatch *row = pathway_video_watch_new ();

  row->schedule_id = make_schedule_id (fixture);
  row->video_id = g_strdup ("dQw4w9WgXcQ");
  row->watched_at = at ("2026-11-24T19:30:00Z");
  return row;
}

static gpointer
make_sync_run (Fixture *fixture)
{
  PathwaySyncRun *row = pathway_sync_run_new ();

  row->source = g_strdup ("youtube");
  row->scope = g_strdup ("PLabc123");
  row->status = PATHWAY_SYNC_FAILED;
  row->started_at = at ("2026-11-22T08:00:00Z");
  row->finished_at = at ("2026-11-22T08:00:04Z");
  row->requests = 21;
  row->items_seen = 500;
  row->items_changed = 12;
  row->error = g_strdup ("The daily quota is used up.");
  return row;
}

static gpointer
make_sync_cursor (Fixture *fixture)
{
  PathwaySyncCursor *row = pathway_sync_cursor_new ();

  row->source = g_strdup ("youtube");
  row->scope = g_strdup ("PLabc123");
  row->cursor = g_strdup ("CAUQAA");
  row->retry_after = at ("2026-11-23T08:00:00Z");
  row->updated_at = at ("2026-11-22T08:00:04Z");
  return row;
}

static gpointer
make_candidate_preferences (Fixture *fixture)
{
  PathwayCandidatePreferences *row = pathway_candidate_preferences_new ();

  row->user_id = fixture->student_id;
  row->location = g_strdup ("Lagos, Nigeria");
  row->remote_ok = TRUE;
  row->salary_expectation = 42000;
  row->headline = g_strdup ("SQL and dashboards, learning Python");
  row->profile_id = g_strdup ("0f8e4c52-6f7a-4d55-9a43-2b1c3d4e5f60");
  return row;
}

typedef struct {
  const PathwayTable *table;
  gpointer          (*make) (Fixture *fixture);
  const char         *list_column;  /* an id column to list by */
  const char         *text_column;  /* a text column the update changes */
} RowCase;

static const RowCase row_cases[] = {
  { &pathway_users_table, make_user, "created_by_recruiter_id", "phone_number" },
  { &pathway_onboarding_table, make_onboarding, "user_id", "name" },
  { &pathway_learning_plans_table, make_learning_plan, "user_id", "title" },
  { &pathway_learning_paths_table, make_learning_path, "plan_id", "title" },
  { &pathway_day_progress_table, make_day_progress, "plan_id", NULL },
  { &pathway_quizzes_table, make_quiz, "plan_id", "title" },
  { &pathway_quiz_submissions_table, make_quiz_submission, "quiz_id", NULL },
  { &pathway_youtube_schedules_table, make_youtube_schedule, "user_id", "playlist_title" },
  { &pathway_profile_summaries_table, make_profile_summary, "user_id", "summary_text" },
  { &pathway_candidate_vectors_table, make_candidate_vector, "user_id", "summary_text" },
  { &pathway_jobs_table, make_job, "recruiter_id", "title" },
  { &pathway_job_postings_table, make_job_posting, "job_id", "company" },
  { &pathway_shortlists_table, make_shortlist, "job_id", "notes" },
  { &pathway_email_applications_table, make_email_application, "recruiter_id", "subject" },
  { &pathway_interactions_table, make_interaction, "candidate_id", "notes" },
  { &pathway_candidate_matches_table, make_candidate_match, "job_id", NULL },
  { &pathway_app_state_table, make_app_state, "student_user_id", NULL },
  { &pathway_lesson_content_table, make_lesson_content, NULL, "title" },
  { &pathway_study_days_table, make_study_day, "user_id", NULL },
  { &pathway_schedule_options_table, make_schedule_options, "schedule_id", NULL },
  { &pathway_playlist_videos_table, make_playlist_video, "schedule_id", "title" },
  { &pathway_video_watches_table, make_video_watch, "schedule_id", "video_id" },
  { &pathway_sync_runs_table, make_sync_run, NULL, "error" },
  { &pathway_sync_cursors_table, make_sync_cursor, NULL, "cursor" },
  { &pathway_candidate_preferences_table, make_candidate_preferences, "user_id", "headline" },
};

/* The parents every row refers to: a student, a recruiter, a plan, a quiz and a job. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PathwayUser) student = pathway_user_new ();
  g_autoptr(PathwayUser) recruiter = pathway_user_new ();
  g_autoptr(PathwayOnboarding) onboarding = pathway_onboarding_new ();
  g_autoptr(PathwayLearningPlan) plan = NULL;
  g_autoptr(PathwayQuiz) quiz = NULL;
  g_autoptr(PathwayJob) job = NULL;

  fixture->db = pathway_test_open_db ();

  student->email = g_strdup ("student@mail.example");
  fixture->student_id = insert (fixture, &pathway_users_table, student);
  recruiter->email = g_strdup ("recruiter@company.example");
  recruiter->user_type = PATHWAY_USER_TYPE_RECRUITER;
  fixture->recruiter_id = insert (fixture, &pathway_users_table, recruiter);

  onboarding->user_id = fixture->student_id;
  onboarding->name = g_strdup ("Sam Student");
  onboarding->grade = PATHWAY_GRADE_SELF_TAUGHT;
  onboarding->career_goals = json ("[\"Full Stack Developer\"]");
  onboarding->current_skills = json ("[]");
  onboarding->time_commitment = g_strdup ("PT30M");
  insert (fixture, &pathway_onboarding_table, onboarding);

  plan = make_learning_plan (fixture);
  fixture->plan_id = insert (fixture, &pathway_learning_plans_table, plan);
  quiz = make_quiz (fixture);
  ((PathwayQuiz *) quiz)->day = 1;
  fixture->quiz_id = insert (fixture, &pathway_quizzes_table, quiz);
  job = make_job (fixture);
  fixture->job_id = insert (fixture, &pathway_jobs_table, job);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->db);
}

static void
assert_same_row (const PathwayTable *table,
                 gconstpointer       expected,
                 gconstpointer       actual)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (!pathway_record_column_equal (&table->columns[i], expected, actual))
      g_error ("%s.%s differs after a round trip", table->name, table->columns[i].name);
}

/* insert, get, update, list and delete give back exactly what went in, for every table. */
static void
test_round_trips (Fixture       *fixture,
                  gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (row_cases); i++)
    {
      const RowCase *c = &row_cases[i];
      const PathwayTable *table = c->table;
      gpointer made = c->make (fixture);
      gpointer inserted = pathway_record_copy (table, made);
      gpointer fetched = NULL;
      g_autoptr(GPtrArray) listed = NULL;
      g_autoptr(GError) error = NULL;
      gint64 id, filter;

      id = insert (fixture, table, inserted);
      g_assert_cmpint (id, >, 0);

      /* What was given comes back unchanged, and the record now holds the stored row. */
      *(gint64 *) made = id;
      assert_same_row (table, made, inserted);

      fetched = pathway_row_get (fixture->db, table, id, &error);
      g_assert_no_error (error);
      assert_same_row (table, inserted, fetched);

      if (c->text_column != NULL)
        {
          const PathwayColumn *column = pathway_table_find_column (table, c->text_column);
          char **field = PATHWAY_RECORD_FIELD (fetched, column, char *);

          g_free (*field);
          *field = g_strdup ("Changed: “quotes”, ' and \\ stay as they are");
        }
      g_assert_true (pathway_row_update (fixture->db, table, fetched, &error));
      g_assert_no_error (error);
      pathway_record_free (table, inserted);
      inserted = pathway_row_get (fixture->db, table, id, &error);
      assert_same_row (table, fetched, inserted);

      filter = c->list_column != NULL
               ? *PATHWAY_RECORD_FIELD (fetched, pathway_table_find_column (table, c->list_column), gint64)
               : 0;
      listed = pathway_row_list (fixture->db, table, c->list_column, filter, 0, 100, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (listed->len, >=, 1);
      g_assert_cmpint (pathway_row_count (fixture->db, table, c->list_column, filter, &error), ==, listed->len);

      g_assert_true (pathway_row_delete (fixture->db, table, id, &error));
      g_assert_no_error (error);
      g_assert_null (pathway_row_get (fixture->db, table, id, &error));
      g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND);
      g_clear_error (&error);
      g_assert_false (pathway_row_delete (fixture->db, table, id, &error));
      g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_NOT_FOUND);

      pathway_record_free (table, made);
      pathway_record_free (table, inserted);
      pathway_record_free (table, fetched);
    }
}

/* Columns left unset take the schema's defaults, which the record then holds. */
static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PathwayDayProgress) day = pathway_day_progress_new ();
  g_autoptr(PathwayJob) job = pathway_job_new ();

  day->user_id = fixture->student_id;
  day->plan_id = fixture->plan_id;
  day->month_index = 1;
  day->day_number = 1;
  insert (fixture, &pathway_day_progress_table, day);
  g_assert_cmpint (day->status, ==, PATHWAY_DAY_LOCKED);
  g_assert_cmpint (day->quiz_attempts, ==, 0);
  g_assert_cmpint (day->quiz_score, ==, PATHWAY_UNSET);
  g_assert_false (day->can_proceed);
  g_assert_nonnull (day->created_at);

  job->recruiter_id = fixture->recruiter_id;
  job->title = g_strdup ("Intern");
  job->description = g_strdup ("Learn with us.");
  insert (fixture, &pathway_jobs_table, job);
  g_assert_cmpstr (job->location, ==, "Remote");
  g_assert_cmpint (job->status, ==, PATHWAY_JOB_ACTIVE);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (job->requirements));
}

static void
fill_everything (Fixture *fixture)
{
  for (guint i = 0; i < G_N_ELEMENTS (row_cases); i++)
    {
      gpointer row = row_cases[i].make (fixture);

      insert (fixture, row_cases[i].table, row);
      pathway_record_free (row_cases[i].table, row);
    }
}

/* Deleting a student removes everything that was theirs. */
static void
test_cascade_student (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char *owned[] = {
    "SELECT count(*) FROM onboarding WHERE user_id = ?1",
    "SELECT count(*) FROM learning_plans WHERE user_id = ?1",
    "SELECT count(*) FROM learning_paths WHERE user_id = ?1",
    "SELECT count(*) FROM day_progress WHERE user_id = ?1",
    "SELECT count(*) FROM quizzes WHERE user_id = ?1",
    "SELECT count(*) FROM quiz_submissions WHERE user_id = ?1",
    "SELECT count(*) FROM youtube_schedules WHERE user_id = ?1",
    "SELECT count(*) FROM student_profile_summaries WHERE user_id = ?1",
    "SELECT count(*) FROM candidate_vectors WHERE user_id = ?1",
    "SELECT count(*) FROM shortlists WHERE student_id = ?1",
    "SELECT count(*) FROM recruiter_interactions WHERE candidate_id = ?1",
    "SELECT count(*) FROM candidate_matches WHERE candidate_id = ?1",
    "SELECT count(*) FROM study_days WHERE user_id = ?1",
    "SELECT count(*) FROM candidate_preferences WHERE user_id = ?1",
  };

  fill_everything (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    g_assert_cmpint (pathway_test_count (fixture->db, owned[i], fixture->student_id), >, 0);

  g_assert_true (pathway_users_delete (fixture->db, fixture->student_id, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    if (pathway_test_count (fixture->db, owned[i], fixture->student_id) != 0)
      g_error ("left behind: %s", owned[i]);

  /* An application that named the student stays, no longer linked; so does the recruiter. */
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM email_applications WHERE student_id IS NULL", 0), ==, 1);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM users", 0), >=, 1);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM app_state WHERE student_user_id IS NULL", 0), ==, 1);
}

/* Deleting a recruiter removes their jobs and all that hangs off them; a plan takes its months. */
static void
test_cascade_recruiter_and_plan (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char *tables[] = {
    "jobs", "job_postings", "shortlists", "email_applications", "recruiter_interactions", "candidate_matches",
  };

  fill_everything (fixture);
  g_assert_true (pathway_learning_plans_delete (fixture->db, fixture->plan_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM learning_paths", 0), ==, 0);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM day_progress", 0), ==, 0);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM quizzes", 0), ==, 0);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM quiz_submissions", 0), ==, 0);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM users WHERE current_plan_id IS NOT NULL", 0), ==, 0);

  g_assert_true (pathway_users_delete (fixture->db, fixture->recruiter_id, &error));
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      g_assert_cmpint (pathway_test_count (fixture->db, sql, 0), ==, 0);
    }
  /* The candidates a recruiter added are people: they stay. */
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM users WHERE user_type = 'student'", 0), ==, 2);
}

static void
assert_refused (GError     *error,
                const char *fragment)
{
  g_assert_error (error, PATHWAY_STORE_ERROR, PATHWAY_STORE_ERROR_CONSTRAINT);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

/* Bad rows are refused with a message that says what is wrong, and nothing is written. */
static void
test_constraints (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PathwayUser) duplicate = pathway_user_new ();
  g_autoptr(PathwayLearningPlan) plan = make_learning_plan (fixture);
  g_autoptr(PathwayOnboarding) dangling = make_onboarding (fixture);
  g_autoptr(PathwayJob) untitled = make_job (fixture);
  gint64 n_users = pathway_test_count (fixture->db, "SELECT count(*) FROM users", 0);

  duplicate->email = g_strdup ("student@mail.example");
  g_assert_false (pathway_users_insert (fixture->db, duplicate, &error));
  assert_refused (error, "email");
  g_clear_error (&error);
  g_assert_cmpint (pathway_test_count (fixture->db, "SELECT count(*) FROM users", 0), ==, n_users);

  plan->total_years = 7;
  g_assert_false (pathway_learning_plans_insert (fixture->db, plan, &error));
  assert_refused (error, "total years");
  g_clear_error (&error);

  dangling->user_id = 999;
  g_assert_false (pathway_onboardings_insert (fixture->db, dangling, &error));
  assert_refused (error, "does not exist");
  g_clear_error (&error);

  g_clear_pointer (&untitled->title, g_free);
  g_assert_false (pathway_jobs_insert (fixture->db, untitled, &error));
  assert_refused (error, "title");
  g_clear_error (&error);

  /* Values that bypass the typed records (an unknown status, broken JSON) meet the same checks. */
  {
    g_autoptr(PathwayStmt) stmt =
      pathway_db_prepare (fixture->db, "UPDATE jobs SET status = ?1 WHERE id = ?2", &error);
    sqlite3_bind_text (stmt, 1, "archived", -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 2, fixture->job_id);
    g_assert_cmpint (sqlite3_step (stmt), !=, SQLITE_DONE);
    pathway_row_set_error (fixture->db, &pathway_jobs_table, &error);
    assert_refused (error, "status");
    g_clear_error (&error);
  }
  {
    g_autoptr(PathwayStmt) stmt =
      pathway_db_prepare (fixture->db, "UPDATE learning_plans SET plan = ?1 WHERE id = ?2", &error);
    sqlite3_bind_text (stmt, 1, "{\"months\": [", -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 2, fixture->plan_id);
    g_assert_cmpint (sqlite3_step (stmt), !=, SQLITE_DONE);
    pathway_row_set_error (fixture->db, &pathway_learning_plans_table, &error);
    assert_refused (error, "plan");
  }
}

/* The export holds every table, vectors as arrays, and no secrets. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *tables, *user;
  JsonArray *vector_array;

  fill_everything (fixture);
  g_assert_true (pathway_export_json (fixture->db, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));

  g_assert_true (json_parser_load_from_data (parser,
                                             g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                                             g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)),
                                             &error));
  g_assert_no_error (error);

  tables = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "tables");
  for (guint i = 0; pathway_all_tables[i] != NULL; i++)
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (tables, pathway_all_tables[i]->name)), >, 0);

  user = json_array_get_object_element (json_object_get_array_member (tables, "users"), 2);
  g_assert_cmpstr (json_object_get_string_member (user, "email"), ==, "maya.okafor@mail.example");
  g_assert_false (json_object_has_member (user, "hashed_password"));
  g_assert_false (json_object_has_member (user, "google_access_token"));
  g_assert_false (json_object_has_member (user, "google_refresh_token"));
  g_assert_true (json_object_get_boolean_member (user, "phone_verified"));

  vector_array = json_object_get_array_member (json_array_get_object_element (json_object_get_array_member (tables, "candidate_vectors"), 0),
                                               "vector");
  g_assert_cmpuint (json_array_get_length (vector_array), ==, 768);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/rows/round-trips", test_round_trips);
  ADD ("/store/rows/defaults", test_defaults);
  ADD ("/store/rows/cascade-student", test_cascade_student);
  ADD ("/store/rows/cascade-recruiter-and-plan", test_cascade_recruiter_and_plan);
  ADD ("/store/rows/constraints", test_constraints);
  ADD ("/store/rows/export", test_export);
#undef ADD

  return g_test_run ();
}
