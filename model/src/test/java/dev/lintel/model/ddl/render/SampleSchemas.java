package dev.lintel.model.ddl.render;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Column.SerialKind;
import dev.lintel.model.schema.ColumnRef;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Deferrability;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.Extension;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.Namespace;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import dev.lintel.model.schema.View;
import java.util.List;

/** Model-built schemas that exercise every construct the renderer knows, as an importer would produce them. */
final class SampleSchemas {
    private SampleSchemas() {
    }

    static QualifiedName pub(String name) {
        return QualifiedName.of("public", name);
    }

    static QualifiedName billing(String name) {
        return QualifiedName.of("billing", name);
    }

    static final QualifiedName MOOD = pub("mood");
    static final QualifiedName POSITIVE_INT = pub("positive_int");
    static final QualifiedName SMALL_POSITIVE = pub("small_positive");
    static final QualifiedName ACCOUNT = pub("account");
    static final QualifiedName INVOICE = billing("invoice");
    static final QualifiedName BOOKING = pub("booking");
    static final QualifiedName EVENT = pub("event");
    static final QualifiedName PERSON = pub("person");
    static final QualifiedName EMPLOYEE = pub("employee");

    /** A PostgreSQL design: every construct, in the normalized form importers return. */
    static Schema postgresSample() {
        Domain positiveInt = new Domain(POSITIVE_INT, DataType.of("integer"), false, null, null,
                List.of(CheckConstraint.of("positive_int_check", "VALUE > 0")), "strictly positive");
        Domain smallPositive = new Domain(SMALL_POSITIVE, DataType.userDefined(POSITIVE_INT), true, "1", null,
                List.of(CheckConstraint.of("small_positive_check", "VALUE < 100"),
                        CheckConstraint.of("small_positive_odd", "VALUE % 2 = 1").withNotValid(true)), null);

        Sequence invoiceNumbers = new Sequence(billing("invoice_number_seq"), DataType.of("bigint"), 1000L, 1L, 1L,
                null, 10L, false, new ColumnRef(INVOICE, "number"), "invoice numbers, never reused");

        Table account = Table.builder(ACCOUNT)
                .addColumn(Column.of("id", DataType.of("bigint")).withSerial(SerialKind.BIGSERIAL).withNullable(false))
                .addColumn(Column.of("email", DataType.of("varchar", "255")).withNullable(false).withCollation("C")
                        .withComment("login; unique even when NULL"))
                .addColumn(Column.of("created_at", DataType.of("timestamptz", "3")).withNullable(false).withDefault("now()"))
                .addColumn(Column.of("mood", DataType.userDefined(MOOD)).withDefault("'happy'::mood"))
                .addColumn(Column.of("score", DataType.userDefined(SMALL_POSITIVE)))
                .addColumn(Column.of("tags", DataType.of("text").asArray(1)).withDefault("'{}'::text[]"))
                .addColumn(Column.of("email_lower", DataType.of("text")).withGenerated("lower((email)::text)"))
                .addColumn(Column.of("balance", DataType.of("numeric", "12", "2")).withNullable(false).withDefault("0"))
                .addColumn(Column.of("last_invoice_id", DataType.of("integer")))
                .primaryKey(PrimaryKey.of("account_pkey", "id"))
                .addUnique(new UniqueConstraint("account_email_key", List.of("email"), true, Deferrability.NOT_DEFERRABLE))
                .addCheck(CheckConstraint.of("account_balance_check", "balance >= (0)::numeric"))
                .addForeignKey(ForeignKey.of("account_last_invoice_id_fkey", List.of("last_invoice_id"), INVOICE, List.of("id"))
                        .withMatch(ForeignKey.Match.FULL).withNotValid(true).withActions(ForeignKey.Action.SET_NULL, ForeignKey.Action.NO_ACTION))
                .addIndex(new Index("account_email_lower_idx", false, "btree", List.of(IndexKey.expression("lower((email)::text)")),
                        List.of(), null, false))
                .addIndex(new Index("account_tags_idx", false, "gin", List.of(IndexKey.column("tags")), List.of(), null, false))
                .addIndex(new Index("account_created_idx", false, "btree",
                        List.of(new IndexKey("created_at", null, null, null, IndexKey.SortOrder.DESC, IndexKey.NullsOrder.LAST)),
                        List.of("balance"), null, false))
                .addIndex(new Index("account_email_pattern_idx", false, "btree",
                        List.of(new IndexKey("email", null, "POSIX", "varchar_pattern_ops", null, null)), List.of(), null, false))
                .comment("A customer's account. It's \"the\" root; 100% important.")
                .build();

        Table invoice = Table.builder(INVOICE)
                .addColumn(Column.of("id", DataType.of("integer")).withNullable(false)
                        .withIdentity(new Identity(Identity.Generation.ALWAYS, "START WITH 100 INCREMENT BY 10")))
                .addColumn(Column.of("number", DataType.of("bigint")).withNullable(false)
                        .withDefault("nextval('billing.invoice_number_seq'::regclass)"))
                .addColumn(Column.of("account_id", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("amount", DataType.of("numeric", "10", "2")).withNullable(false))
                .addColumn(Column.of("status", DataType.of("varchar", "20")).withNullable(false)
                        .withDefault("'open'::character varying"))
                .addColumn(Column.of("issued_on", DataType.of("date")))
                .primaryKey(PrimaryKey.of("invoice_pkey", "id"))
                .addUnique(new UniqueConstraint("invoice_number_key", List.of("number"), false,
                        Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE))
                .addCheck(CheckConstraint.of("invoice_amount_check", "amount > (0)::numeric").withNotValid(true))
                .addCheck(CheckConstraint.of("invoice_status_check",
                        "(status)::text = ANY ((ARRAY['open'::character varying, 'paid'::character varying])::text[])"))
                .addForeignKey(ForeignKey.of("invoice_account_id_fkey", List.of("account_id"), ACCOUNT, List.of("id"))
                        .withActions(ForeignKey.Action.CASCADE, ForeignKey.Action.NO_ACTION)
                        .withDeferrability(Deferrability.DEFERRABLE_INITIALLY_DEFERRED))
                .addIndex(new Index("invoice_open_idx", false, "btree", List.of(IndexKey.column("account_id")),
                        List.of("amount"), "(status)::text = 'open'::text", false))
                .addIndex(new Index("invoice_issued_unique", true, "btree",
                        List.of(IndexKey.column("account_id"), IndexKey.column("issued_on")), List.of(), null, true))
                .build();

        Table booking = Table.builder(BOOKING)
                .addColumn(Column.of("room", DataType.of("integer")).withNullable(false))
                .addColumn(Column.of("during", DataType.of("tsrange")).withNullable(false))
                .addExclusion(new ExclusionConstraint("booking_room_during_excl", "USING gist (room WITH =, during WITH &&)",
                        Deferrability.NOT_DEFERRABLE))
                .build();

        Table event = Table.builder(EVENT)
                .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("at", DataType.of("timestamptz")).withNullable(false))
                .addColumn(Column.of("payload", DataType.of("jsonb")))
                .primaryKey(PrimaryKey.of("event_pkey", "id", "at"))
                .partitionBy("RANGE (at)")
                .addIndex(Index.on("event_at_idx", false, "at"))
                .build();
        Table event2024 = Table.builder(pub("event_2024"))
                .partitionOf(EVENT, "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')")
                .build();
        Table eventDefault = Table.builder(pub("event_default")).partitionOf(EVENT, "DEFAULT").build();

        Table person = Table.builder(PERSON)
                .addColumn(Column.of("name", DataType.of("text")).withNullable(false))
                .addCheck(CheckConstraint.of("person_name_check", "name <> ''::text"))
                .build();
        Table employee = Table.builder(EMPLOYEE)
                .addColumn(Column.of("salary", DataType.of("numeric")))
                .inherits(List.of(PERSON))
                .build();

        Table sessionCache = Table.builder(pub("session_cache"))
                .addColumn(Column.of("key", DataType.of("text")).withNullable(false))
                .addColumn(Column.of("value", DataType.of("bytea")))
                .addColumn(Column.of("token", DataType.of("uuid")).withDefault("gen_random_uuid()"))
                .primaryKey(PrimaryKey.of("session_cache_pkey", "key"))
                .unlogged(true)
                .build();

        List<View> views = List.of(
                // Sorted by name, big_open_invoices would come first; it selects from open_invoices.
                new View(pub("big_open_invoices"), "SELECT id, amount FROM public.open_invoices WHERE amount > 1000",
                        false, List.of(), null, true, "open invoices over 1000"),
                new View(pub("open_invoices"), "SELECT i.id, i.account_id, i.amount FROM billing.invoice i WHERE i.status = 'open'",
                        false, List.of(), "security_barrier=true", true, null),
                new View(pub("account_totals"), "SELECT account_id, sum(amount) AS total FROM billing.invoice GROUP BY account_id",
                        true, List.of("account_id", "total"), null, false, "refreshed nightly"));

        List<OpaqueObject> opaque = List.of(
                new OpaqueObject("FUNCTION", pub("touch_invoice"), """
                        CREATE FUNCTION public.touch_invoice() RETURNS trigger
                            LANGUAGE plpgsql
                            AS $$
                        BEGIN
                          NEW.issued_on := coalesce(NEW.issued_on, current_date);
                          RETURN NEW;
                        END;
                        $$"""),
                new OpaqueObject("TRIGGER", billing("invoice_touch"),
                        "CREATE TRIGGER invoice_touch BEFORE INSERT ON billing.invoice FOR EACH ROW EXECUTE FUNCTION public.touch_invoice()"));

        return new Schema(
                List.of(new Namespace("billing", "money matters")),
                List.of(new Extension("btree_gist", null, null)),
                List.of(new EnumType(MOOD, List.of("happy", "sad", "it's complicated"), "how it feels")),
                List.of(positiveInt, smallPositive),
                List.of(invoiceNumbers),
                List.of(account, invoice, booking, event, event2024, eventDefault, person, employee, sessionCache),
                views,
                opaque).normalize();
    }
}
