package dev.lintel.model.jpa;

/**
 * How entity and attribute names become table and column names.
 *
 * <ul>
 *   <li>{@link #SPRING}: what a Spring Boot application gets by default
 *       ({@code CamelCaseToUnderscoresNamingStrategy} + {@code SpringImplicitNamingStrategy}):
 *       {@code orderLine} becomes {@code order_line}, join tables are {@code <owning table>_<attribute>}.</li>
 *   <li>{@link #JPA}: plain JPA/Hibernate defaults: the logical names as they are
 *       ({@code OrderLine}, folded by the database), join tables {@code <owning table>_<target table>}.</li>
 * </ul>
 */
public enum JpaNaming {
    SPRING, JPA;
}
