CREATE TYPE order_status AS ENUM ('draft', 'new', 'paid', 'packed', 'shipped', 'returned');
CREATE TABLE purchase (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'draft');
