CREATE TABLE shipment (id bigint PRIMARY KEY, carrier text NOT NULL);
