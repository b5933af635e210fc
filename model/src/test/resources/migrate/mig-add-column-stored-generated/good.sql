ALTER TABLE accounts ADD COLUMN email_lower text;
