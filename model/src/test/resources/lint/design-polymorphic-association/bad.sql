CREATE TABLE comments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  commentable_id bigint NOT NULL,
  commentable_type text NOT NULL,
  body text NOT NULL
);
