ALTER TABLE accounts ADD COLUMN full_name varchar(50);
