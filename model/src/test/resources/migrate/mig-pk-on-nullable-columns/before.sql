CREATE TABLE events (id bigint, payload text);
CREATE UNIQUE INDEX events_id_idx ON events (id);
