CREATE TABLE payments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  amount numeric(19, 4) NOT NULL,
  currency varchar(3) NOT NULL
);
