ALTER TABLE accounts ALTER COLUMN name TYPE varchar(100);
ALTER TABLE accounts ALTER COLUMN nickname TYPE varchar;
ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(12,2);
