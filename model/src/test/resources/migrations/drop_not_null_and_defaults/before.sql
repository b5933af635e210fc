CREATE TABLE task (id bigint PRIMARY KEY, title text NOT NULL, state text DEFAULT 'open', priority int);
