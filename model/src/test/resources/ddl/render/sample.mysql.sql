-- DDL for MySQL, written by Lintel

CREATE SCHEMA IF NOT EXISTS billing;

-- lintel: MySQL has no extensions; btree_gist omitted
-- CREATE EXTENSION IF NOT EXISTS btree_gist;

-- lintel: MySQL has no domains; columns of domain public.positive_int use its base type, default and NOT NULL, without its CHECKs
-- CREATE DOMAIN positive_int AS int CONSTRAINT positive_int_check CHECK (VALUE > 0);

-- lintel: MySQL has no domains; domain public.small_positive uses the base type of public.positive_int without its constraints
-- lintel: MySQL has no domains; columns of domain public.small_positive use its base type, default and NOT NULL, without its CHECKs
-- CREATE DOMAIN small_positive AS int DEFAULT 1 NOT NULL CONSTRAINT small_positive_check CHECK (VALUE < 100) CONSTRAINT small_positive_odd CHECK (VALUE % 2 = 1);

-- lintel: MySQL has no sequences; sequence billing.invoice_number_seq omitted
-- CREATE SEQUENCE billing.invoice_number_seq AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1 CACHE 10;

-- lintel: MySQL AUTO_INCREMENT has no sequence options; (START WITH 100 INCREMENT BY 10) of column billing.invoice.id dropped
-- lintel: MySQL has no sequences; default nextval('billing.invoice_number_seq'::regclass) of column billing.invoice.number dropped
-- lintel: MySQL has no deferrable constraints; constraint billing.invoice.invoice_number_key is checked immediately
-- lintel: MySQL validates every constraint; NOT VALID of constraint billing.invoice.invoice_amount_check dropped
CREATE TABLE billing.invoice (
    id int NOT NULL AUTO_INCREMENT,
    number bigint NOT NULL,
    account_id bigint NOT NULL,
    amount decimal(10,2) NOT NULL,
    status varchar(20) NOT NULL DEFAULT 'open',
    issued_on date,
    CONSTRAINT invoice_pkey PRIMARY KEY (id),
    CONSTRAINT invoice_number_key UNIQUE (number),
    CONSTRAINT invoice_amount_check CHECK (amount > (0)::numeric),
    CONSTRAINT invoice_status_check CHECK ((status)::text = ANY ((ARRAY['open'::character varying, 'paid'::character varying])::text[]))
);

-- lintel: MySQL does not share collation names; COLLATE C of column public.account.email dropped
-- lintel: MySQL has no domains; column public.account.score uses the base type of public.small_positive without its constraints
-- lintel: MySQL has no domains; column public.account.score uses the base type of public.positive_int without its constraints
-- lintel: MySQL has no array types; column public.account.tags is json
-- lintel: MySQL cannot read the array default '{}'::text[] of column public.account.tags; dropped
-- lintel: MySQL has no UNIQUE NULLS NOT DISTINCT; constraint public.account.account_email_key treats NULLs as distinct
CREATE TABLE account (
    id bigint NOT NULL AUTO_INCREMENT,
    email varchar(255) NOT NULL COMMENT 'login; unique even when NULL',
    created_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    mood enum('happy', 'sad', 'it''s complicated') DEFAULT 'happy',
    score int NOT NULL DEFAULT 1,
    tags json,
    email_lower longtext GENERATED ALWAYS AS (lower((email)::text)) STORED,
    balance decimal(12,2) NOT NULL DEFAULT 0,
    last_invoice_id int,
    CONSTRAINT account_pkey PRIMARY KEY (id),
    CONSTRAINT account_email_key UNIQUE (email),
    CONSTRAINT account_balance_check CHECK (balance >= (0)::numeric)
);

-- lintel: MySQL does not know type tsrange used by column public.booking.during; written as is
-- lintel: MySQL has no exclusion constraints; constraint public.booking.booking_room_during_excl omitted
CREATE TABLE booking (
    room int NOT NULL,
    during tsrange NOT NULL
);

-- lintel: MySQL has no declarative partitioning; PARTITION BY RANGE (at) of table public.event dropped
CREATE TABLE event (
    id bigint NOT NULL,
    at timestamp NOT NULL,
    payload json,
    CONSTRAINT event_pkey PRIMARY KEY (id, at)
);

-- lintel: MySQL has no partitions; partition public.event_2024 of public.event omitted (its rows belong to the parent)
-- CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');

-- lintel: MySQL has no partitions; partition public.event_default of public.event omitted (its rows belong to the parent)
-- CREATE TABLE event_default PARTITION OF event DEFAULT;

CREATE TABLE person (
    name longtext NOT NULL,
    CONSTRAINT person_name_check CHECK (name <> ''::text)
);

-- lintel: MySQL has no table inheritance; public.employee gets copies of the columns of [public.person]
CREATE TABLE employee (
    name longtext NOT NULL,
    salary decimal
);

