package dev.lintel.model.ddl.render;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Column.SerialKind;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Deferrability;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.Namespace;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import dev.lintel.model.schema.View;
import java.util.List;

/** A design read from H2 (names upper-case as H2 stores them) using every construct H2 can express. */
final class H2Samples {
    private H2Samples() {
    }

    static final QualifiedName STATUS = QualifiedName.of("PUBLIC", "STATUS");
    static final QualifiedName POSITIVE = QualifiedName.of("PUBLIC", "POSITIVE");
    static final QualifiedName PERCENT = QualifiedName.of("PUBLIC", "PERCENT");
    static final QualifiedName ORDER_NO = QualifiedName.of("SALES", "ORDER_NO");
    static final QualifiedName CUSTOMER = QualifiedName.of("SALES", "CUSTOMER");
    static final QualifiedName ORDER = QualifiedName.of("SALES", "ORDER");

    static Schema sample() {
        Table customer = Table.builder(CUSTOMER)
                .addColumn(Column.of("ID", DataType.of("bigint")).withSerial(SerialKind.BIGSERIAL).withNullable(false))
                .addColumn(Column.of("NAME", DataType.of("varchar", "100")).withNullable(false).withComment("display name"))
                .addColumn(Column.of("EMAIL", DataType.of("varchar", "200")))
                .addColumn(Column.of("CREATED", DataType.of("timestamptz", "3")).withNullable(false).withDefault("now()"))
                .addColumn(Column.of("STATUS", DataType.userDefined(STATUS)).withDefault("'new'"))
                .addColumn(Column.of("DISCOUNT", DataType.userDefined(PERCENT)))
                .addColumn(Column.of("TAGS", DataType.of("varchar", "20").asArray(1)))
                .addColumn(Column.of("PROFILE", DataType.of("jsonb")))
                .addColumn(Column.of("TOKEN", DataType.of("uuid")).withDefault("gen_random_uuid()"))
                .addColumn(Column.of("NAME_UPPER", DataType.of("varchar", "100")).withGenerated("UPPER(NAME)"))
                .addColumn(Column.of("FAVOURITE_ORDER_ID", DataType.of("integer")))
                .primaryKey(PrimaryKey.of("CUSTOMER_PKEY", "ID"))
                .addUnique(new UniqueConstraint("CUSTOMER_EMAIL_KEY", List.of("EMAIL"), true, Deferrability.NOT_DEFERRABLE))
                .addCheck(CheckConstraint.of("CUSTOMER_NAME_CHECK", "CHAR_LENGTH(NAME) > 0"))
                .addForeignKey(ForeignKey.of("CUSTOMER_FAVOURITE_ORDER_ID_FKEY", List.of("FAVOURITE_ORDER_ID"), ORDER, List.of("ID"))
                        .withActions(ForeignKey.Action.SET_NULL, ForeignKey.Action.NO_ACTION))
                .addIndex(Index.on("CUSTOMER_NAME_IDX", true, "NAME", "EMAIL"))
                .comment("people who order")
                .build();
        Table order = Table.builder(ORDER)
                .addColumn(Column.of("ID", DataType.of("integer")).withNullable(false)
                        .withIdentity(new Identity(Identity.Generation.ALWAYS, "START WITH 100 INCREMENT BY 10")))
                .addColumn(Column.of("NO", DataType.of("bigint")).withNullable(false).withDefault("NEXT VALUE FOR SALES.ORDER_NO"))
                .addColumn(Column.of("CUSTOMER_ID", DataType.of("bigint")).withNullable(false))
                .addColumn(Column.of("AMOUNT", DataType.of("numeric", "10", "2")).withNullable(false).withDefault("0"))
                .addColumn(Column.of("PLACED", DataType.of("date")))
                .addColumn(Column.of("NOTE", DataType.of("text")))
                .primaryKey(PrimaryKey.of("ORDER_PKEY", "ID"))
                .addUnique(UniqueConstraint.of("ORDER_NO_KEY", "NO"))
                .addCheck(CheckConstraint.of("ORDER_AMOUNT_CHECK", "AMOUNT >= 0"))
                .addForeignKey(ForeignKey.of("ORDER_CUSTOMER_ID_FKEY", List.of("CUSTOMER_ID"), CUSTOMER, List.of("ID"))
                        .withActions(ForeignKey.Action.CASCADE, ForeignKey.Action.RESTRICT))
                .addIndex(new Index("ORDER_CUSTOMER_PLACED_IDX", false, "btree", List.of(IndexKey.column("CUSTOMER_ID"),
                        new IndexKey("PLACED", null, null, null, IndexKey.SortOrder.DESC, IndexKey.NullsOrder.FIRST)),
                        List.of(), null, false))
                .addIndex(new Index("ORDER_NOTE_IDX", true, "btree", List.of(new IndexKey("NOTE", null, null, null,
                        IndexKey.SortOrder.ASC, IndexKey.NullsOrder.LAST)), List.of(), null, true))
                .build();
        return new Schema(
                List.of(new Namespace("SALES", "the shop")),
                List.of(),
                List.of(new EnumType(STATUS, List.of("new", "paid", "it's gone"), null)),
                List.of(new Domain(PERCENT, DataType.userDefined(POSITIVE), false, "50", null,
                                List.of(CheckConstraint.of("PERCENT_CHECK", "VALUE <= 100")), "a share"),
                        new Domain(POSITIVE, DataType.of("integer"), false, null, null,
                                List.of(CheckConstraint.of("POSITIVE_CHECK", "VALUE > 0")), null)),
                List.of(new Sequence(ORDER_NO, DataType.of("bigint"), 10L, 5L, 1L, 1_000_000L, 20L, true, null, "order numbers")),
                List.of(customer, order),
                List.of(new View(QualifiedName.of("SALES", "BIG_ORDERS"), "SELECT ID, AMOUNT FROM SALES.ALL_ORDERS WHERE AMOUNT > 100",
                                false, List.of(), null, true, "orders over 100"),
                        new View(QualifiedName.of("SALES", "ALL_ORDERS"), "SELECT ID, AMOUNT, CUSTOMER_ID FROM SALES.\"ORDER\"",
                                false, List.of(), null, true, null)),
                List.of()).normalize();
    }
}
