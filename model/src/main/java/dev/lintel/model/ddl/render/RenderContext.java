package dev.lintel.model.ddl.render;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every renderer of one run shares: the target dialect and options, lookups into the
 * schema, identifier spelling, and the diagnostics gathered so far.
 */
final class RenderContext {
    private final Schema schema;
    private final Dialect target;
    private final RenderOptions options;
    private final Map<QualifiedName, EnumType> enums = new HashMap<>();
    private final Map<QualifiedName, Domain> domains = new HashMap<>();
    private final Map<QualifiedName, Table> tables;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    RenderContext(Schema schema, Dialect target, RenderOptions options) {
        this.schema = schema;
        this.target = target;
        this.options = options;
        schema.enums().forEach(e -> enums.put(e.name(), e));
        schema.domains().forEach(d -> domains.put(d.name(), d));
        this.tables = schema.tablesByName();
    }

    Schema schema() {
        return schema;
    }

    Dialect target() {
        return target;
    }

    RenderOptions options() {
        return options;
    }

    boolean is(Dialect d) {
        return target == d;
    }

    /** True when the model was read from another dialect than the one written. */
    boolean crossDialect() {
        return options.sourceDialect() != null && options.sourceDialect() != target;
    }

    /**
     * Whether a constraint named exactly as PostgreSQL would name it unnamed is written without a
     * name, so the target applies its own default naming. Importers give every unnamed constraint
     * PostgreSQL's name (docs/model-conventions.md); that name is real only in a PostgreSQL
     * database. So it stays explicit for PostgreSQL, and for other targets when the model came from
     * PostgreSQL (the source database really carries it). When the source is another dialect the
     * name was implied, not chosen: H2 would have called it {@code CONSTRAINT_xx}, MySQL
     * {@code t_ibfk_1}. An unknown source (null) keeps names exactly as stored.
     */
    boolean leavesDefaultConstraintNamesToTarget() {
        Dialect source = options.sourceDialect();
        return source != null && source != Dialect.POSTGRES && !is(Dialect.POSTGRES);
    }

    EnumType enumType(QualifiedName name) {
        return name == null ? null : enums.get(name);
    }

    Domain domain(QualifiedName name) {
        return name == null ? null : domains.get(name);
    }

    Table table(QualifiedName name) {
        return name == null ? null : tables.get(name);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /**
     * Records something the target cannot express: a warning diagnostic for the caller and the
     * same text as a note that the statement prints as an SQL comment right above itself.
     */
    void limitation(List<String> notes, String message, String subject) {
        notes.add(message);
        diagnostics.add(Diagnostic.warning(message, null, subject));
    }

    /** An identifier as the target must spell it (see {@link RenderOptions#sourceDialect()}). */
    String ident(String name) {
        return target.ident(targetName(name));
    }

    /** The name the target database will store for a model name. */
    String targetName(String name) {
        Dialect source = options.sourceDialect();
        if (crossDialect() && !source.needsQuoting(name)) {
            return target.fold(name);
        }
        return name;
    }

    /** The schema a model schema name lands in on the target; null means unqualified. */
    String targetSchema(String schemaName) {
        if (schemaName == null) {
            return null;
        }
        if (crossDialect() && schemaName.equals(options.sourceDialect().defaultSchema())) {
            return target.defaultSchema();
        }
        return schemaName;
    }

    String qualified(QualifiedName name) {
        String schemaName = targetSchema(name.schema());
        String spelledSchema = schemaName == null ? null
                : schemaName.equals(target.defaultSchema()) ? target.ident(schemaName) : ident(schemaName);
        return spelledSchema == null ? ident(name.name()) : spelledSchema + "." + ident(name.name());
    }

    String literal(String value) {
        return SqlText.literal(value, target);
    }

    String dialectName() {
        return switch (target) {
            case POSTGRES -> "PostgreSQL";
            case H2 -> "H2";
            case MYSQL -> "MySQL";
        };
    }
}
