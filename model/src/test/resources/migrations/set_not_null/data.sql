INSERT INTO shipment SELECT g, 'dhl' FROM generate_series(1, 1000) g;
