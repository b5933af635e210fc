CREATE TABLE event (id bigint PRIMARY KEY, payload text, public_id uuid NOT NULL DEFAULT gen_random_uuid());