-- lintel: MySQL has no unlogged tables; public.session_cache is an ordinary table
-- lintel: MySQL has no uuid type; column public.session_cache.token is char(36)
CREATE TABLE session_cache (
    `key` longtext NOT NULL,
    value longblob,
    token char(36) DEFAULT (uuid()),
    CONSTRAINT session_cache_pkey PRIMARY KEY (`key`)
);

-- lintel: MySQL has no deferrable constraints; constraint billing.invoice.invoice_account_id_fkey is checked immediately
ALTER TABLE billing.invoice ADD CONSTRAINT invoice_account_id_fkey FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;

-- lintel: MySQL does not enforce MATCH FULL; constraint public.account.account_last_invoice_id_fkey uses MATCH SIMPLE
-- lintel: MySQL validates every constraint; NOT VALID of constraint public.account.account_last_invoice_id_fkey dropped
ALTER TABLE account ADD CONSTRAINT account_last_invoice_id_fkey FOREIGN KEY (last_invoice_id) REFERENCES billing.invoice (id) ON DELETE SET NULL;

-- lintel: MySQL has no NULLS NOT DISTINCT; index billing.invoice.invoice_issued_unique treats NULLs as distinct
CREATE UNIQUE INDEX invoice_issued_unique ON billing.invoice (account_id, issued_on);

-- lintel: MySQL has no covering indexes; INCLUDE [amount] of index billing.invoice.invoice_open_idx dropped
-- lintel: MySQL has no partial indexes; index billing.invoice.invoice_open_idx kept without its WHERE (status)::text = 'open'::text
CREATE INDEX invoice_open_idx ON billing.invoice (account_id);

-- lintel: MySQL has no NULLS FIRST/LAST; index public.account.account_created_idx sorts NULLs first
-- lintel: MySQL has no covering indexes; INCLUDE [balance] of index public.account.account_created_idx dropped
CREATE INDEX account_created_idx ON account (created_at DESC);

CREATE INDEX account_email_lower_idx ON account ((lower((email)::text)));

-- lintel: MySQL has no per-key collation; COLLATE POSIX of index public.account.account_email_pattern_idx dropped
-- lintel: MySQL has no operator classes; varchar_pattern_ops of index public.account.account_email_pattern_idx dropped
CREATE INDEX account_email_pattern_idx ON account (email);

-- lintel: MySQL has no gin indexes; index public.account.account_tags_idx is a default index
CREATE INDEX account_tags_idx ON account (tags);

CREATE INDEX event_at_idx ON event (at);

-- lintel: MySQL has no view options; security_barrier=true of view public.open_invoices dropped
CREATE VIEW open_invoices AS
SELECT i.id, i.account_id, i.amount FROM billing.invoice i WHERE i.status = 'open';

CREATE VIEW big_open_invoices AS
SELECT id, amount FROM public.open_invoices WHERE amount > 1000;

-- lintel: MySQL has no materialized views; materialized view public.account_totals is a plain view
CREATE VIEW account_totals (account_id, total) AS
SELECT account_id, sum(amount) AS total FROM billing.invoice GROUP BY account_id;

-- lintel: MySQL cannot comment on a schema; comment of schema billing dropped
-- COMMENT ON SCHEMA billing IS 'money matters';

-- lintel: MySQL has no enum types to comment; comment of type public.mood dropped
-- COMMENT ON TYPE mood IS 'how it feels';

-- lintel: MySQL cannot comment on a domain; comment of domain public.positive_int dropped
-- COMMENT ON DOMAIN positive_int IS 'strictly positive';

-- lintel: MySQL cannot comment on a sequence; comment of sequence billing.invoice_number_seq dropped
-- COMMENT ON SEQUENCE billing.invoice_number_seq IS 'invoice numbers, never reused';

ALTER TABLE account COMMENT = 'A customer''s account. It''s "the" root; 100% important.';

-- lintel: MySQL cannot comment on a view; comment of view public.account_totals dropped
-- COMMENT ON VIEW account_totals IS 'refreshed nightly';

-- lintel: MySQL cannot comment on a view; comment of view public.big_open_invoices dropped
-- COMMENT ON VIEW big_open_invoices IS 'open invoices over 1000';

-- lintel: statement function public.touch_invoice is not translated to MySQL; kept as a comment
-- CREATE FUNCTION public.touch_invoice() RETURNS trigger
--     LANGUAGE plpgsql
--     AS $$
-- BEGIN
--   NEW.issued_on := coalesce(NEW.issued_on, current_date);
--   RETURN NEW;
-- END;
-- $$;

-- lintel: statement trigger billing.invoice_touch is not translated to MySQL; kept as a comment
-- CREATE TRIGGER invoice_touch BEFORE INSERT ON billing.invoice FOR EACH ROW EXECUTE FUNCTION public.touch_invoice();
