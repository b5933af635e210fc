ALTER TABLE orders ADD CONSTRAINT orders_account_fk2 FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_account_fk2;
