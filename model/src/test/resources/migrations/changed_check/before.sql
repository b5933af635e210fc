CREATE TABLE seat (id int PRIMARY KEY, row_no int CONSTRAINT seat_row_check CHECK (row_no > 0));
