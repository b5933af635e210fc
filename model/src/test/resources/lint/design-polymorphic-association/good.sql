CREATE TABLE posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE photos (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE comments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  post_id bigint REFERENCES posts (id),
  photo_id bigint REFERENCES photos (id),
  body text NOT NULL,
  CHECK (num_nonnulls(post_id, photo_id) = 1)
);
