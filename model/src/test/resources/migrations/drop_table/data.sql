INSERT INTO customer VALUES (1);
INSERT INTO legacy_audit VALUES (1, 1, 'x');
