CREATE TABLE order_items (
  id bigint GENERATED ALWAYS AS IDENTITY,
  CONSTRAINT order_items_pkey PRIMARY KEY (id)
);
