INSERT INTO visit SELECT g, 'p' || (g % 7), timestamptz '2024-01-01' + g * interval '1 second', g FROM generate_series(1, 3000) g;
