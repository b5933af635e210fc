CREATE TABLE customer (id bigint PRIMARY KEY);
CREATE TABLE legacy_audit (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id), note text);
