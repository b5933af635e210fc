package dev.lintel.model.ddl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL rendering of the full sample, loaded into a real server and read back from
 * pg_catalog: every fact the model states must be what the database now holds.
 */
class PostgresOracleTest {
    private static LocalPostgres server;
    private static Connection db;

    @BeforeAll
    static void loadSample() throws Exception {
        server = LocalPostgres.start();
        db = server.newDatabase();
        String sql = new DdlRenderer().render(SampleSchemas.postgresSample(), Dialect.POSTGRES).sql();
        try (var st = db.createStatement()) {
            st.execute(sql);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (db != null) {
            db.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void columnsHaveTheirTypesDefaultsIdentityGenerationAndCollation() throws SQLException {
        assertEquals(List.of(
                "id|bigint|not null|nextval('account_id_seq'::regclass)|||",
                "email|character varying(255)|not null||||C",
                "created_at|timestamp(3) with time zone|not null|now()|||",
                "mood|mood||'happy'::mood|||",
                "score|small_positive|||||",
                "tags|text[]||'{}'::text[]|||",
                "email_lower|text||lower((email)::text)||s|",
                "balance|numeric(12,2)|not null|0|||",
                "last_invoice_id|integer|||||"), columns("public", "account"));
        assertEquals(List.of(
                "id|integer|not null||a||",
                "number|bigint|not null|nextval('billing.invoice_number_seq'::regclass)|||",
                "account_id|bigint|not null||||",
                "amount|numeric(10,2)|not null||||",
                "status|character varying(20)|not null|'open'::character varying|||",
                "issued_on|date|||||"), columns("billing", "invoice"));
        assertEquals(List.of("key|text|not null||||", "value|bytea|||||", "token|uuid||gen_random_uuid()|||"),
                columns("public", "session_cache"));
        assertEquals(List.of("room|integer|not null||||", "during|tsrange|not null||||"), columns("public", "booking"));
        assertEquals(List.of("name|text|not null||||", "salary|numeric|||||"), columns("public", "employee"));
        assertEquals(List.of(List.of("START WITH 100 INCREMENT BY 10 (identity)")), rows(
                "SELECT 'START WITH ' || seqstart || ' INCREMENT BY ' || seqincrement || ' (identity)' FROM pg_sequence "
                        + "WHERE seqrelid = pg_get_serial_sequence('billing.invoice', 'id')::regclass"));
    }

    @Test
    void tableConstraintsAreExactlyTheModelled() throws SQLException {
        assertEquals(List.of(
                "account|account_balance_check|CHECK ((balance >= (0)::numeric))",
                "account|account_email_key|UNIQUE NULLS NOT DISTINCT (email)",
                "account|account_last_invoice_id_fkey|FOREIGN KEY (last_invoice_id) REFERENCES billing.invoice(id) "
                        + "MATCH FULL ON DELETE SET NULL NOT VALID",
                "account|account_pkey|PRIMARY KEY (id)",
                "billing.invoice|invoice_account_id_fkey|FOREIGN KEY (account_id) REFERENCES account(id) "
                        + "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED",
                "billing.invoice|invoice_amount_check|CHECK ((amount > (0)::numeric)) NOT VALID",
                "billing.invoice|invoice_number_key|UNIQUE (number) DEFERRABLE",
                "billing.invoice|invoice_pkey|PRIMARY KEY (id)",
                // PostgreSQL re-deparses the array; the same predicate.
                "billing.invoice|invoice_status_check|CHECK (((status)::text = ANY (ARRAY[('open'::character varying)::text, "
                        + "('paid'::character varying)::text])))",
                "booking|booking_room_during_excl|EXCLUDE USING gist (room WITH =, during WITH &&)",
                "employee|person_name_check|CHECK ((name <> ''::text))",
                "event|event_pkey|PRIMARY KEY (id, at)",
                "event_2024|event_2024_pkey|PRIMARY KEY (id, at)",
                "event_default|event_default_pkey|PRIMARY KEY (id, at)",
                "person|person_name_check|CHECK ((name <> ''::text))",
                "session_cache|session_cache_pkey|PRIMARY KEY (key)"),
                strings(rows("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                        + "WHERE conrelid <> 0 AND connamespace IN ('public'::regnamespace, 'billing'::regnamespace) "
                        + "ORDER BY conrelid::regclass::text, conname")));
    }

    @Test
    void indexesHaveMethodKeysOrderingIncludeAndPredicate() throws SQLException {
        assertEquals(List.of(
                "CREATE INDEX account_created_idx ON public.account USING btree (created_at DESC NULLS LAST) INCLUDE (balance)",
                "CREATE INDEX account_email_lower_idx ON public.account USING btree (lower((email)::text))",
                "CREATE INDEX account_email_pattern_idx ON public.account USING btree (email COLLATE \"POSIX\" varchar_pattern_ops)",
                "CREATE INDEX account_tags_idx ON public.account USING gin (tags)",
                "CREATE INDEX event_at_idx ON ONLY public.event USING btree (at)",
                "CREATE UNIQUE INDEX invoice_issued_unique ON billing.invoice USING btree (account_id, issued_on) NULLS NOT DISTINCT",
                "CREATE INDEX invoice_open_idx ON billing.invoice USING btree (account_id) INCLUDE (amount) "
                        + "WHERE ((status)::text = 'open'::text)"),
                strings(rows("SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                        + "WHERE c.relname IN ('account_created_idx', 'account_email_lower_idx', 'account_email_pattern_idx', "
                        + "'account_tags_idx', 'event_at_idx', 'invoice_issued_unique', 'invoice_open_idx') ORDER BY c.relname")));
    }

    @Test
    void typesDomainsAndSequencesAreAsModelled() throws SQLException {
        assertEquals(List.of(List.of("{happy,sad,\"it's complicated\"}")), rows("SELECT enum_range(NULL::public.mood)::text"));
        assertEquals(List.of(
                "positive_int|integer|f||positive_int_check|CHECK ((VALUE > 0))",
                // Over a domain, PostgreSQL shows VALUE cast to the base type.
                "small_positive|positive_int|t|1|small_positive_check|CHECK (((VALUE)::integer < 100))",
                "small_positive|positive_int|t|1|small_positive_odd|CHECK ((((VALUE)::integer % 2) = 1)) NOT VALID"),
                strings(rows("SELECT t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull, t.typdefault, "
                        + "c.conname, pg_get_constraintdef(c.oid) FROM pg_type t JOIN pg_constraint c ON c.contypid = t.oid "
                        + "WHERE t.typtype = 'd' AND t.typnamespace = 'public'::regnamespace ORDER BY 1, 5")));
        assertEquals(List.of("bigint|1000|1|1|9223372036854775807|10|f|billing.invoice_number_seq"),
                strings(rows("SELECT format_type(seqtypid, NULL), seqstart, seqincrement, seqmin, seqmax, seqcache, seqcycle, "
                        + "pg_get_serial_sequence('billing.invoice', 'number') FROM pg_sequence "
                        + "WHERE seqrelid = 'billing.invoice_number_seq'::regclass")));
    }

    @Test
    void partitionsInheritanceAndPersistenceAreAsModelled() throws SQLException {
        assertEquals(List.of(List.of("RANGE (at)")), rows("SELECT pg_get_partkeydef('public.event'::regclass)"));
        assertEquals(List.of("event_2024|FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')",
                        "event_default|DEFAULT"),
                strings(rows("SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i "
                        + "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'public.event'::regclass ORDER BY 1")));
        assertEquals(List.of(List.of("employee")), rows("SELECT inhrelid::regclass::text FROM pg_inherits "
                + "WHERE inhparent = 'public.person'::regclass"));
        assertEquals(List.of(List.of("u")), rows("SELECT relpersistence::text FROM pg_class WHERE oid = 'public.session_cache'::regclass"));
    }

    @Test
    void viewsMaterializedViewsCommentsAndOpaqueObjectsAreThere() throws SQLException {
        assertEquals(List.of("big_open_invoices|v|t", "open_invoices|v|t", "account_totals|m|f"),
                strings(rows("SELECT relname, relkind::text, relispopulated FROM pg_class WHERE relkind IN ('v', 'm') "
                        + "AND relnamespace = 'public'::regnamespace ORDER BY relkind DESC, relname")));
        assertEquals(List.of(List.of("{security_barrier=true}")),
                rows("SELECT reloptions::text FROM pg_class WHERE oid = 'public.open_invoices'::regclass"));
        assertEquals(List.of(
                "money matters", "how it feels", "strictly positive", "invoice numbers, never reused",
                "A customer's account. It's \"the\" root; 100% important.", "login; unique even when NULL",
                "refreshed nightly", "open invoices over 1000"),
                strings(rows("SELECT obj_description('billing'::regnamespace, 'pg_namespace') UNION ALL "
                        + "SELECT obj_description('public.mood'::regtype, 'pg_type') UNION ALL "
                        + "SELECT obj_description('public.positive_int'::regtype, 'pg_type') UNION ALL "
                        + "SELECT obj_description('billing.invoice_number_seq'::regclass, 'pg_class') UNION ALL "
                        + "SELECT obj_description('public.account'::regclass, 'pg_class') UNION ALL "
                        + "SELECT col_description('public.account'::regclass, 2) UNION ALL "
                        + "SELECT obj_description('public.account_totals'::regclass, 'pg_class') UNION ALL "
                        + "SELECT obj_description('public.big_open_invoices'::regclass, 'pg_class')")));
        assertEquals(List.of(List.of("invoice_touch", "touch_invoice")), rows("SELECT t.tgname, p.proname FROM pg_trigger t "
                + "JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = 'billing.invoice'::regclass AND NOT t.tgisinternal"));
    }

    /** One line per column: name|type|not null|default|identity|generated|collation (non-default only). */
    private static List<String> columns(String schema, String table) throws SQLException {
        return strings(rows("SELECT a.attname, format_type(a.atttypid, a.atttypmod), "
                + "CASE WHEN a.attnotnull THEN 'not null' ELSE '' END, coalesce(pg_get_expr(d.adbin, d.adrelid), ''), "
                + "a.attidentity::text, a.attgenerated::text, coalesce(co.collname, '') "
                + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                + "LEFT JOIN pg_type ty ON ty.oid = a.atttypid "
                + "LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> ty.typcollation "
                + "WHERE c.oid = (quote_ident('" + schema + "') || '.' || quote_ident('" + table + "'))::regclass "
                + "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"));
    }

    private static List<List<String>> rows(String sql) throws SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    private static List<String> strings(List<List<String>> rows) {
        return rows.stream().map(r -> String.join("|", r.stream().map(v -> v == null ? "" : v).toList())).toList();
    }
}
