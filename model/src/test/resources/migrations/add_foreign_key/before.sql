CREATE TABLE author (id bigint PRIMARY KEY);
CREATE TABLE book (id bigint PRIMARY KEY, author_id bigint);
