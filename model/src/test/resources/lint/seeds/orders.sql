-- Seed 001: the constraint-rich orders table.
CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE users (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled', 'refunded');

CREATE TABLE orders (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  status order_status NOT NULL DEFAULT 'pending',
  total NUMERIC(12, 2) NOT NULL CHECK (total >= 0),
  email CITEXT NOT NULL CHECK (email LIKE '%@%'),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  notes TEXT,

  CONSTRAINT orders_email_length CHECK (length(email) <= 254),
  CONSTRAINT orders_notes_length CHECK (length(notes) <= 10000)
);

CREATE INDEX idx_orders_user_status ON orders (user_id, status);
CREATE INDEX idx_orders_created ON orders (created_at DESC);
CREATE INDEX idx_orders_status_pending
  ON orders (created_at) WHERE status = 'pending';
