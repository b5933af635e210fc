CREATE TABLE payments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  type text NOT NULL,
  amount numeric(12,2) NOT NULL
);
CREATE TABLE card_payments (
  payment_id bigint PRIMARY KEY REFERENCES payments (id),
  card_last4 text NOT NULL,
  card_brand text NOT NULL
);
