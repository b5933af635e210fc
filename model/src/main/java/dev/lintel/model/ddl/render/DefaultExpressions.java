package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the common PostgreSQL-isms of default expressions for H2 and MySQL. Only forms
 * whose meaning is certain are rewritten; anything else is kept for H2 (which parses {@code ::}
 * casts) and dropped with a note for MySQL. PostgreSQL output is always verbatim.
 */
final class DefaultExpressions {
    private static final Pattern NOW = Pattern.compile("(?i)^(now\\(\\)|current_timestamp(\\(\\d+\\))?|localtimestamp)$");
    private static final Pattern NEXTVAL = Pattern.compile(
            "(?i)^nextval\\(\\s*'((?:[^']|'')*)'(?:::regclass)?\\s*\\)$");
    private static final Pattern RANDOM_UUID = Pattern.compile("(?i)^(gen_random_uuid|uuid_generate_v4)\\(\\)$");
    /** A literal followed by a cast: {@code 'x'::character varying}, {@code 0::numeric(10,2)}, {@code 'a'::mood}. */
    private static final Pattern CAST_LITERAL = Pattern.compile(
            "('(?:[^']|'')*'|-?\\d+(?:\\.\\d+)?)\\s*::\\s*"
                    + "(?:character varying|double precision|bit varying|(?:timestamp|time)(?:\\(\\d+\\))? with(?:out)? time zone"
                    + "|[A-Za-z_][A-Za-z0-9_.\"]*)(?:\\(\\d+(?:\\s*,\\s*\\d+)?\\))?(?:\\[\\])*");
    /** An empty array literal: {@code '{}'::text[]}; H2 spells it {@code ARRAY[]}. */
    private static final Pattern EMPTY_ARRAY = Pattern.compile("^'\\{\\}'\\s*::\\s*[A-Za-z_][A-Za-z0-9_ ]*(?:\\(\\d+\\))?\\[\\]$");
    /** A cast to an array type, which H2 cannot spell with {@code ::}: {@code (ARRAY['a'])::text[]}. */
    private static final Pattern ARRAY_CAST = Pattern.compile(
            "\\s*::\\s*(?:character varying|[A-Za-z_][A-Za-z0-9_]*)(?:\\(\\d+\\))?(?:\\[\\])+");
    private static final Pattern PLAIN_LITERAL = Pattern.compile(
            "(?i)^('(?:[^']|'')*'|-?\\d+(?:\\.\\d+)?|true|false|null|current_timestamp(\\(\\d+\\))?|current_date|current_time)$");

    private final RenderContext ctx;

    DefaultExpressions(RenderContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A CHECK or generation expression for the target. PostgreSQL prints them with redundant casts
     * ({@code 'open'::character varying}, {@code (ARRAY[...])::text[]}); H2 parses {@code ::} but not
     * array types, so for H2 the casts of literals and arrays go, which keeps the meaning.
     */
    String portable(String expression) {
        if (!ctx.is(Dialect.H2)) {
            return expression;
        }
        String e = CAST_LITERAL.matcher(expression).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return ARRAY_CAST.matcher(e).replaceAll("");
    }

    /** The expression for the target, or null when it cannot be kept (a note says so). */
    String translate(String expression, List<String> notes, String subject) {
        String e = expression.strip();
        if (ctx.is(Dialect.POSTGRES)) {
            return e;
        }
        if (EMPTY_ARRAY.matcher(e).matches() && ctx.is(Dialect.H2)) {
            return "ARRAY[]";
        }
        e = CAST_LITERAL.matcher(e).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        if (NOW.matcher(e).matches()) {
            return e.toLowerCase(Locale.ROOT).startsWith("now") ? "CURRENT_TIMESTAMP" : e;
        }
        Matcher nextval = NEXTVAL.matcher(e);
        if (nextval.matches()) {
            if (ctx.is(Dialect.H2)) {
                // The literal holds the sequence name as SQL text: it may be qualified and quoted already.
                return "NEXT VALUE FOR " + nextval.group(1).replace("''", "'");
            }
            ctx.limitation(notes, "MySQL has no sequences; default " + expression + " of " + subject + " dropped", subject);
            return null;
        }
        if (RANDOM_UUID.matcher(e).matches()) {
            return ctx.is(Dialect.H2) ? "RANDOM_UUID()" : "(uuid())";
        }
        if (ctx.is(Dialect.MYSQL)) {
            if (e.contains("::")) {
                ctx.limitation(notes, "MySQL cannot read the PostgreSQL default " + expression + " of " + subject
                        + "; dropped", subject);
                return null;
            }
            // MySQL 8 accepts expression defaults only in parentheses.
            return PLAIN_LITERAL.matcher(e).matches() ? e : SqlText.parenthesized(e);
        }
        return e;
    }
}
