INSERT INTO purchase VALUES (1, 'paid'), (2, 'shipped');
