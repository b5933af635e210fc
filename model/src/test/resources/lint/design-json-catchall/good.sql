CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  metadata jsonb CHECK (jsonb_typeof(metadata) = 'object')
);
