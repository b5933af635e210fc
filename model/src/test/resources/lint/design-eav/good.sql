CREATE TABLE products (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  colour text NOT NULL,
  weight_grams integer NOT NULL
);
