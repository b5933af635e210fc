ALTER TABLE accounts ADD COLUMN token uuid;
ALTER TABLE accounts ALTER COLUMN token SET DEFAULT gen_random_uuid();
ALTER TABLE accounts ADD COLUMN created_at timestamptz DEFAULT now();
