INSERT INTO product VALUES (1, 'a', 'A1'), (2, 'b', NULL);
