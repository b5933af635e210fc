CREATE TABLE events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL,
  happened_at timestamptz NOT NULL
);
CREATE INDEX events_account_id_happened_at_idx ON events (account_id, happened_at);
