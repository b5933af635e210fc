CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, parent_id int CONSTRAINT child_parent_fkey REFERENCES parent (id), qty int CONSTRAINT child_qty_check CHECK (qty >= 0));
