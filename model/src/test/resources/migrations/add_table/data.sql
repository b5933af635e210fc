INSERT INTO customer VALUES (1, 'Ada'), (2, 'Grace');
