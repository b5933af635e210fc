CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL, email text);
CREATE INDEX customer_name_idx ON customer (name);
