CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  verified boolean NOT NULL DEFAULT false
);
