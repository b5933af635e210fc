CREATE INDEX orders_total_idx ON orders (total);
CREATE TABLE audit (id bigint, at timestamptz);
CREATE INDEX audit_at_idx ON audit (at);
