CREATE TABLE contacts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  phone1 text,
  phone2 text,
  phone3 text
);
