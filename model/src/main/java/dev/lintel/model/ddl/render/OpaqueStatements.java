package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verbatim statements the model does not represent, split in two places of the script.
 *
 * <p>Definitions that tables, views and indexes may call or use (functions, aggregates, operators,
 * types ...) come <em>before</em> the tables, as pg_dump puts them: a column default, generated
 * column, CHECK, index expression or view may name them. Their bodies may in turn name tables not
 * created yet, so the PostgreSQL script turns off {@code check_function_bodies} for them, as
 * pg_dump does. A definition whose signature (everything before its body) names a table or view of
 * the model ({@code RETURNS SETOF film}) cannot go first, and neither can one that names such a
 * held-back definition; they stay with everything else (triggers, policies, grants, {@code DO}
 * blocks ...) after the model's objects. Both parts keep source order.
 */
final class OpaqueStatements {
    /** Kinds that define something other statements may refer to by name. */
    private static final Set<String> DEFINITION_KINDS = Set.of("FUNCTION", "PROCEDURE", "AGGREGATE", "OPERATOR", "TYPE",
            "CAST", "COLLATION", "TEXT SEARCH", "LANGUAGE", "CONVERSION");
    /** Where a routine's body starts: a quoted body after AS, a dollar quote, or a SQL-standard body. */
    private static final Pattern BODY_START = Pattern.compile("(?is)\\bAS\\s*(?=[$'])|\\$[A-Za-z_0-9]*\\$|\\bBEGIN\\s+ATOMIC\\b");
    /** {@code LANGUAGE sql}: names a language, never a relation (a table called {@code language} is common). */
    private static final Pattern LANGUAGE_CLAUSE = Pattern.compile("(?is)\\bLANGUAGE\\s+\\S+");

    private final RenderContext ctx;
    private final List<OpaqueObject> early = new ArrayList<>();
    private final List<OpaqueObject> late = new ArrayList<>();

    OpaqueStatements(RenderContext ctx) {
        this.ctx = ctx;
        boolean placeEarly = ctx.is(Dialect.POSTGRES) && !commentedOut(ctx);
        Set<String> relationNames = new HashSet<>();
        ctx.schema().tables().forEach(t -> relationNames.add(lower(t.name())));
        ctx.schema().views().forEach(v -> relationNames.add(lower(v.name())));
        Set<String> heldBack = new HashSet<>();
        for (OpaqueObject o : ctx.schema().opaqueObjects()) {
            String signature = signature(o.sql());
            boolean independent = placeEarly && DEFINITION_KINDS.contains(o.kind())
                    && relationNames.stream().noneMatch(n -> DependencyOrder.mentions(signature, n))
                    && heldBack.stream().noneMatch(n -> DependencyOrder.mentions(signature, n));
            if (independent) {
                early.add(o);
            } else {
                late.add(o);
                if (o.name() != null) {
                    heldBack.add(lower(o.name()));
                }
            }
        }
    }

    /** The definitions placed before the tables, preceded by the setting their bodies need. */
    List<Statement> beforeTables() {
        List<Statement> out = new ArrayList<>();
        if (early.stream().anyMatch(o -> o.kind().equals("FUNCTION") || o.kind().equals("PROCEDURE"))) {
            out.add(Statement.of("SET check_function_bodies = false"));
        }
        early.forEach(o -> out.add(statement(o)));
        return out;
    }

    /** Everything else, after the model's objects. */
    List<Statement> afterEverything() {
        List<Statement> out = new ArrayList<>();
        late.forEach(o -> out.add(statement(o)));
        return out;
    }

    /** Verbatim, each with its semicolon; commented out when written in another dialect than the target. */
    private Statement statement(OpaqueObject o) {
        Statement statement = Statement.of(o.sql());
        if (commentedOut(ctx)) {
            List<String> notes = new ArrayList<>();
            String subject = o.kind().toLowerCase(Locale.ROOT) + (o.name() == null ? "" : " " + o.name());
            ctx.limitation(notes, "statement " + subject + " is not translated to " + ctx.dialectName()
                    + "; kept as a comment", subject);
            statement = statement.withNotes(notes).commented();
        }
        return statement;
    }

    private static boolean commentedOut(RenderContext ctx) {
        return ctx.crossDialect() || ctx.options().sourceDialect() == null && !ctx.is(Dialect.POSTGRES);
    }

    /** The statement up to its body, without its language clause, lower-cased: what must exist when the object is created. */
    private static String signature(String sql) {
        var m = BODY_START.matcher(sql);
        String head = m.find() ? sql.substring(0, m.start()) : sql;
        return LANGUAGE_CLAUSE.matcher(head).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String lower(QualifiedName name) {
        return name.name().toLowerCase(Locale.ROOT);
    }
}
