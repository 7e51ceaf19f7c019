-- Readout workspace, version 1: statements, their analyses (sentences with token lists, actor
-- mentions) and a small key/value meta table. Kept to portable SQL (TEXT/INTEGER, ISO-8601 dates as
-- text) so a PostgreSQL backend can run the same file. V2 belongs to the commitments store.

CREATE TABLE statements (
  id          TEXT    NOT NULL PRIMARY KEY,
  title       TEXT    NOT NULL,
  date        TEXT,             -- ISO-8601 yyyy-mm-dd, or NULL when the source gives none
  publisher   TEXT    NOT NULL,
  side        TEXT    NOT NULL,
  kind        TEXT    NOT NULL,
  meeting     TEXT    NOT NULL,
  url         TEXT    NOT NULL,
  licence     TEXT    NOT NULL,
  note        TEXT    NOT NULL,
  source      TEXT    NOT NULL, -- path, URL or path#line where it was first read from
  sha256      TEXT    NOT NULL, -- SHA-256 of the normalised text
  text        TEXT    NOT NULL, -- the normalised text every offset refers to
  ingested_at TEXT    NOT NULL  -- ISO-8601 instant of the insert or last content update
);
CREATE INDEX statements_meeting ON statements (meeting);
CREATE INDEX statements_side_date ON statements (side, date);
CREATE INDEX statements_date ON statements (date);

-- One row per analysed statement: which analyser produced it and summary counts.
CREATE TABLE analyses (
  statement_id  TEXT    NOT NULL PRIMARY KEY REFERENCES statements (id) ON DELETE CASCADE,
  analyser      TEXT    NOT NULL, -- the pipeline's stage names, e.g. sentences,tokens,actors
  sentences     INTEGER NOT NULL,
  tokens        INTEGER NOT NULL,
  mentions      INTEGER NOT NULL,
  analysed_at   TEXT    NOT NULL
);

-- Sentences with character offsets into statements.text; tokens as a JSON array of
-- [start, end, lemma, pos] (absolute offsets; the token text is text[start:end]).
CREATE TABLE sentences (
  statement_id  TEXT    NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  tokens        TEXT    NOT NULL,
  PRIMARY KEY (statement_id, idx)
);

-- Actor mentions with offsets, resolved to canonical actors.
CREATE TABLE mentions (
  statement_id  TEXT    NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,
  sentence      INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  surface       TEXT    NOT NULL,
  actor_id      TEXT    NOT NULL,
  actor_name    TEXT    NOT NULL,
  actor_type    TEXT    NOT NULL,
  entity_id     TEXT    NOT NULL,
  rule          TEXT    NOT NULL,
  PRIMARY KEY (statement_id, idx)
);
CREATE INDEX mentions_actor ON mentions (actor_id);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE meta (
  name  TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO meta (name, value) VALUES ('format', 'readout-workspace');
