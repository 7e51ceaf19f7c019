-- Who voices each commitment (issue 5): the speaker chain from the attribution stage, outermost first,
-- as a JSON array of {speaker, speakerActor, type, cue}. Rows stored before this migration get '[]'.
ALTER TABLE commitments ADD COLUMN speaker_chain TEXT NOT NULL DEFAULT '[]';
