INSERT INTO task VALUES (1, 't', 'open', 1);
