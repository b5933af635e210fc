CREATE TABLE accounts (id bigint PRIMARY KEY, email text, name varchar(50), status text, score integer,
  balance numeric(10,2), code char(3), nickname text);
CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint CONSTRAINT orders_account_fk REFERENCES accounts (id),
  total numeric(10,2), note text);
CREATE INDEX orders_note_idx ON orders (note);
