ALTER TABLE accounts ALTER COLUMN name TYPE varchar(100);
ALTER TABLE accounts ALTER COLUMN score TYPE bigint;
