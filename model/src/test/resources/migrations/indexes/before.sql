CREATE TABLE visit (id bigint PRIMARY KEY, page text, at timestamptz, user_id bigint);
CREATE INDEX visit_page_idx ON visit (page);
CREATE INDEX visit_at_idx ON visit (at);
