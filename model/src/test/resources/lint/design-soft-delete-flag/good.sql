CREATE TABLE documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX documents_title_idx ON documents (title) WHERE deleted_at IS NULL;
