CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL UNIQUE,
  session_id uuid                       -- id-like, but no table of sessions
);
CREATE TABLE posts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  title text NOT NULL
);
CREATE INDEX posts_user_id_idx ON posts (user_id);
-- Quantities named after a table are no references.
CREATE TABLE orders (order_id smallint PRIMARY KEY);
CREATE TABLE stock (id integer PRIMARY KEY, units_on_order smallint, tag_count_orders smallint);
-- A column named like its own table, not its key, is its own kind of id.
CREATE TABLE reactions (id bigint PRIMARY KEY, reaction_id bigint);
-- A free-text name beside a short key of another declared length is not a reference.
CREATE TABLE act_id_user (id_ varchar(64) PRIMARY KEY);
CREATE TABLE act_hi_comment (id_ varchar(64) PRIMARY KEY, user_id_ varchar(255));
CREATE TABLE act_hi_detail (id_ varchar(64) PRIMARY KEY);
-- Sharing a tenant-like column and a group name with another key is no evidence:
-- paused_trigger_grps is not named by trigger_group.
CREATE TABLE paused_trigger_grps (sched_name varchar(120) NOT NULL, trigger_group varchar(200) NOT NULL,
  PRIMARY KEY (sched_name, trigger_group));
CREATE TABLE triggers (sched_name varchar(120) NOT NULL, trigger_group varchar(200) NOT NULL, trigger_name varchar(200) NOT NULL,
  PRIMARY KEY (sched_name, trigger_name, trigger_group));
