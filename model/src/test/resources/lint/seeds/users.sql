-- Seed 001: the constraint-light users table an AI generated.
CREATE TABLE users (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email VARCHAR(255),
  status VARCHAR(50),
  created_at TIMESTAMP,
  role VARCHAR(50),
  deleted BOOLEAN,
  metadata JSON
);
