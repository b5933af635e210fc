CREATE TABLE hit (id bigint PRIMARY KEY, counter bigint NOT NULL DEFAULT 0);
