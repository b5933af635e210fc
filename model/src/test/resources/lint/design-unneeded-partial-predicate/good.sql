CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  placed_at timestamptz NOT NULL
);
CREATE INDEX orders_placed_at_idx ON orders (placed_at);
