CREATE TABLE memberships (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id bigint NOT NULL,
  user_id bigint,
  UNIQUE (team_id, user_id)
);
