CREATE TABLE order_products (
  order_id bigint NOT NULL,
  product_id bigint NOT NULL,
  PRIMARY KEY (order_id, product_id)
);

 CREATE TABLE shipments (
   id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
   order_id bigint NOT NULL,
   product_id bigint NOT NULL,
   FOREIGN KEY (order_id, product_id) REFERENCES order_products (order_id, product_id)
 );
 CREATE INDEX shipments_order_id_product_id_idx ON shipments (order_id, product_id);
