CREATE TABLE teams (
  id bigint PRIMARY KEY,
  captain_id bigint NOT NULL
);
CREATE TABLE players (
  id bigint PRIMARY KEY,
  team_id bigint NOT NULL REFERENCES teams (id)
);
ALTER TABLE teams ADD FOREIGN KEY (captain_id) REFERENCES players (id);
CREATE INDEX teams_captain_id_idx ON teams (captain_id);
CREATE INDEX players_team_id_idx ON players (team_id);
