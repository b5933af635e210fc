INSERT INTO customer VALUES (1, 'Ada'), (2, 'Grace');
INSERT INTO orders VALUES (10, 1, 5.00), (11, 2, 7.50);
