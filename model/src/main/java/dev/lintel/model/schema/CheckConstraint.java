package dev.lintel.model.schema;

import java.util.Objects;

/** A CHECK constraint; {@code expression} is the SQL text inside the parentheses. */
public record CheckConstraint(String name, String expression, boolean notValid, boolean noInherit) implements Constraint {
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }

    public static CheckConstraint of(String name, String expression) {
        return new CheckConstraint(name, expression, false, false);
    }

    public CheckConstraint withName(String v) {
        return new CheckConstraint(v, expression, notValid, noInherit);
    }

    public CheckConstraint withNotValid(boolean v) {
        return new CheckConstraint(name, expression, v, noInherit);
    }
}
