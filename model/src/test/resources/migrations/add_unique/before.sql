CREATE TABLE member (id bigint PRIMARY KEY, email text NOT NULL, handle text);
