CREATE SCHEMA IF NOT EXISTS billing;

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE public.mood AS ENUM ('happy', 'sad', 'it''s complicated');

CREATE DOMAIN public.positive_int AS integer CONSTRAINT positive_int_check CHECK (VALUE > 0);
CREATE DOMAIN public.small_positive AS public.positive_int DEFAULT 1 NOT NULL CONSTRAINT small_positive_check CHECK (VALUE < 100);
ALTER DOMAIN public.small_positive ADD CONSTRAINT small_positive_odd CHECK (VALUE % 2 = 1) NOT VALID;

CREATE SEQUENCE IF NOT EXISTS billing.invoice_number_seq AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1 CACHE 10;

SET check_function_bodies = false;

CREATE FUNCTION public.touch_invoice() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.issued_on := coalesce(NEW.issued_on, current_date);
  RETURN NEW;
END;
$$;

CREATE TABLE IF NOT EXISTS billing.invoice (
    id integer GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10) NOT NULL,
    number bigint DEFAULT nextval('billing.invoice_number_seq'::regclass) NOT NULL,
    account_id bigint NOT NULL,
    amount numeric(10,2) NOT NULL,
    status varchar(20) DEFAULT 'open'::character varying NOT NULL,
    issued_on date,
    CONSTRAINT invoice_pkey PRIMARY KEY (id),
    CONSTRAINT invoice_number_key UNIQUE (number) DEFERRABLE,
    CONSTRAINT invoice_status_check CHECK ((status)::text = ANY ((ARRAY['open'::character varying, 'paid'::character varying])::text[]))
);

CREATE TABLE IF NOT EXISTS public.account (
    id bigserial NOT NULL,
    email varchar(255) COLLATE "C" NOT NULL,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    mood public.mood DEFAULT 'happy'::mood,
    score public.small_positive,
    tags text[] DEFAULT '{}'::text[],
    email_lower text GENERATED ALWAYS AS (lower((email)::text)) STORED,
    balance numeric(12,2) DEFAULT 0 NOT NULL,
    last_invoice_id integer,
    CONSTRAINT account_pkey PRIMARY KEY (id),
    CONSTRAINT account_email_key UNIQUE NULLS NOT DISTINCT (email),
    CONSTRAINT account_balance_check CHECK (balance >= (0)::numeric)
);

CREATE TABLE IF NOT EXISTS public.booking (
    room integer NOT NULL,
    during tsrange NOT NULL,
    CONSTRAINT booking_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&)
);

CREATE TABLE IF NOT EXISTS public.event (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    payload jsonb,
    CONSTRAINT event_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);

CREATE TABLE IF NOT EXISTS public.event_2024 PARTITION OF public.event FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');

CREATE TABLE IF NOT EXISTS public.event_default PARTITION OF public.event DEFAULT;

CREATE TABLE IF NOT EXISTS public.person (
    name text NOT NULL,
    CONSTRAINT person_name_check CHECK (name <> ''::text)
);

CREATE TABLE IF NOT EXISTS public.employee (
    salary numeric
) INHERITS (public.person);

CREATE UNLOGGED TABLE IF NOT EXISTS public.session_cache (
    key text NOT NULL,
    value bytea,
    token uuid DEFAULT gen_random_uuid(),
    CONSTRAINT session_cache_pkey PRIMARY KEY (key)
);

ALTER TABLE billing.invoice ADD CONSTRAINT invoice_amount_check CHECK (amount > (0)::numeric) NOT VALID;
ALTER SEQUENCE billing.invoice_number_seq OWNED BY billing.invoice.number;

CREATE UNIQUE INDEX IF NOT EXISTS invoice_issued_unique ON billing.invoice (account_id, issued_on) NULLS NOT DISTINCT;
CREATE INDEX IF NOT EXISTS invoice_open_idx ON billing.invoice (account_id) INCLUDE (amount) WHERE (status)::text = 'open'::text;
CREATE INDEX IF NOT EXISTS account_created_idx ON public.account (created_at DESC NULLS LAST) INCLUDE (balance);
CREATE INDEX IF NOT EXISTS account_email_lower_idx ON public.account ((lower((email)::text)));
CREATE INDEX IF NOT EXISTS account_email_pattern_idx ON public.account (email COLLATE "POSIX" varchar_pattern_ops);
CREATE INDEX IF NOT EXISTS account_tags_idx ON public.account USING gin (tags);
CREATE INDEX IF NOT EXISTS event_at_idx ON public.event (at);

ALTER TABLE billing.invoice ADD CONSTRAINT invoice_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE public.account ADD CONSTRAINT account_last_invoice_id_fkey FOREIGN KEY (last_invoice_id) REFERENCES billing.invoice (id) MATCH FULL ON DELETE SET NULL NOT VALID;

CREATE VIEW public.open_invoices WITH (security_barrier=true) AS
SELECT i.id, i.account_id, i.amount FROM billing.invoice i WHERE i.status = 'open';

CREATE VIEW public.big_open_invoices AS
SELECT id, amount FROM public.open_invoices WHERE amount > 1000;

CREATE MATERIALIZED VIEW IF NOT EXISTS public.account_totals (account_id, total) AS
SELECT account_id, sum(amount) AS total FROM billing.invoice GROUP BY account_id
WITH NO DATA;

COMMENT ON SCHEMA billing IS 'money matters';
COMMENT ON TYPE public.mood IS 'how it feels';
COMMENT ON DOMAIN public.positive_int IS 'strictly positive';
COMMENT ON SEQUENCE billing.invoice_number_seq IS 'invoice numbers, never reused';
COMMENT ON TABLE public.account IS 'A customer''s account. It''s "the" root; 100% important.';
COMMENT ON COLUMN public.account.email IS 'login; unique even when NULL';
COMMENT ON MATERIALIZED VIEW public.account_totals IS 'refreshed nightly';
COMMENT ON VIEW public.big_open_invoices IS 'open invoices over 1000';

CREATE TRIGGER invoice_touch BEFORE INSERT ON billing.invoice FOR EACH ROW EXECUTE FUNCTION public.touch_invoice();
