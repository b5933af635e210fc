package dev.lintel.model.jpa;

import dev.lintel.model.dialect.Dialect;
import java.util.Objects;

/**
 * @param naming how names are derived (Spring Boot's default, or plain JPA/Hibernate)
 * @param dialect the database the schema is for: types and name folding follow its Hibernate dialect
 * @param hibernate whose schema export to reproduce (7.x by default)
 */
public record JpaImportOptions(JpaNaming naming, Dialect dialect, HibernateVersion hibernate) {
    public JpaImportOptions {
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(hibernate, "hibernate");
        if (dialect == Dialect.MYSQL) {
            throw new IllegalArgumentException("JPA import supports PostgreSQL and H2");
        }
    }

    public JpaImportOptions(JpaNaming naming, Dialect dialect) {
        this(naming, dialect, HibernateVersion.V7);
    }

    public static JpaImportOptions defaults() {
        return new JpaImportOptions(JpaNaming.SPRING, Dialect.POSTGRES);
    }
}
