INSERT INTO item VALUES (1, 'c1', 't', 9.99);
