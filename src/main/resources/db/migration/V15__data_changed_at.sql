-- When the data last changed, raised with the version by every committed write (shared/DataChanges):
-- the dashboard's "cite this" texts give it with the view's permalink. Until the next write it is the
-- moment this migration ran, just after the shipped facts were loaded.
ALTER TABLE data_version ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
