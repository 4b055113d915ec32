-- What an editor applied when accepting a suggestion, which may differ from what the reader
-- suggested (edit then accept, a mended correction value): the public list of accepted suggestions
-- shows what was recorded, not the reader's first proposal. Suggestions accepted before this keep
-- NULL here and are shown as suggested (they were accepted as suggested or edited, unrecorded).
ALTER TABLE suggestion ADD COLUMN applied TEXT;
ALTER TABLE suggestion ADD COLUMN applied_value VARCHAR(2000);
