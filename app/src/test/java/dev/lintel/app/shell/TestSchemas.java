package dev.lintel.app.shell;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import dev.lintel.model.schema.View;
import java.util.List;

/** Schemas built directly from the model records, so app tests do not depend on the DDL importer. */
public final class TestSchemas {
    public static final QualifiedName USERS = QualifiedName.of("public", "users");
    public static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    public static final QualifiedName ORDER_ITEMS = QualifiedName.of("public", "order_items");

    private TestSchemas() {
    }

    /** users, orders, order_items (composite PK, FK without index), an enum and a view. */
    public static Schema shop() {
        QualifiedName status = QualifiedName.of("public", "order_status");
        Table users = Table.builder(USERS)
                .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("email", DataType.of("varchar", "255")).withNullable(false))
                .addColumn(Column.of("created_at", DataType.of("timestamp")))
                .primaryKey(PrimaryKey.of("users_pkey", "id"))
                .addUnique(UniqueConstraint.of("users_email_key", "email"))
                .comment("People who sign in.")
                .build();
        Table orders = Table.builder(ORDERS)
                .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("user_id", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("status", DataType.userDefined(status)).withNullable(false).withDefault("'pending'"))
                .addColumn(Column.of("total", DataType.of("numeric", "12", "2")).withNullable(false))
                .primaryKey(PrimaryKey.of("orders_pkey", "id"))
                .addForeignKey(ForeignKey.of("orders_user_id_fkey", List.of("user_id"), USERS, List.of("id"))
                        .withActions(ForeignKey.Action.CASCADE, ForeignKey.Action.NO_ACTION))
                .addCheck(CheckConstraint.of("orders_total_check", "total >= 0"))
                .addIndex(Index.on("orders_user_id_idx", false, "user_id"))
                .build();
        Table items = Table.builder(ORDER_ITEMS)
                .addColumn(Column.of("order_id", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("line_no", DataType.of("smallint")).withNullable(false))
                .addColumn(Column.of("quantity", DataType.of("integer")).withNullable(false))
                .primaryKey(PrimaryKey.of("order_items_pkey", "order_id", "line_no"))
                .addForeignKey(ForeignKey.of("order_items_order_id_fkey", List.of("order_id"), ORDERS, List.of("id")))
                .build();
        return Schema.ofTables(List.of(users, orders, items))
                .withEnums(List.of(new EnumType(status, List.of("pending", "paid"), null)))
                .withViews(List.of(View.of(QualifiedName.of("public", "open_orders"),
                        "SELECT * FROM orders WHERE status = 'pending'")))
                .normalize();
    }
}
