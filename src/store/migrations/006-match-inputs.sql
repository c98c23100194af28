-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: a counter that every change to what matching reads moves on, so that a match index
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
