CREATE TABLE metric (id integer PRIMARY KEY, name varchar(80), value bigint);
CREATE VIEW metric_names AS SELECT id, name, value FROM metric;
CREATE VIEW metric_top AS SELECT name FROM metric_names WHERE value > 10;
