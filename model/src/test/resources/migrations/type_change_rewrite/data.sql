INSERT INTO hit SELECT g, g FROM generate_series(1, 1000) g;
