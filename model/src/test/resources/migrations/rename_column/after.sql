CREATE TABLE customer (id bigint PRIMARY KEY, full_name text NOT NULL, email text);
CREATE INDEX customer_name_idx ON customer (full_name);
