BEGIN;
ALTER TABLE accounts ADD CONSTRAINT accounts_score_pos CHECK (score >= 0) NOT VALID;
COMMIT;
BEGIN;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_score_pos;
COMMIT;
