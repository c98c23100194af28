-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: what video schedules are made of, watched marks, and the bookkeeping of syncs.

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
