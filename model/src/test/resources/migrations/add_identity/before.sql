CREATE TABLE ticket (id bigint NOT NULL, subject text, CONSTRAINT ticket_pkey PRIMARY KEY (id));
