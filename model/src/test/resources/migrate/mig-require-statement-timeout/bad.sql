ALTER TABLE accounts ADD COLUMN region text;
ALTER TABLE accounts ADD COLUMN zone text;
