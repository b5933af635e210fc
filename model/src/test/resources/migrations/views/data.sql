INSERT INTO sale VALUES (1, 10, 'eu'), (2, 200, 'us');
