CREATE TABLE payments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  type text NOT NULL,
  amount numeric(12,2) NOT NULL,
  card_last4 text,
  card_brand text,
  card_expiry text,
  iban text,
  bic text,
  account_holder text,
  paypal_email text,
  paypal_payer_id text,
  voucher_code text
);
