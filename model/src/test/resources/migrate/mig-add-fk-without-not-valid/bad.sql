ALTER TABLE orders ADD CONSTRAINT orders_account_fk2 FOREIGN KEY (account_id) REFERENCES accounts (id);
ALTER TABLE orders ADD COLUMN referrer_id bigint REFERENCES accounts (id);
