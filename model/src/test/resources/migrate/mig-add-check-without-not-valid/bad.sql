ALTER TABLE accounts ADD CONSTRAINT accounts_score_pos CHECK (score >= 0);
ALTER TABLE accounts ADD COLUMN level integer CHECK (level > 0);
