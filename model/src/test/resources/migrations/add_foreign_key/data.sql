INSERT INTO author VALUES (1), (2);
INSERT INTO book VALUES (1, 1), (2, 2), (3, NULL);
