CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    cust_id bigint NOT NULL REFERENCES customer (id),
    total numeric(12,2) NOT NULL CHECK (total >= 0),
    CONSTRAINT orders_cust_total_key UNIQUE (cust_id, total)
);
CREATE INDEX orders_cust_id_idx ON orders (cust_id);
