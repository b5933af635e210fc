ALTER TABLE orders DROP CONSTRAINT orders_account_fk;
