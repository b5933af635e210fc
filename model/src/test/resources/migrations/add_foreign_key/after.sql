CREATE TABLE author (id bigint PRIMARY KEY);
CREATE TABLE book (id bigint PRIMARY KEY, author_id bigint CONSTRAINT book_author_fkey REFERENCES author (id) ON DELETE CASCADE);
CREATE INDEX book_author_idx ON book (author_id);
