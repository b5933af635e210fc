CREATE TABLE "Customer" (
  id bigint GENERATED ALWAYS AS IDENTITY,
  CONSTRAINT customer_primary PRIMARY KEY (id)
);
CREATE INDEX by_id ON "Customer" (id);
