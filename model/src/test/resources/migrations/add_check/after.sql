CREATE TABLE payment (id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL, CONSTRAINT payment_amount_positive CHECK (amount > 0));
