-- Readout workspace, version 20 (issue 14): meetings found in the workspace's statements.
-- meetings / meeting_members cache the last grouping (recomputed when the statements, the rules or
-- the user's edits change; the fingerprint is kept in meta under 'meetings.fingerprint').
-- meeting_edits keeps the user's merges and splits, replayed in order on every grouping; edits name
-- statements, not meeting ids, so they survive regrouping. Portable SQL; JSON arrays as text.

CREATE TABLE meetings (
  id            TEXT NOT NULL PRIMARY KEY, -- <date>-<participant ids>, e.g. 2021-12-07-biden-putin
  date          TEXT NOT NULL,             -- yyyy-mm-dd
  mode          TEXT NOT NULL,             -- call, video-call, meeting, summit, visit
  title         TEXT NOT NULL,             -- title of its main statement
  parties       TEXT NOT NULL,             -- JSON array of actor ids (states, organisations)
  participants  TEXT NOT NULL,             -- JSON array of {actor, name, party}
  sides         TEXT NOT NULL              -- JSON array of side codes
);
CREATE INDEX meetings_date ON meetings (date);

CREATE TABLE meeting_members (
  meeting_id    TEXT    NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  statement_id  TEXT    NOT NULL,
  role          TEXT    NOT NULL,          -- readout, preview, follow-up, debrief, …
  is_primary    INTEGER NOT NULL,          -- 0 for debriefs (the statement's own meeting is another)
  reason        TEXT    NOT NULL,
  sentence      INTEGER NOT NULL,          -- -1: the evidence is in the title
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  rule          TEXT    NOT NULL,
  PRIMARY KEY (meeting_id, statement_id)
);
CREATE INDEX meeting_members_statement ON meeting_members (statement_id);

CREATE TABLE meeting_edits (
  seq         INTEGER NOT NULL PRIMARY KEY,
  op          TEXT    NOT NULL,            -- merge, split
  statements  TEXT    NOT NULL,            -- JSON array of statement ids
  note        TEXT    NOT NULL,
  created_at  TEXT    NOT NULL
);
