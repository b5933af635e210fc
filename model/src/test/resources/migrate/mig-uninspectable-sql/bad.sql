DO $$ BEGIN EXECUTE 'ALTER TABLE accounts ADD COLUMN region text'; END $$;
