INSERT INTO payment SELECT g, g FROM generate_series(1, 1000) g;
