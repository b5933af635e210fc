CREATE TABLE region (id int PRIMARY KEY, code text CONSTRAINT region_code_key UNIQUE);
CREATE TABLE store (id int PRIMARY KEY, region_code text CONSTRAINT store_region_fkey REFERENCES region (code), size int CONSTRAINT store_size_check CHECK (size > 0));
