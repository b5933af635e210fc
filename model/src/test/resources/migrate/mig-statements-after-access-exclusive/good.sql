BEGIN;
ALTER TABLE accounts ADD COLUMN region text;
COMMIT;
UPDATE accounts SET region = 'eu' WHERE id BETWEEN 1 AND 1000;
