CREATE TABLE events (id bigint NOT NULL, payload text);
