ALTER TABLE accounts ADD COLUMN seq bigint;
CREATE SEQUENCE accounts_seq_seq OWNED BY accounts.seq;
ALTER TABLE accounts ALTER COLUMN seq SET DEFAULT nextval('accounts_seq_seq');
