CREATE TABLE product_attributes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  product_id bigint NOT NULL,
  attribute_name text NOT NULL,
  value text
);
