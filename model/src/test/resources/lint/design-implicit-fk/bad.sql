-- Each table below leaves out the foreign key its column names; bad.expected lists them.
CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL UNIQUE,
  manager_id bigint                     -- a person's role in the table of people: users itself
);
CREATE TABLE posts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL,              -- <table>_id
  created_by bigint,                    -- <verb>_by: the table of people
  support_rep_id bigint,                -- a person's role
  category_id bigint,                   -- plural ending -ies
  title text NOT NULL
);
CREATE TABLE categories (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  parent_id bigint                      -- parent_id: the table itself
);
CREATE TABLE people (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL
);
CREATE TABLE photos (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "personId" bigint                     -- camelCase, people/person
);
-- A prefix most tables share is the schema's naming scheme: customer_id names app_customers.
CREATE TABLE app_customers (id integer PRIMARY KEY, name text);
CREATE TABLE app_orders (id integer PRIMARY KEY, customer_id integer, billtoaddressid integer);
CREATE TABLE app_settings (id integer PRIMARY KEY, value text);
-- A distinctive key name, with a role before it in one word.
CREATE TABLE address (addressid integer PRIMARY KEY, city text);
-- Connections live in connection groups: their parent is a group.
CREATE TABLE connection (id integer PRIMARY KEY, parent_id integer);
CREATE TABLE connection_group (id integer PRIMARY KEY, parent_id integer);
-- The schema abbreviates distribution_set as ds (table ds_tag); vuln abbreviates vulnerability.
CREATE TABLE distribution_set (id bigint PRIMARY KEY, name text);
CREATE TABLE ds_tag (ds bigint NOT NULL, tag text NOT NULL, PRIMARY KEY (ds, tag));
CREATE TABLE vulnerability_record (id bigint PRIMARY KEY, cve text);
CREATE TABLE report_record (report text PRIMARY KEY, vuln_record_id bigint);
-- Subtypes share the key name businessentityid: contactphone is named after contact, the subtypes
-- themselves after businessentity.
CREATE TABLE businessentity (businessentityid integer PRIMARY KEY);
CREATE TABLE contact (businessentityid integer PRIMARY KEY, firstname text);
CREATE TABLE vendor (businessentityid integer PRIMARY KEY, accountnumber text);
CREATE TABLE contactphone (businessentityid integer NOT NULL, phonenumber text NOT NULL, PRIMARY KEY (businessentityid, phonenumber));
-- The primary key has another type than the column: the unique key it fits.
CREATE TABLE login_sessions (id bigint PRIMARY KEY, login_id uuid NOT NULL UNIQUE);
CREATE TABLE user_events (id bigint PRIMARY KEY, login_session_id uuid);
-- Multi-column key, named after its table by its columns.
CREATE TABLE job_details (sched_name varchar(120) NOT NULL, job_name varchar(200) NOT NULL,
  job_group varchar(200) NOT NULL, PRIMARY KEY (sched_name, job_name, job_group));
CREATE TABLE triggers (sched_name varchar(120) NOT NULL, trigger_name varchar(200) NOT NULL,
  trigger_group varchar(200) NOT NULL, job_name varchar(200) NOT NULL, job_group varchar(200) NOT NULL,
  PRIMARY KEY (sched_name, trigger_name, trigger_group));
CREATE TABLE simple_triggers (sched_name varchar(120) NOT NULL, trigger_name varchar(200) NOT NULL,
  trigger_group varchar(200) NOT NULL, repeat_count bigint NOT NULL,
  PRIMARY KEY (sched_name, trigger_name, trigger_group));
