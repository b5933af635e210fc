CREATE TABLE product (id bigint PRIMARY KEY, name text NOT NULL);
