-- Readout workspace, version 2: commitments extracted from statements, their tracking status and the
-- history of status changes. Portable SQL (TEXT/INTEGER/REAL, ISO-8601 dates as text, JSON arrays as
-- text). No foreign key to statements: re-ingesting a statement must not wipe a commitment's history.

CREATE TABLE commitments (
  id              TEXT    NOT NULL PRIMARY KEY, -- <statement>#<sentence>.<n>
  statement_id    TEXT    NOT NULL,
  sentence        INTEGER NOT NULL,
  start_offset    INTEGER NOT NULL,             -- into statements.text
  end_offset      INTEGER NOT NULL,
  text            TEXT    NOT NULL,
  kind            TEXT    NOT NULL,             -- agreement, pledge, readiness, hope, proposal, demand, warning
  negated         INTEGER NOT NULL,             -- 1: the act itself is denied ("did not agree")
  refrain         INTEGER NOT NULL,             -- 1: a commitment not to act ("has no intention of")
  actors          TEXT    NOT NULL,             -- JSON array of actor ids
  addressees      TEXT    NOT NULL,             -- JSON array
  speakers        TEXT    NOT NULL,             -- JSON array of person names
  action          TEXT    NOT NULL,
  condition_text  TEXT    NOT NULL,
  topics          TEXT    NOT NULL,             -- JSON array of topic ids
  reported_by     TEXT    NOT NULL,
  rule            TEXT    NOT NULL,
  confidence      REAL    NOT NULL,
  meeting         TEXT    NOT NULL,
  date            TEXT,                         -- the statement's date, yyyy-mm-dd
  status          TEXT    NOT NULL,             -- open, in-progress, fulfilled, stalled, broken, superseded
  created_at      TEXT    NOT NULL
);
CREATE INDEX commitments_statement ON commitments (statement_id);
CREATE INDEX commitments_meeting ON commitments (meeting);
CREATE INDEX commitments_status ON commitments (status);

-- Status changes, oldest first (seq 0 = extraction). by_whom is 'auto' or a user name.
CREATE TABLE commitment_history (
  commitment_id      TEXT    NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  seq                INTEGER NOT NULL,
  date               TEXT,
  status             TEXT    NOT NULL,
  evidence_statement TEXT    NOT NULL,
  evidence_sentence  INTEGER NOT NULL,
  by_whom            TEXT    NOT NULL,
  note               TEXT    NOT NULL,
  confidence         REAL    NOT NULL,
  recorded_at        TEXT    NOT NULL,
  PRIMARY KEY (commitment_id, seq)
);

-- Which statement versions have been through the extractor (re-extracted when the text changes).
CREATE TABLE commitment_extractions (
  statement_id  TEXT NOT NULL PRIMARY KEY,
  sha256        TEXT NOT NULL,
  extractor     TEXT NOT NULL,
  extracted_at  TEXT NOT NULL
);
