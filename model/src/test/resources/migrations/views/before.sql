CREATE TABLE sale (id bigint PRIMARY KEY, amount numeric(10,2), region text);
CREATE VIEW sale_total AS SELECT region, sum(amount) AS total FROM sale GROUP BY region;
CREATE VIEW old_report AS SELECT id FROM sale;
