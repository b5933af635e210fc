CREATE TABLE hit (id integer PRIMARY KEY, counter integer NOT NULL DEFAULT 0);
