ALTER TABLE accounts ALTER COLUMN score TYPE bigint;
ALTER TABLE accounts ALTER COLUMN code TYPE char(5);
