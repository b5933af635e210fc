CREATE TABLE note (id int PRIMARY KEY, body text);
COMMENT ON TABLE note IS 'old';
COMMENT ON COLUMN note.body IS 'markdown';
