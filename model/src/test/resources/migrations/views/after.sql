CREATE TABLE sale (id bigint PRIMARY KEY, amount numeric(10,2), region text);
CREATE VIEW sale_total AS SELECT region, sum(amount) AS total, count(*) AS n FROM sale GROUP BY region;
CREATE VIEW big_sale AS SELECT id, amount FROM sale WHERE amount > 100;
