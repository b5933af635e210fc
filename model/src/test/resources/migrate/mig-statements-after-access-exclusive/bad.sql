BEGIN;
ALTER TABLE accounts ADD COLUMN region text;
UPDATE accounts SET region = 'eu';
COMMIT;
