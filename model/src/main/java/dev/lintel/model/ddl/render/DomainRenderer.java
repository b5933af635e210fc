package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Domain;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE DOMAIN for PostgreSQL and H2, in an order where a domain follows the domain it is
 * based on. MySQL has none: its columns use the base type (see {@link TypeRenderer}) and the
 * statement is kept as a comment.
 */
final class DomainRenderer {
    private final RenderContext ctx;
    private final TypeRenderer types;
    private final DefaultExpressions defaults;

    DomainRenderer(RenderContext ctx, TypeRenderer types) {
        this.ctx = ctx;
        this.types = types;
        this.defaults = new DefaultExpressions(ctx);
    }

    List<Statement> domains() {
        List<Domain> ordered = DependencyOrder.sort(ctx.schema().domains(),
                d -> d.baseType().isUserDefined() ? List.of(d.baseType().userType()) : List.of(), Domain::name);
        List<Statement> out = new ArrayList<>();
        for (Domain d : ordered) {
            out.add(create(d));
            if (ctx.is(Dialect.POSTGRES)) {
                for (CheckConstraint check : d.checks()) {
                    if (check.notValid()) {
                        out.add(Statement.of("ALTER DOMAIN " + ctx.qualified(d.name()) + " ADD " + check(check)
                                + " NOT VALID"));
                    }
                }
            }
        }
        return out;
    }

    private Statement create(Domain d) {
        List<String> notes = new ArrayList<>();
        String subject = "domain " + d.name();
        StringBuilder sb = new StringBuilder("CREATE DOMAIN ").append(ctx.qualified(d.name())).append(" AS ")
                .append(types.render(d.baseType(), notes, subject));
        if (d.collation() != null) {
            if (ctx.is(Dialect.POSTGRES)) {
                sb.append(" COLLATE ").append(ctx.ident(d.collation()));
            } else {
                ctx.limitation(notes, ctx.dialectName() + " has no domain collations; COLLATE " + d.collation()
                        + " of " + subject + " dropped", subject);
            }
        }
        if (d.defaultExpression() != null) {
            String expression = defaults.translate(d.defaultExpression(), notes, subject);
            if (expression != null) {
                sb.append(" DEFAULT ").append(expression);
            }
        }
        if (d.notNull()) {
            if (ctx.is(Dialect.H2)) {
                // H2 domains have no NOT NULL clause; the equivalent CHECK rejects the same values.
                sb.append(" CHECK (VALUE IS NOT NULL)");
            } else {
                sb.append(" NOT NULL");
            }
        }
        for (CheckConstraint check : d.checks()) {
            if (!check.notValid() || !ctx.is(Dialect.POSTGRES)) {
                sb.append(' ').append(check(check));
            }
        }
        Statement statement = new Statement(sb.toString(), notes, false);
        if (ctx.is(Dialect.MYSQL)) {
            List<String> more = new ArrayList<>();
            ctx.limitation(more, "MySQL has no domains; columns of " + subject
                    + " use its base type, default and NOT NULL, without its CHECKs", subject);
            statement = statement.withNotes(more).commented();
        }
        return statement;
    }

    private String check(CheckConstraint check) {
        String named = check.name() == null ? "" : "CONSTRAINT " + ctx.ident(check.name()) + " ";
        return named + "CHECK " + SqlText.parenthesized(defaults.portable(check.expression()));
    }
}
