CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer (id),
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid')),
    placed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE TABLE order_line (order_id bigint NOT NULL REFERENCES orders (id), n int NOT NULL, PRIMARY KEY (order_id, n));
COMMENT ON TABLE orders IS 'one per checkout';
COMMENT ON COLUMN orders.status IS 'new or paid';
