ALTER TABLE accounts ALTER COLUMN name TYPE varchar(20);
ALTER TABLE accounts ALTER COLUMN status TYPE integer USING status::integer;
