CREATE TABLE product (id bigint PRIMARY KEY, name text NOT NULL, legacy_code varchar(20), CONSTRAINT product_code_key UNIQUE (legacy_code));
CREATE INDEX product_code_name_idx ON product (legacy_code, name);
