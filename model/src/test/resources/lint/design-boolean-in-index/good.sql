CREATE TABLE tasks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  done boolean NOT NULL DEFAULT false,
  due_at timestamptz NOT NULL
);
CREATE INDEX tasks_due_at_idx ON tasks (due_at) WHERE NOT done;
