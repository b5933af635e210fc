CREATE TABLE docs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  body json NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX docs_deleted_at_idx ON docs (deleted_at);
