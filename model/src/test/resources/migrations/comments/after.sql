CREATE TABLE note (id int PRIMARY KEY, body text);
COMMENT ON TABLE note IS 'user notes, it''s new';
COMMENT ON COLUMN note.id IS 'surrogate';
