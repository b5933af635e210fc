CREATE TABLE staging (id bigint);
DROP TABLE staging;
