CREATE TABLE item (id bigint PRIMARY KEY, code varchar(20), title varchar(100), price numeric(8,2));
CREATE INDEX item_code_idx ON item (code);
