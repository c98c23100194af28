-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: the recruiter's workspace: what candidates say about themselves, full-text search over
-- jobs and candidates, and the indexes their lists sort by.

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

-- The rows written before version 5.
INSERT INTO jobs_fts (rowid, title, description, requirements, skills, location)
  SELECT * FROM jobs_fts_source;
INSERT INTO candidates_fts (rowid, name, summary, skills, interests)
  SELECT * FROM candidates_fts_source;
