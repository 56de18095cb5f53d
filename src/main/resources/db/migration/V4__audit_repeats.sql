-- Identical refusals share one audit row: how many there were, and when the last came (what retention goes by).
ALTER TABLE audit_entry ADD COLUMN repeat_count INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE audit_entry ADD COLUMN last_recorded_at TIMESTAMP WITH TIME ZONE;
UPDATE audit_entry SET last_recorded_at = recorded_at;
ALTER TABLE audit_entry ALTER COLUMN last_recorded_at SET NOT NULL;
CREATE INDEX audit_entry_last_at ON audit_entry (last_recorded_at);
