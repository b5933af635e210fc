INSERT INTO member VALUES (1, 'a@x', 'a'), (2, 'b@x', NULL);
