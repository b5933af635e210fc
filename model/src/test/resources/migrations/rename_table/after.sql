CREATE TABLE client (id bigint CONSTRAINT person_pkey PRIMARY KEY, name text);
CREATE TABLE pet (id bigint PRIMARY KEY, owner_id bigint CONSTRAINT pet_owner_fkey REFERENCES client (id));
