CREATE TABLE account (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    nickname text,
    plan text NOT NULL DEFAULT 'free',
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN account.plan IS 'billing plan';
