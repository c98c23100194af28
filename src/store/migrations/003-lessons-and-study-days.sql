-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: lessons imported from content packs, and study time per calendar day.

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
