-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Pathway's whole database: every table and column of seeds/000 plus the tables Pathway's own
-- capabilities need. Applied to a new file as one transaction; older files are brought here by the
-- steps in src/store/pathway-migrations.c, and the test suite checks both paths give the same schema.
--
-- Conventions (ARCHITECTURE.md, Data): INTEGER PRIMARY KEY ids; timestamps as UTC ISO-8601 text
-- (2026-11-21T14:03:00Z); booleans INTEGER 0/1; JSON as checked text; enumerations checked;
-- updated_at kept by triggers; vectors as little-endian float32 BLOBs.
--
-- Reconciled slips of the seed: the second CANDIDATE_MATCHES block is a copy of USERS, so
-- candidate_matches has the first block's columns, and its match_score is a number, not a string;
-- recruiter_interactions and job_postings reference users(id) (there is no recruiters table);
-- job_postings.is_active is a boolean; job_postings gains job_id, source, external_id, url, company.

-- ───────────────────────────── users ─────────────────────────────

CREATE TABLE users (
  id                      INTEGER PRIMARY KEY,
  email                   TEXT UNIQUE CHECK (email IS NULL OR email LIKE '%_@_%'),
  hashed_password         TEXT,
  google_id               TEXT UNIQUE,
  google_email            TEXT,
  google_name             TEXT,
  google_picture          TEXT,
  google_access_token     TEXT,
  google_refresh_token    TEXT,
  is_google_authenticated INTEGER NOT NULL DEFAULT 0 CHECK (is_google_authenticated IN (0, 1)),
  user_type               TEXT NOT NULL DEFAULT 'student' CHECK (user_type IN ('student', 'recruiter')),
  phone_number            TEXT,
  phone_verified          INTEGER NOT NULL DEFAULT 0 CHECK (phone_verified IN (0, 1)),
  created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                          CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  -- A candidate outlives the recruiter who typed them in: they are a person, not the recruiter's record.
  created_by_recruiter_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  source                  TEXT NOT NULL DEFAULT 'platform' CHECK (source IN ('platform', 'email', 'import')),
  linkedin_connection_id  TEXT,
  linkedin_profile_data   TEXT CHECK (linkedin_profile_data IS NULL OR json_valid(linkedin_profile_data)),
  linkedin_connected_at   TEXT CHECK (linkedin_connected_at IS NULL OR linkedin_connected_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  github_connection_id    TEXT,
  github_profile_data     TEXT CHECK (github_profile_data IS NULL OR json_valid(github_profile_data)),
  github_connected_at     TEXT CHECK (github_connected_at IS NULL OR github_connected_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  twitter_connection_id   TEXT,
  twitter_profile_data    TEXT CHECK (twitter_profile_data IS NULL OR json_valid(twitter_profile_data)),
  twitter_connected_at    TEXT CHECK (twitter_connected_at IS NULL OR twitter_connected_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  current_plan_id         INTEGER REFERENCES learning_plans (id) ON DELETE SET NULL,
  current_month_index     INTEGER CHECK (current_month_index IS NULL OR current_month_index BETWEEN 1 AND 36),
  current_day             INTEGER CHECK (current_day IS NULL OR current_day BETWEEN 1 AND 31)
);
CREATE INDEX idx_users_created_by ON users (created_by_recruiter_id);
CREATE INDEX idx_users_current_plan ON users (current_plan_id);
CREATE INDEX idx_users_type ON users (user_type, id);

-- ───────────────────────────── student learning ─────────────────────────────

CREATE TABLE onboarding (
  id              INTEGER PRIMARY KEY,
  user_id         INTEGER NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  grade           TEXT NOT NULL CHECK (grade IN ('high_school', 'undergraduate', 'graduate',
                                                 'working_professional', 'self_taught')),
  career_goals    TEXT NOT NULL CHECK (json_valid(career_goals) AND json_type(career_goals) = 'array'),
  current_skills  TEXT NOT NULL CHECK (json_valid(current_skills) AND json_type(current_skills) = 'array'),
  -- Daily study time as an ISO-8601 duration (PT45M, PT1H30M), the form core/ already parses.
  time_commitment TEXT NOT NULL CHECK (time_commitment GLOB 'PT[0-9]*')
);

CREATE TABLE learning_plans (
  id          INTEGER PRIMARY KEY,
  user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title       TEXT NOT NULL DEFAULT 'Personalized Learning Plan' CHECK (length(trim(title)) > 0),
  total_years INTEGER NOT NULL CHECK (total_years BETWEEN 1 AND 3),
  plan        TEXT NOT NULL CHECK (json_valid(plan) AND json_type(plan, '$.months') = 'array'),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
              CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
              CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')
);
CREATE INDEX idx_learning_plans_user ON learning_plans (user_id, created_at);

CREATE TABLE learning_paths (
  id                 INTEGER PRIMARY KEY,
  plan_id            INTEGER NOT NULL REFERENCES learning_plans (id) ON DELETE CASCADE,
  user_id            INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  global_month_index INTEGER NOT NULL CHECK (global_month_index BETWEEN 1 AND 36),
  year_number        INTEGER NOT NULL CHECK (year_number BETWEEN 1 AND 3),
  month_of_year      INTEGER NOT NULL CHECK (month_of_year BETWEEN 1 AND 12),
  title              TEXT NOT NULL CHECK (length(trim(title)) > 0),
  status             TEXT NOT NULL DEFAULT 'locked' CHECK (status IN ('locked', 'active', 'completed')),
  current_day        INTEGER NOT NULL DEFAULT 1 CHECK (current_day BETWEEN 1 AND 31),
  days_completed     INTEGER NOT NULL DEFAULT 0 CHECK (days_completed BETWEEN 0 AND total_days),
  total_days         INTEGER NOT NULL DEFAULT 30 CHECK (total_days BETWEEN 1 AND 31),
  started_at         TEXT CHECK (started_at IS NULL OR started_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  completed_at       TEXT CHECK (completed_at IS NULL OR completed_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  last_activity_at   TEXT CHECK (last_activity_at IS NULL OR last_activity_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  days_data          TEXT CHECK (days_data IS NULL OR json_valid(days_data)),
  created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                     CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                     CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  UNIQUE (plan_id, global_month_index)
);
CREATE INDEX idx_learning_paths_user ON learning_paths (user_id);

CREATE TABLE day_progress (
  id             INTEGER PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  plan_id        INTEGER NOT NULL REFERENCES learning_plans (id) ON DELETE CASCADE,
  month_index    INTEGER NOT NULL CHECK (month_index BETWEEN 1 AND 36),
  day_number     INTEGER NOT NULL CHECK (day_number BETWEEN 1 AND 31),
  status         TEXT NOT NULL DEFAULT 'locked' CHECK (status IN ('locked', 'active', 'completed', 'failed')),
  started_at     TEXT CHECK (started_at IS NULL OR started_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  completed_at   TEXT CHECK (completed_at IS NULL OR completed_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  quiz_score     INTEGER CHECK (quiz_score IS NULL OR quiz_score BETWEEN 0 AND 100),
  quiz_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (quiz_attempts >= 0),
  best_score     INTEGER CHECK (best_score IS NULL OR best_score BETWEEN 0 AND 100),
  content_viewed INTEGER NOT NULL DEFAULT 0 CHECK (content_viewed IN (0, 1)),
  time_spent     INTEGER NOT NULL DEFAULT 0 CHECK (time_spent >= 0),
  can_proceed    INTEGER NOT NULL DEFAULT 0 CHECK (can_proceed IN (0, 1)),
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                 CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                 CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')
);
-- The seed's composite index for day progress queries; unique, since a day is tracked once.
CREATE UNIQUE INDEX idx_day_progress_composite ON day_progress (user_id, plan_id, month_index, day_number);
CREATE INDEX idx_day_progress_plan ON day_progress (plan_id);
CREATE INDEX idx_day_progress_month ON day_progress (month_index);
CREATE INDEX idx_day_progress_day ON day_progress (day_number);
CREATE INDEX idx_day_progress_user_completed ON day_progress (user_id, completed_at);

CREATE TABLE quizzes (
  id             INTEGER PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  plan_id        INTEGER NOT NULL REFERENCES learning_plans (id) ON DELETE CASCADE,
  month_index    INTEGER NOT NULL CHECK (month_index BETWEEN 1 AND 36),
  day            INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
  title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
  questions      TEXT NOT NULL CHECK (json_valid(questions) AND json_type(questions) = 'array'),
  required_score INTEGER NOT NULL DEFAULT 70 CHECK (required_score BETWEEN 0 AND 100),
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                 CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  UNIQUE (plan_id, month_index, day)
);
CREATE INDEX idx_quizzes_user ON quizzes (user_id);

CREATE TABLE quiz_submissions (
  id               INTEGER PRIMARY KEY,
  user_id          INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  plan_id          INTEGER NOT NULL REFERENCES learning_plans (id) ON DELETE CASCADE,
  month_index      INTEGER NOT NULL CHECK (month_index BETWEEN 1 AND 36),
  day              INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
  quiz_id          INTEGER NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
  answers          TEXT NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'array'),
  question_results TEXT NOT NULL CHECK (json_valid(question_results) AND json_type(question_results) = 'array'),
  score            INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
  passed           INTEGER NOT NULL CHECK (passed IN (0, 1)),
  attempt_number   INTEGER NOT NULL DEFAULT 1 CHECK (attempt_number >= 1),
  time_taken       INTEGER CHECK (time_taken IS NULL OR time_taken >= 0),
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                   CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  UNIQUE (quiz_id, attempt_number)
);
CREATE INDEX idx_quiz_submissions_user_plan ON quiz_submissions (user_id, plan_id);
CREATE INDEX idx_quiz_submissions_user_created ON quiz_submissions (user_id, created_at);
CREATE INDEX idx_quiz_submissions_plan ON quiz_submissions (plan_id);

CREATE TABLE youtube_schedules (
  id               INTEGER PRIMARY KEY,
  user_id          INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  playlist_id      TEXT NOT NULL CHECK (length(playlist_id) > 0),
  playlist_url     TEXT NOT NULL CHECK (playlist_url LIKE 'http%'),
  playlist_title   TEXT NOT NULL,
  daily_minutes    INTEGER NOT NULL CHECK (daily_minutes BETWEEN 1 AND 1440),
  schedule         TEXT NOT NULL CHECK (json_valid(schedule) AND json_type(schedule) = 'array'),
  start_time       TEXT CHECK (start_time IS NULL OR (start_time GLOB '[0-2][0-9]:[0-5][0-9]' AND start_time < '24:00')),
  duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
  created          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                   CHECK (created GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')
);
CREATE INDEX idx_youtube_schedules_user ON youtube_schedules (user_id, created);

-- ───────────────────────────── profiles and vectors ─────────────────────────────

CREATE TABLE student_profile_summaries (
  id              INTEGER PRIMARY KEY,
  user_id         INTEGER NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  summary_text    TEXT NOT NULL,
  interests       TEXT NOT NULL CHECK (json_valid(interests) AND json_type(interests) = 'array'),
  skills_tags     TEXT NOT NULL CHECK (json_valid(skills_tags) AND json_type(skills_tags) = 'array'),
  vector          BLOB NOT NULL CHECK (typeof(vector) = 'blob' AND length(vector) % 4 = 0),
  graph_neighbors TEXT CHECK (graph_neighbors IS NULL OR (json_valid(graph_neighbors) AND json_type(graph_neighbors) = 'array')),
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                  CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                  CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')
);

CREATE TABLE candidate_vectors (
  id           INTEGER PRIMARY KEY,
  user_id      INTEGER NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  vector       BLOB NOT NULL CHECK (typeof(vector) = 'blob' AND length(vector) % 4 = 0),
  summary_text TEXT NOT NULL,
  skills_tags  TEXT NOT NULL CHECK (json_valid(skills_tags) AND json_type(skills_tags) = 'array'),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
               CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
               CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')
);

-- ───────────────────────────── recruiting ─────────────────────────────

CREATE TABLE jobs (
  id           INTEGER PRIMARY KEY,
  recruiter_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title        TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  description  TEXT NOT NULL,
  requirements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(requirements) AND json_type(requirements) = 'array'),
  location     TEXT NOT NULL DEFAULT 'Remote' CHECK (length(location) <= 100),
  salary_range TEXT CHECK (salary_range IS NULL OR length(salary_range) <= 100),
  status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'closed', 'filled')),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
               CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')
);
CREATE INDEX idx_jobs_recruiter ON jobs (recruiter_id, created_at);
CREATE INDEX idx_jobs_status ON jobs (status);

CREATE TABLE job_postings (
  id           INTEGER PRIMARY KEY,
  -- NULL for listings synced from public boards, which no local recruiter posted.
  recruiter_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
  title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
  description  TEXT NOT NULL,
  requirements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(requirements) AND json_type(requirements) = 'array'),
  skills       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(skills) AND json_type(skills) = 'array'),
  location     TEXT,
  salary_min   INTEGER CHECK (salary_min IS NULL OR salary_min >= 0),
  salary_max   INTEGER CHECK (salary_max IS NULL OR salary_max >= coalesce(salary_min, 0)),
  is_active    INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
               CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
               CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  -- The recruiter's own job this posting extends; NULL for listings from public boards.
  job_id       INTEGER UNIQUE REFERENCES jobs (id) ON DELETE CASCADE,
  -- Where a listing came from: 'pathway' for local jobs, else the board it was synced from.
  source       TEXT NOT NULL DEFAULT 'pathway' CHECK (length(source) BETWEEN 1 AND 40),
  external_id  TEXT,
  url          TEXT CHECK (url IS NULL OR url LIKE 'http://%' OR url LIKE 'https://%'),
  company      TEXT,
  UNIQUE (source, external_id)
);
CREATE INDEX idx_job_postings_recruiter ON job_postings (recruiter_id);

CREATE TABLE shortlists (
  id           INTEGER PRIMARY KEY,
  recruiter_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  job_id       INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  student_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  match_score  INTEGER CHECK (match_score IS NULL OR match_score BETWEEN 0 AND 100),
  notes        TEXT,
  status       TEXT NOT NULL DEFAULT 'shortlisted'
               CHECK (status IN ('shortlisted', 'interview_scheduled', 'interviewed', 'hired', 'rejected')),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
               CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  source       TEXT NOT NULL DEFAULT 'platform' CHECK (source IN ('platform', 'email'))
);
-- The seed's composite index for shortlist lookups; unique, since a student is listed once per job.
CREATE UNIQUE INDEX idx_shortlists_composite ON shortlists (recruiter_id, job_id, student_id);
CREATE INDEX idx_shortlists_job ON shortlists (job_id, status);
CREATE INDEX idx_shortlists_student ON shortlists (student_id);

CREATE TABLE email_applications (
  id               INTEGER PRIMARY KEY,
  recruiter_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  sender_email     TEXT NOT NULL CHECK (length(sender_email) BETWEEN 3 AND 255),
  sender_name      TEXT CHECK (sender_name IS NULL OR length(sender_name) <= 255),
  subject          TEXT NOT NULL CHECK (length(subject) <= 500),
  content          TEXT NOT NULL,
  attachments      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachments) AND json_type(attachments) = 'array'),
  received_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                   CHECK (received_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  processed        INTEGER NOT NULL DEFAULT 0 CHECK (processed IN (0, 1)),
  -- The student an application was matched to; the application stays if that person is removed.
  student_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
  priority_score   INTEGER NOT NULL DEFAULT 0 CHECK (priority_score BETWEEN 0 AND 100),
  keywords_matched TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords_matched) AND json_type(keywords_matched) = 'array')
);
CREATE INDEX idx_email_applications_recruiter ON email_applications (recruiter_id, received_at);
CREATE INDEX idx_email_applications_student ON email_applications (student_id);

