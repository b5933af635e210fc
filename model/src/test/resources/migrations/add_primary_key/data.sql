INSERT INTO reading SELECT g % 10, timestamptz '2024-01-01' + g * interval '1 minute', 1.5 FROM generate_series(1, 2000) g;
