INSERT INTO account SELECT g, 'u' || g || '@example.com' FROM generate_series(1, 500) g;
