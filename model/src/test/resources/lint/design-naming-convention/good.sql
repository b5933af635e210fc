CREATE TABLE customer (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);
CREATE INDEX customer_id_idx ON customer (id);
