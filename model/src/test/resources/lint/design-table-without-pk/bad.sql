CREATE TABLE audit_events (
  happened_at timestamptz NOT NULL,
  payload text
);
