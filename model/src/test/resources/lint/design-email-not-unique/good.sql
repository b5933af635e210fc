CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(255) NOT NULL
);
CREATE UNIQUE INDEX users_lower_email_idx ON users (lower(email));
