CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE thing (id int PRIMARY KEY, color color);
