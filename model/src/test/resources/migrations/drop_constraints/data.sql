INSERT INTO region VALUES (1, 'eu');
INSERT INTO store VALUES (1, 'eu', 10);
