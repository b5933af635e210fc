-- Lintel sample: a small shop, written the way real first drafts are.
-- Mostly sound, with a few design flaws left in on purpose for the lint to find:
--   * accounts.email has no UNIQUE constraint and accounts.status no CHECK;
--   * accounts.created_at is a nullable timestamp WITHOUT time zone;
--   * order_items.product_id is a foreign key without an index;
--   * payments.order_id looks like a foreign key but has no constraint at all.

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');

CREATE TABLE accounts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       varchar(255) NOT NULL,
    full_name   text NOT NULL,
    status      varchar(50) NOT NULL DEFAULT 'active',
    created_at  timestamp DEFAULT now(),
    deleted_at  timestamptz
);
COMMENT ON TABLE accounts IS 'People who can sign in and place orders.';
COMMENT ON COLUMN accounts.status IS 'active, suspended or closed (not enforced yet).';

CREATE TABLE addresses (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    line1       text NOT NULL,
    city        text NOT NULL,
    postal_code varchar(16) NOT NULL,
    country     char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$')
);
CREATE INDEX addresses_account_id_idx ON addresses (account_id);

CREATE TABLE categories (
    id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id integer REFERENCES categories (id),
    name      text NOT NULL,
    slug      text NOT NULL UNIQUE
);

CREATE TABLE products (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku         varchar(32) NOT NULL,
    category_id integer NOT NULL REFERENCES categories (id),
    name        text NOT NULL,
    price       numeric(12, 2) NOT NULL CHECK (price >= 0),
    active      boolean NOT NULL DEFAULT true,
    CONSTRAINT products_sku_key UNIQUE (sku)
);
CREATE INDEX products_category_id_idx ON products (category_id);
CREATE INDEX products_active_name_idx ON products (lower(name)) WHERE active;
COMMENT ON TABLE products IS 'What the shop sells; prices in the shop currency.';

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint NOT NULL,
    address_id  bigint NOT NULL,
    status      order_status NOT NULL DEFAULT 'pending',
    placed_at   timestamptz NOT NULL DEFAULT now(),
    total       numeric(12, 2) NOT NULL CHECK (total >= 0),
    CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT orders_address_id_fkey FOREIGN KEY (address_id) REFERENCES addresses (id)
);
CREATE INDEX orders_account_id_placed_at_idx ON orders (account_id, placed_at DESC);
CREATE INDEX orders_address_id_idx ON orders (address_id);
CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status IN ('pending', 'paid');

CREATE TABLE order_items (
    order_id    bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no     smallint NOT NULL,
    product_id  bigint NOT NULL REFERENCES products (id),
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(12, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
COMMENT ON COLUMN order_items.unit_price IS 'Price at the time of the order, copied from products.price.';

CREATE TABLE payments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint NOT NULL,
    amount       numeric(12, 2) NOT NULL,
    provider     varchar(50) NOT NULL,
    provider_ref text,
    paid_at      timestamptz
);

CREATE TABLE tags (
    id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE product_tags (
    product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    tag_id     integer NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, tag_id)
);
CREATE INDEX product_tags_tag_id_idx ON product_tags (tag_id);

CREATE VIEW order_totals AS
SELECT o.id AS order_id, o.account_id, sum(i.quantity * i.unit_price) AS items_total
FROM orders o
JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, o.account_id;
COMMENT ON VIEW order_totals IS 'Recomputed order totals, to compare with orders.total.';
