CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);

 CREATE TABLE orders (
   id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
   user_id integer REFERENCES users (id)
 );
 CREATE INDEX orders_user_id_idx ON orders (user_id);
