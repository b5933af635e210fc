CREATE TABLE item (id bigint PRIMARY KEY, code varchar(64), title text, price numeric(12,2));
CREATE INDEX item_code_idx ON item (code);
