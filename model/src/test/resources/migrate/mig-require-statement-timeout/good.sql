SET statement_timeout = '5s';
ALTER TABLE accounts ADD COLUMN region text;
