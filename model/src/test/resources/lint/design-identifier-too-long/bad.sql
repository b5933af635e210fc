CREATE TABLE deliveries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_preferred_delivery_window_start_time_in_local_timezone_x time
);
