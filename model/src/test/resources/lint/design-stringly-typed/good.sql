CREATE TABLE events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  happened_at timestamptz NOT NULL,
  is_public boolean NOT NULL,
  external_id uuid NOT NULL,
  attendee_count integer
);
