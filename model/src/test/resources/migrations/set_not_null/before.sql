CREATE TABLE shipment (id bigint PRIMARY KEY, carrier text);
