CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);
CREATE SCHEMA billing;
CREATE TYPE billing.invoice_state AS ENUM ('open', 'paid');
CREATE TABLE billing.invoice (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customer (id),
    state billing.invoice_state NOT NULL DEFAULT 'open'
);
CREATE INDEX invoice_customer_idx ON billing.invoice (customer_id);
