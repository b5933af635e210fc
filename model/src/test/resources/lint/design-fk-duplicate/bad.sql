CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);

 CREATE TABLE orders (
   id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
   user_id bigint NOT NULL,
   CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
   CONSTRAINT orders_user_fk2 FOREIGN KEY (user_id) REFERENCES users (id)
 );
 CREATE INDEX orders_user_id_idx ON orders (user_id);
