CREATE TABLE events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  happened_at varchar(32) NOT NULL,
  is_public text NOT NULL,
  external_id char(36) NOT NULL,
  attendee_count text
);
