CREATE TABLE region (id int PRIMARY KEY, code text);
CREATE TABLE store (id int PRIMARY KEY, region_code text, size int);