CREATE TABLE recruiter_interactions (
  id               INTEGER PRIMARY KEY,
  recruiter_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  candidate_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  interaction_type TEXT NOT NULL CHECK (interaction_type IN ('email_sent', 'profile_viewed', 'interview_scheduled',
                                                             'interview_completed', 'offer_sent', 'shortlisted',
                                                             'status_changed', 'note_added', 'application_received')),
  details          TEXT CHECK (details IS NULL OR (json_valid(details) AND json_type(details) = 'object')),
  notes            TEXT,
  status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'cancelled')),
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                   CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                   CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')
);
CREATE INDEX idx_recruiter_interactions_recruiter ON recruiter_interactions (recruiter_id, created_at);
CREATE INDEX idx_recruiter_interactions_candidate ON recruiter_interactions (candidate_id, created_at);

CREATE TABLE candidate_matches (
  id            INTEGER PRIMARY KEY,
  recruiter_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  job_id        INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  candidate_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  match_score   REAL NOT NULL CHECK (match_score BETWEEN 0 AND 100),
  match_reasons TEXT NOT NULL CHECK (json_valid(match_reasons) AND json_type(match_reasons) = 'object'),
  status        TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'reviewed', 'shortlisted', 'dismissed')),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  UNIQUE (job_id, candidate_id)
);
CREATE INDEX idx_candidate_matches_ranking ON candidate_matches (job_id, match_score DESC);
CREATE INDEX idx_candidate_matches_recruiter ON candidate_matches (recruiter_id);
CREATE INDEX idx_candidate_matches_candidate ON candidate_matches (candidate_id);

