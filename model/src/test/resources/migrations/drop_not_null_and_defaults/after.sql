CREATE TABLE task (id bigint PRIMARY KEY, title text, state text, priority int DEFAULT 3);
