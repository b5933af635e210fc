package dev.lintel.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Constraint commands of the inspector, without a window: unique, check and foreign key added and dropped, each one undo step. */
class ConstraintEditingTest {
    private static final QualifiedName USERS = QualifiedName.of("public", "users");

    private final MainWindowViewModel window = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
            DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
    private ConstraintEditing constraints;
    private Schema original;

    @BeforeEach
    void selectOrders() {
        window.importDdlText("""
                CREATE TABLE users (id bigint PRIMARY KEY, email text);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, tenant_id bigint, total numeric);
                """);
        window.select("table:public.orders");
        constraints = window.inspector().constraintEditing();
        original = schema();
    }

    @Test
    void addsAUniqueConstraintOnSeveralColumns() {
        assertEquals(FieldMessage.NONE, constraints.addUnique("", "tenant_id, user_id"));
        assertEquals("orders_tenant_id_user_id_key", orders().uniqueConstraints().get(0).name());
        assertEquals(List.of("tenant_id", "user_id"), orders().uniqueConstraints().get(0).columns());
        window.editor().undo();
        assertEquals(original, schema());
    }

    @Test
    void addsACheckNamedAfterItsFirstColumnThenDropsIt() {
        assertEquals(FieldMessage.NONE, constraints.addCheck("", "total >= 0"));
        assertEquals(List.of(CheckConstraint.of("orders_total_check", "total >= 0")), orders().checks());
        assertEquals("Undo Add check orders_total_check", window.editor().undoTextProperty().get());
        Schema withCheck = schema();
        assertEquals(FieldMessage.NONE, constraints.dropConstraint("orders_total_check"));
        assertEquals(List.of(), orders().checks());
        window.editor().undo();
        assertEquals(withCheck, schema());
        window.editor().undo();
        assertEquals(original, schema());
    }

    @Test
    void addsAForeignKeyToThePrimaryKeyWithActions() {
        assertEquals(FieldMessage.NONE, constraints.addForeignKey(new ForeignKeyForm("", "user_id", "users", "", "CASCADE", "")));
        ForeignKey fk = orders().foreignKeys().get(0);
        assertEquals(ForeignKey.of("orders_user_id_fkey", List.of("user_id"), USERS, List.of("id"))
                .withActions(ForeignKey.Action.CASCADE, ForeignKey.Action.NO_ACTION), fk);
        window.editor().undo();
        assertEquals(original, schema());
    }

    @Test
    void invalidFieldsShowTheirMessageAndMakeNoEdit() {
        assertEquals(FieldMessage.error("Table orders has no column nope"), constraints.addUnique("", "nope"));
        assertEquals(FieldMessage.error("At least one column is required"), constraints.addUnique("", " "));
        assertEquals(FieldMessage.error("The expression ends after '>=': an operand must follow it"), constraints.addCheck("", "total >="));
        assertEquals(FieldMessage.error("Use letters, digits and _ only, starting with a letter or _"), constraints.addCheck("bad name", "total > 0"));
        assertEquals(FieldMessage.error("There is no table customers"),
                constraints.addForeignKey(new ForeignKeyForm("", "user_id", "customers", "", "", "")));
        assertEquals(FieldMessage.error("Table users has no column uid"),
                constraints.addForeignKey(new ForeignKeyForm("", "user_id", "public.users", "uid", "", "")));
        assertEquals(FieldMessage.error("2 column(s) cannot reference 1 column(s)"),
                constraints.addForeignKey(new ForeignKeyForm("", "user_id, tenant_id", "users", "", "", "")));
        assertEquals(original, schema());
        assertFalse(window.editor().canUndoProperty().get());
    }

    private Schema schema() {
        return window.schemaProperty().get();
    }

    private Table orders() {
        return schema().table(QualifiedName.of("public", "orders")).orElseThrow();
    }
}
