-- Readout workspace, version 45 (issue 12): which version of the analysis (code and bundled data, plus
-- the user's actor dictionary or codebook: org.readout.AnalysisVersion) extracted a statement's stored
-- commitments, written by `readout ingest --full` and by the extraction step of `track`/`commitments list`.
-- A row with another version (or '' from before this migration) is outdated: extracted again, keeping
-- the history and status of the commitments it still yields.
ALTER TABLE commitment_extractions ADD COLUMN analysis_version TEXT NOT NULL DEFAULT '';
