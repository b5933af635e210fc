package dev.lintel.model.schema;

import java.util.List;

/** Schemas built in code, covering every kind of object, for tests that must not depend on the importer. */
public final class TestSchemas {
    private TestSchemas() {
    }

    public static Schema shop() {
        QualifiedName users = QualifiedName.of("public", "users");
        QualifiedName orders = QualifiedName.of("public", "orders");
        QualifiedName status = QualifiedName.of("public", "order_status");
        Table usersTable = Table.builder(users)
                .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false).withIdentity(Identity.always()))
                .addColumn(Column.of("email", DataType.of("varchar", "255")).withNullable(false).withComment("login, case-insensitive"))
                .addColumn(Column.of("created_at", DataType.of("timestamptz")).withNullable(false).withDefault("now()"))
                .primaryKey(PrimaryKey.of("users_pkey", "id"))
                .addIndex(new Index("users_email_lower_idx", true, "btree", List.of(IndexKey.expression("lower(email)")),
                        List.of(), null, false))
                .comment("People who can sign in")
                .build();
        Table ordersTable = Table.builder(orders)
                .addColumn(Column.of("id", DataType.of("integer")).withNullable(false).withSerial(Column.SerialKind.SERIAL))
                .addColumn(Column.of("user_id", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("status", DataType.userDefined(status)).withNullable(false).withDefault("'new'"))
                .addColumn(Column.of("total", DataType.of("numeric", "12", "2")).withNullable(false))
                .addColumn(Column.of("tags", DataType.of("text").asArray(1)))
                .primaryKey(PrimaryKey.of("orders_pkey", "id"))
                .addForeignKey(ForeignKey.of("orders_user_id_fkey", List.of("user_id"), users, List.of("id"))
                        .withActions(ForeignKey.Action.CASCADE, ForeignKey.Action.NO_ACTION))
                .addCheck(CheckConstraint.of("orders_total_check", "total >= 0"))
                .addIndex(new Index("orders_open_idx", false, "btree",
                        List.of(IndexKey.column("user_id"), IndexKey.column("id").descending()), List.of("total"),
                        "status <> 'done'", false))
                .build();
        return Schema.empty()
                .withExtensions(List.of(new Extension("pgcrypto", null, null)))
                .withEnums(List.of(new EnumType(status, List.of("new", "paid", "done"), "Order lifecycle")))
                .withDomains(List.of(new Domain(QualifiedName.of("public", "positive_int"), DataType.of("integer"), false, null,
                        null, List.of(CheckConstraint.of("positive_int_check", "VALUE > 0")), null)))
                .withSequences(List.of(Sequence.of(QualifiedName.of("public", "invoice_no")).withComment("gapless-ish")))
                .withTables(List.of(ordersTable, usersTable))
                .withViews(List.of(View.of(QualifiedName.of("public", "open_orders"),
                        "SELECT id, user_id FROM orders WHERE status <> 'done'")))
                .withOpaqueObjects(List.of(new OpaqueObject("FUNCTION", QualifiedName.of("public", "touch"),
                        "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$")))
                .normalize();
    }
}
