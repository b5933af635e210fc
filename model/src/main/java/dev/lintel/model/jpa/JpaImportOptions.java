package dev.lintel.model.jpa;

import dev.lintel.model.dialect.Dialect;
import java.util.Objects;

/**
 * @param naming how names are derived (Spring Boot's default, or plain JPA/Hibernate)
 * @param dialect the database the schema is for: types and name folding follow its Hibernate dialect
 */
public record JpaImportOptions(JpaNaming naming, Dialect dialect) {
    public JpaImportOptions {
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(dialect, "dialect");
        if (dialect == Dialect.MYSQL) {
            throw new IllegalArgumentException("JPA import supports PostgreSQL and H2");
        }
    }

    public static JpaImportOptions defaults() {
        return new JpaImportOptions(JpaNaming.SPRING, Dialect.POSTGRES);
    }
}
