CREATE TABLE docs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  body jsonb NOT NULL,
  deleted_at timestamptz
);
CREATE INDEX docs_live_idx ON docs (id) WHERE deleted_at IS NULL;
CREATE INDEX docs_body_idx ON docs USING gin (body);
