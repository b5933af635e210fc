CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE purchase (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'new');
