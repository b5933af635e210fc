ALTER TABLE accounts ADD COLUMN region text;
CREATE INDEX CONCURRENTLY accounts_region_idx ON accounts (region);
