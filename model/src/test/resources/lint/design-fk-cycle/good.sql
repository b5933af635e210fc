CREATE TABLE teams (
  id bigint PRIMARY KEY
);
CREATE TABLE players (
  id bigint PRIMARY KEY,
  team_id bigint NOT NULL REFERENCES teams (id),
  is_captain boolean NOT NULL DEFAULT false
);
CREATE INDEX players_team_id_idx ON players (team_id);
