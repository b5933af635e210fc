CREATE TABLE purchases_new (id bigint);
ALTER TABLE purchases_new RENAME TO purchases;
