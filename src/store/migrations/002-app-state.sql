-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: remember who uses Pathway on this computer (the welcome page's choice).
CREATE TABLE app_state (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  student_user_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
  recruiter_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  active_role       TEXT CHECK (active_role IS NULL OR active_role IN ('student', 'recruiter'))
);
