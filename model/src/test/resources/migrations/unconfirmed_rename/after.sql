-- PostgreSQL cannot reorder columns: an unconfirmed rename is a drop plus an add, so full_name
-- lands after the dropped column's slot. The oracle is built the same way.
CREATE TABLE customer (id bigint PRIMARY KEY, name text, full_name text);
ALTER TABLE customer DROP COLUMN name;
