CREATE TABLE event (id bigint PRIMARY KEY, payload text);
