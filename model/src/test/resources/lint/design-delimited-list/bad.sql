CREATE TABLE posts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tag_ids text,
  tags varchar(500)
);
