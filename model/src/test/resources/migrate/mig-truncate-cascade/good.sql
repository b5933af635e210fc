TRUNCATE orders, accounts;
