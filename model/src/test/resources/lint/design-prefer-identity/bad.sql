CREATE TABLE tickets (
  id bigserial PRIMARY KEY,
  title text NOT NULL
);
