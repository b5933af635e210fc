CREATE TABLE reading (sensor_id int, taken_at timestamptz, value real);
