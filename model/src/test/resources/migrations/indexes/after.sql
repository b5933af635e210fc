CREATE TABLE visit (id bigint PRIMARY KEY, page text, at timestamptz, user_id bigint);
CREATE INDEX visit_page_idx ON visit (page, at DESC);
CREATE INDEX visit_user_idx ON visit (user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX visit_user_at_idx ON visit (user_id, at);
