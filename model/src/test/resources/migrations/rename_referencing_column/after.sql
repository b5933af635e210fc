CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer (id),
    total numeric(12,2) NOT NULL CHECK (total >= 0),
    CONSTRAINT orders_customer_total_key UNIQUE (customer_id, total)
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
