CREATE TABLE member (id bigint PRIMARY KEY, email text NOT NULL, handle text,
    CONSTRAINT member_email_key UNIQUE (email),
    CONSTRAINT member_handle_key UNIQUE NULLS NOT DISTINCT (handle));
