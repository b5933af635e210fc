INSERT INTO metric VALUES (1, 'cpu', 50);
