CREATE TABLE contacts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);
CREATE TABLE contact_phones (
  contact_id bigint NOT NULL REFERENCES contacts (id),
  phone text NOT NULL,
  PRIMARY KEY (contact_id, phone)
);
