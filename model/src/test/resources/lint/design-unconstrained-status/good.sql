CREATE TABLE tickets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  status varchar(50) NOT NULL CHECK (status IN ('open', 'closed'))
);
