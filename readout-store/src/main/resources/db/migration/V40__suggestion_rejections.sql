-- Readout workspace, version 40 (issue 13): a user's rejection of a tracking suggestion. The suggestion
-- stays in commitment_history (seq = suggestion_seq, by_whom 'auto'); the rejection is itself a user
-- history entry (seq = history_seq) and this row marks the suggestion as rejected, so the board leaves it
-- out while the history shows both. Undoing the rejection deletes the row (the history keeps the undo).
CREATE TABLE commitment_rejections (
  commitment_id   TEXT    NOT NULL,
  suggestion_seq  INTEGER NOT NULL,
  history_seq     INTEGER NOT NULL,
  by_whom         TEXT    NOT NULL,
  note            TEXT    NOT NULL,
  rejected_at     TEXT    NOT NULL,
  PRIMARY KEY (commitment_id, suggestion_seq)
);
