package dev.lintel.app.baseline;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;

/** A deployed state and a later design of it, with one change of each kind the baseline features show. */
final class BaselineSchemas {
    static final String BEFORE_SQL = """
            CREATE TABLE customer (id bigint PRIMARY KEY, name text);
            CREATE TABLE orders (id bigint PRIMARY KEY, cust_id bigint NOT NULL REFERENCES customer (id), note text);
            CREATE TABLE legacy (id bigint PRIMARY KEY);
            """;
    // customer: email added, name made NOT NULL; orders: cust_id renamed (or dropped and added);
    // invoice added; legacy removed.
    static final String AFTER_SQL = """
            CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL, email text);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id), note text);
            CREATE TABLE invoice (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));
            """;
    // customer gains email, invoice is new, legacy is gone, orders is as it was: every change
    // PostgreSQL can make in place (new columns go last), so a migration reproduces it exactly.
    static final String EDITED_SQL = """
            CREATE TABLE customer (id bigint PRIMARY KEY, name text, email text);
            CREATE TABLE orders (id bigint PRIMARY KEY, cust_id bigint NOT NULL REFERENCES customer (id), note text);
            CREATE TABLE invoice (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));
            """;

    private BaselineSchemas() {
    }

    static Schema before() {
        return parse(BEFORE_SQL);
    }

    static Schema after() {
        return parse(AFTER_SQL);
    }

    static Schema parse(String sql) {
        return new DdlImporter().importText(sql, "test.sql", Dialect.POSTGRES).schema();
    }
}
