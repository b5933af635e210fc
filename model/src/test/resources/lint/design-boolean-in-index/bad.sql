CREATE TABLE tasks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  done boolean NOT NULL DEFAULT false,
  due_at timestamptz NOT NULL
);
CREATE INDEX tasks_done_due_at_idx ON tasks (done, due_at);
