CREATE TABLE reading (sensor_id int NOT NULL, taken_at timestamptz NOT NULL, value real, CONSTRAINT reading_pkey PRIMARY KEY (sensor_id, taken_at));