-- ───────────────────────────── Pathway's own ─────────────────────────────

-- Who uses Pathway on this computer: the local student and recruiter rows and the role last chosen.
-- One row at most; kept in the database so that each database file remembers its own people.
CREATE TABLE app_state (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  student_user_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
  recruiter_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  active_role       TEXT CHECK (active_role IS NULL OR active_role IN ('student', 'recruiter'))
);

-- Lessons and quizzes imported from content packs; the built-in months ship inside the program.
CREATE TABLE lesson_content (
  id             INTEGER PRIMARY KEY,
  month_key      TEXT NOT NULL CHECK (length(month_key) BETWEEN 1 AND 100),
  month_title    TEXT NOT NULL CHECK (length(trim(month_title)) > 0),
  day            INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
  title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
  lesson         TEXT NOT NULL,
  quiz_title     TEXT NOT NULL,
  questions      TEXT NOT NULL CHECK (json_valid(questions) AND json_type(questions) = 'array'),
  required_score INTEGER NOT NULL DEFAULT 70 CHECK (required_score BETWEEN 0 AND 100),
  imported_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                 CHECK (imported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  UNIQUE (month_key, day)
);

-- Seconds studied per local calendar day, for the streak, the heatmap and today's study time;
-- day_progress.time_spent counts per lesson, which may span several days.
CREATE TABLE study_days (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  study_date TEXT NOT NULL CHECK (study_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  seconds    INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),
  UNIQUE (user_id, study_date)
);

-- How a video schedule was made, so it can be planned again: the seed's row keeps only the result.
CREATE TABLE schedule_options (
  id          INTEGER PRIMARY KEY,
  schedule_id INTEGER NOT NULL UNIQUE REFERENCES youtube_schedules (id) ON DELETE CASCADE,
  weekdays    INTEGER NOT NULL DEFAULT 127 CHECK (weekdays BETWEEN 1 AND 127),
  start_date  TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  speed       REAL NOT NULL DEFAULT 1.0 CHECK (speed BETWEEN 1.0 AND 2.0),
  source      TEXT NOT NULL DEFAULT 'youtube' CHECK (source IN ('youtube', 'ytdlp')),
  revision    INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
  synced_at   TEXT CHECK (synced_at IS NULL OR synced_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z')
);

-- Every video of a schedule's playlist as last fetched, in order, those a schedule leaves out too.
CREATE TABLE playlist_videos (
  id            INTEGER PRIMARY KEY,
  schedule_id   INTEGER NOT NULL REFERENCES youtube_schedules (id) ON DELETE CASCADE,
  video_id      TEXT NOT NULL CHECK (length(video_id) BETWEEN 1 AND 64),
  position      INTEGER NOT NULL CHECK (position >= 0),
  title         TEXT NOT NULL,
  channel       TEXT,
  thumbnail_url TEXT CHECK (thumbnail_url IS NULL OR thumbnail_url LIKE 'http://%' OR thumbnail_url LIKE 'https://%'),
  duration      INTEGER CHECK (duration IS NULL OR duration >= 0),
  availability  TEXT NOT NULL DEFAULT 'available'
                CHECK (availability IN ('available', 'private', 'deleted', 'live', 'upcoming')),
  UNIQUE (schedule_id, video_id)
);

-- Watched marks, kept apart from the schedule so that planning again and syncing never lose them.
CREATE TABLE video_watches (
  id          INTEGER PRIMARY KEY,
  schedule_id INTEGER NOT NULL REFERENCES youtube_schedules (id) ON DELETE CASCADE,
  video_id    TEXT NOT NULL CHECK (length(video_id) BETWEEN 1 AND 64),
  watched_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
              CHECK (watched_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  UNIQUE (schedule_id, video_id)
);

-- One row per sync with an outside service (seeds/004): what ran, how it ended, what it cost.
CREATE TABLE sync_runs (
  id            INTEGER PRIMARY KEY,
  source        TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 40),
  scope         TEXT,
  status        TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),
  started_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                CHECK (started_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  finished_at   TEXT CHECK (finished_at IS NULL OR finished_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  requests      INTEGER NOT NULL DEFAULT 0 CHECK (requests >= 0),
  items_seen    INTEGER NOT NULL DEFAULT 0 CHECK (items_seen >= 0),
  items_changed INTEGER NOT NULL DEFAULT 0 CHECK (items_changed >= 0),
  error         TEXT
);
CREATE INDEX idx_sync_runs_source ON sync_runs (source, started_at);

-- Where each sync left off, and until when a service asked Pathway to wait (quota, rate limits).
CREATE TABLE sync_cursors (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 40),
  scope       TEXT NOT NULL DEFAULT '',
  cursor      TEXT,
  retry_after TEXT CHECK (retry_after IS NULL OR retry_after GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
              CHECK (updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  UNIQUE (source, scope)
);

-- ───────────────────────────── updated_at triggers ─────────────────────────────
-- Each bumps updated_at after a change, unless the change set updated_at itself (imports keep theirs).

CREATE TRIGGER learning_plans_touch AFTER UPDATE ON learning_plans
  FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
  BEGIN UPDATE learning_plans SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER learning_paths_touch AFTER UPDATE ON learning_paths
  FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
  BEGIN UPDATE learning_paths SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER day_progress_touch AFTER UPDATE ON day_progress
  FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
  BEGIN UPDATE day_progress SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER student_profile_summaries_touch AFTER UPDATE ON student_profile_summaries
  FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
  BEGIN UPDATE student_profile_summaries SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER candidate_vectors_touch AFTER UPDATE ON candidate_vectors
  FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
  BEGIN UPDATE candidate_vectors SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER job_postings_touch AFTER UPDATE ON job_postings
  FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
  BEGIN UPDATE job_postings SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER recruiter_interactions_touch AFTER UPDATE ON recruiter_interactions
  FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
  BEGIN UPDATE recruiter_interactions SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER candidate_matches_touch AFTER UPDATE ON candidate_matches
  FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
  BEGIN UPDATE candidate_matches SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id; END;

-- ───────────────────────────── recruiter's workspace ─────────────────────────────

-- Where and how a candidate wants to work, and their exported profile's id, so a second import updates.
CREATE TABLE candidate_preferences (
  id                 INTEGER PRIMARY KEY,
  user_id            INTEGER NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  location           TEXT CHECK (location IS NULL OR length(location) <= 100),
  remote_ok          INTEGER NOT NULL DEFAULT 0 CHECK (remote_ok IN (0, 1)),
  salary_expectation INTEGER CHECK (salary_expectation IS NULL OR salary_expectation >= 0),
  headline           TEXT CHECK (headline IS NULL OR length(headline) <= 200),
  profile_id         TEXT UNIQUE CHECK (profile_id IS NULL OR length(profile_id) = 36)
);

-- The orders the recruiter's lists page through by keyset, so that no page sorts a whole table.
CREATE INDEX idx_jobs_created ON jobs (created_at);
CREATE INDEX idx_jobs_status_created ON jobs (status, created_at);
CREATE INDEX idx_jobs_title ON jobs (title COLLATE NOCASE);
CREATE INDEX idx_job_postings_salary ON job_postings (coalesce(salary_max, -1), job_id);
CREATE INDEX idx_onboarding_name ON onboarding (name COLLATE NOCASE, user_id);
CREATE INDEX idx_users_type_created ON users (user_type, created_at);
-- Whether the match index is still current is asked of the newest vector's time.
CREATE INDEX idx_candidate_vectors_updated ON candidate_vectors (updated_at);

-- Full-text search over jobs (rowid = jobs.id), its own copy of their text, kept by the triggers below.
CREATE VIRTUAL TABLE jobs_fts USING fts5 (
  title, description, requirements, skills, location,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- Full-text search over candidates, students with onboarding (rowid = users.id), kept by the triggers.
CREATE VIRTUAL TABLE candidates_fts USING fts5 (
  name, summary, skills, interests,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- The text jobs_fts holds for each job, written once for the backfill and every trigger.
CREATE VIEW jobs_fts_source (id, title, description, requirements, skills, location) AS
  SELECT j.id, j.title, j.description,
         (SELECT group_concat(value, ' ') FROM json_each(j.requirements)),
         (SELECT group_concat(value, ' ') FROM json_each(p.skills)),
         j.location
  FROM jobs AS j
  LEFT JOIN job_postings AS p ON p.job_id = j.id;

-- The text candidates_fts holds for each candidate, written once for the backfill and every trigger.
CREATE VIEW candidates_fts_source (id, name, summary, skills, interests) AS
  SELECT o.user_id, o.name,
         coalesce(s.summary_text, v.summary_text, ''),
         (SELECT group_concat(value, ' ') FROM (SELECT value FROM json_each(o.current_skills)
                                                UNION SELECT value FROM json_each(s.skills_tags)
                                                UNION SELECT value FROM json_each(v.skills_tags))),
         (SELECT group_concat(value, ' ') FROM json_each(s.interests))
  FROM onboarding AS o
  JOIN users AS u ON u.id = o.user_id AND u.user_type = 'student'
  LEFT JOIN student_profile_summaries AS s ON s.user_id = o.user_id
  LEFT JOIN candidate_vectors AS v ON v.user_id = o.user_id;

-- Each rewrites the index rows of the jobs or candidates a change touched, from the views above.
CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs
  BEGIN
    INSERT INTO jobs_fts (rowid, title, description, requirements, skills, location)
      SELECT * FROM jobs_fts_source WHERE id = NEW.id;
  END;
CREATE TRIGGER jobs_fts_update AFTER UPDATE OF id, title, description, requirements, location ON jobs
  BEGIN
    DELETE FROM jobs_fts WHERE rowid IN (OLD.id, NEW.id);
    INSERT INTO jobs_fts (rowid, title, description, requirements, skills, location)
      SELECT * FROM jobs_fts_source WHERE id = NEW.id;
  END;
CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs
  BEGIN DELETE FROM jobs_fts WHERE rowid = OLD.id; END;
CREATE TRIGGER job_postings_fts_insert AFTER INSERT ON job_postings WHEN NEW.job_id IS NOT NULL
  BEGIN
    DELETE FROM jobs_fts WHERE rowid = NEW.job_id;
    INSERT INTO jobs_fts (rowid, title, description, requirements, skills, location)
      SELECT * FROM jobs_fts_source WHERE id = NEW.job_id;
  END;
CREATE TRIGGER job_postings_fts_update AFTER UPDATE OF job_id, skills ON job_postings
  BEGIN
    DELETE FROM jobs_fts WHERE rowid IN (OLD.job_id, NEW.job_id);
    INSERT INTO jobs_fts (rowid, title, description, requirements, skills, location)
      SELECT * FROM jobs_fts_source WHERE id IN (OLD.job_id, NEW.job_id);
  END;
CREATE TRIGGER job_postings_fts_delete AFTER DELETE ON job_postings WHEN OLD.job_id IS NOT NULL
  BEGIN
    DELETE FROM jobs_fts WHERE rowid = OLD.job_id;
    INSERT INTO jobs_fts (rowid, title, description, requirements, skills, location)
      SELECT * FROM jobs_fts_source WHERE id = OLD.job_id;
  END;

CREATE TRIGGER users_fts_update AFTER UPDATE OF id, user_type ON users
  FOR EACH ROW WHEN OLD.id != NEW.id OR OLD.user_type != NEW.user_type
  BEGIN
    DELETE FROM candidates_fts WHERE rowid IN (OLD.id, NEW.id);
    INSERT INTO candidates_fts (rowid, name, summary, skills, interests)
      SELECT * FROM candidates_fts_source WHERE id = NEW.id;
  END;
CREATE TRIGGER users_fts_delete AFTER DELETE ON users
  BEGIN DELETE FROM candidates_fts WHERE rowid = OLD.id; END;
CREATE TRIGGER onboarding_fts_insert AFTER INSERT ON onboarding
  BEGIN
    DELETE FROM candidates_fts WHERE rowid = NEW.user_id;
    INSERT INTO candidates_fts (rowid, name, summary, skills, interests)
      SELECT * FROM candidates_fts_source WHERE id = NEW.user_id;
  END;
CREATE TRIGGER onboarding_fts_update AFTER UPDATE OF user_id, name, current_skills ON onboarding
  BEGIN
    DELETE FROM candidates_fts WHERE rowid IN (OLD.user_id, NEW.user_id);
    INSERT INTO candidates_fts (rowid, name, summary, skills, interests)
      SELECT * FROM candidates_fts_source WHERE id IN (OLD.user_id, NEW.user_id);
  END;
CREATE TRIGGER onboarding_fts_delete AFTER DELETE ON onboarding
  BEGIN DELETE FROM candidates_fts WHERE rowid = OLD.user_id; END;
CREATE TRIGGER student_profile_summaries_fts_insert AFTER INSERT ON student_profile_summaries
  BEGIN
    DELETE FROM candidates_fts WHERE rowid = NEW.user_id;
    INSERT INTO candidates_fts (rowid, name, summary, skills, interests)
      SELECT * FROM candidates_fts_source WHERE id = NEW.user_id;
  END;
CREATE TRIGGER student_profile_summaries_fts_update
  AFTER UPDATE OF user_id, summary_text, interests, skills_tags ON student_profile_summaries
  BEGIN
    DELETE FROM candidates_fts WHERE rowid IN (OLD.user_id, NEW.user_id);
    INSERT INTO candidates_fts (rowid, name, summary, skills, interests)
      SELECT * FROM candidates_fts_source WHERE id IN (OLD.user_id, NEW.user_id);
  END;
CREATE TRIGGER student_profile_summaries_fts_delete AFTER DELETE ON student_profile_summaries
  BEGIN
    DELETE FROM candidates_fts WHERE rowid = OLD.user_id;
    INSERT INTO candidates_fts (rowid, name, summary, skills, interests)
      SELECT * FROM candidates_fts_source WHERE id = OLD.user_id;
  END;
CREATE TRIGGER candidate_vectors_fts_insert AFTER INSERT ON candidate_vectors
  BEGIN
    DELETE FROM candidates_fts WHERE rowid = NEW.user_id;
    INSERT INTO candidates_fts (rowid, name, summary, skills, interests)
      SELECT * FROM candidates_fts_source WHERE id = NEW.user_id;
  END;
CREATE TRIGGER candidate_vectors_fts_update
  AFTER UPDATE OF user_id, summary_text, skills_tags ON candidate_vectors
  BEGIN
    DELETE FROM candidates_fts WHERE rowid IN (OLD.user_id, NEW.user_id);
    INSERT INTO candidates_fts (rowid, name, summary, skills, interests)
      SELECT * FROM candidates_fts_source WHERE id IN (OLD.user_id, NEW.user_id);
  END;
CREATE TRIGGER candidate_vectors_fts_delete AFTER DELETE ON candidate_vectors
  BEGIN
    DELETE FROM candidates_fts WHERE rowid = OLD.user_id;
    INSERT INTO candidates_fts (rowid, name, summary, skills, interests)
      SELECT * FROM candidates_fts_source WHERE id = OLD.user_id;
  END;

-- ───────────────────────────── matching ─────────────────────────────

-- A counter that every change to what matching reads moves on, so that a match index
-- loaded before knows it is stale (pathway-match-index.c).
CREATE TABLE match_inputs (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL DEFAULT 0 CHECK (generation >= 0)
);
INSERT INTO match_inputs (id) VALUES (1);
CREATE TRIGGER candidate_vectors_match_insert AFTER INSERT ON candidate_vectors
  BEGIN UPDATE match_inputs SET generation = generation + 1; END;
CREATE TRIGGER candidate_vectors_match_update AFTER UPDATE ON candidate_vectors
  BEGIN UPDATE match_inputs SET generation = generation + 1; END;
CREATE TRIGGER candidate_vectors_match_delete AFTER DELETE ON candidate_vectors
  BEGIN UPDATE match_inputs SET generation = generation + 1; END;
CREATE TRIGGER candidate_preferences_match_insert AFTER INSERT ON candidate_preferences
  BEGIN UPDATE match_inputs SET generation = generation + 1; END;
CREATE TRIGGER candidate_preferences_match_update AFTER UPDATE ON candidate_preferences
  BEGIN UPDATE match_inputs SET generation = generation + 1; END;
CREATE TRIGGER candidate_preferences_match_delete AFTER DELETE ON candidate_preferences
  BEGIN UPDATE match_inputs SET generation = generation + 1; END;
CREATE TRIGGER onboarding_match_insert AFTER INSERT ON onboarding
  BEGIN UPDATE match_inputs SET generation = generation + 1; END;
CREATE TRIGGER onboarding_match_update AFTER UPDATE OF user_id, current_skills ON onboarding
  BEGIN UPDATE match_inputs SET generation = generation + 1; END;
CREATE TRIGGER onboarding_match_delete AFTER DELETE ON onboarding
  BEGIN UPDATE match_inputs SET generation = generation + 1; END;
