BEGIN;
ALTER TABLE accounts ADD COLUMN region text;
COMMIT;
CREATE INDEX CONCURRENTLY accounts_region_idx ON accounts (region);
