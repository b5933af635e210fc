INSERT INTO event SELECT g, 'p' FROM generate_series(1, 25000) g;
