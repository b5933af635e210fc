package dev.lintel.model.lint;

import static dev.lintel.model.lint.Schemas.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.*;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule on schemas an importer can legitimately produce but nobody designs on purpose. */
class OddSchemasTest {
    static Stream<Schema> oddSchemas() {
        Table empty = Table.builder(q("empty")).build();
        Table unknownTypes = table("geo", col("shape", "geometry"), col("tags", "text[]"))
                .addColumn(Column.of("mood", DataType.userDefined(QualifiedName.of("public", "missing_enum")))).build();
        Table danglingRefs = table("orphan", col("a", "int"))
                .primaryKey(PrimaryKey.of("orphan_pkey", "missing_col"))
                .addUnique(UniqueConstraint.of(null, "nope"))
                .addForeignKey(fk(null, List.of("a"), "no_such_table", List.of()))
                .addForeignKey(fk("wrong_arity", List.of("a", "b"), "geo", List.of("shape")))
                .addForeignKey(fk("no_cols", List.of(), "geo", List.of()))
                .addCheck(CheckConstraint.of(null, "a > 0 AND (b"))
                .addIndex(new Index("expr_only", true, "btree", List.of(IndexKey.expression("lower(x)")), List.of("ghost"), "(((", false))
                .addIndex(new Index("gin", false, "gin", List.of(IndexKey.column("ghost")), List.of(), "ghost IS NOT NULL", false))
                .build();
        Table unqualified = Table.builder(QualifiedName.unqualified("geo")).addColumn(col("id", "int"))
                .addForeignKey(ForeignKey.of("self", List.of("id"), QualifiedName.unqualified("geo"), List.of("id"))).build();
        Table partition = Table.builder(q("part_2024")).partitionOf(q("parted"), "DEFAULT").build();
        Schema withOpaque = Schema.ofTables(List.of(empty))
                .withOpaqueObjects(List.of(new OpaqueObject("FUNCTION", q("f"), "CREATE FUNCTION f() ...")));
        return Stream.of(
                Schema.empty(),
                Schema.ofTables(List.of(empty)),
                Schema.ofTables(List.of(unknownTypes, danglingRefs)),
                Schema.ofTables(List.of(unknownTypes, unknownTypes, unqualified)),
                Schema.ofTables(List.of(partition, unqualified)),
                withOpaque);
    }

    @ParameterizedTest
    @MethodSource("oddSchemas")
    void noRuleFailsOnOddSchemas(Schema schema) {
        for (Dialect d : Dialect.values()) {
            LintSettings everything = LintSettings.defaults().withTargetDialect(d);
            for (Rule r : RuleRegistry.all()) {
                everything = everything.withRule(r.id(), s -> s.withEnabled(true));
            }
            LintResult result = new Linter().lint(schema, everything);
            assertEquals(List.of(), result.failures());
        }
    }
}
