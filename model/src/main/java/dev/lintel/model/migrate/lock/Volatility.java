package dev.lintel.model.migrate.lock;

import dev.lintel.model.ddl.parse.SqlScript;
import dev.lintel.model.ddl.parse.SqlScript.Token;
import dev.lintel.model.dialect.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a DEFAULT expression is volatile, structurally (rule catalog §3.3): literals, casts,
 * operators and keywords such as {@code CURRENT_TIMESTAMP} are not; a call is volatile when the
 * function is a known volatile built-in, and, as strong_migrations does, when it is not a known
 * stable or immutable one (without a live catalog an unknown function may be volatile).
 */
public final class Volatility {
    /** Built-ins with {@code provolatile = 'v'} that migrations use as defaults. */
    private static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
            "uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp", "timeofday", "nextval", "setval",
            "txid_current", "pg_current_xact_id", "random_normal", "uuidv7", "uuidv4", "gen_random_bytes");
    /** Stable or immutable built-ins that are common in defaults: evaluated once, stored in the catalog. */
    private static final Set<String> NOT_VOLATILE = Set.of("now", "transaction_timestamp", "statement_timestamp",
            "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp", "current_user",
            "session_user", "current_schema", "current_setting", "lower", "upper", "trim", "btrim", "ltrim", "rtrim",
            "concat", "concat_ws", "coalesce", "nullif", "greatest", "least", "length", "substr", "substring",
            "replace", "md5", "abs", "round", "floor", "ceil", "ceiling", "date_trunc", "date_part", "extract",
            "make_interval", "make_date", "make_timestamp", "make_timestamptz", "to_timestamp", "to_date", "to_char",
            "to_number", "to_json", "to_jsonb", "json_build_object", "jsonb_build_object", "json_build_array",
            "jsonb_build_array", "array", "array_fill", "timezone", "cast", "interval", "row", "format",
            "jsonb_object", "json_object", "left", "right", "position", "overlay", "int4range", "tstzrange", "daterange",
            "numrange", "int8range", "tsrange", "pg_catalog.now", "row_to_json", "char_length", "octet_length");
    private static final Set<String> NOT_A_CALL = Set.of("and", "or", "not", "in", "is", "as", "then", "else", "when",
            "case", "end", "between", "like", "ilike", "any", "all", "some", "exists", "values", "filter", "over", "with",
            "time", "zone", "varying", "precision", "at");

    private Volatility() {
    }

    /** The first function of {@code expression} that is (or may be) volatile, or empty when it is stable or immutable. */
    public static Optional<String> volatileCall(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.empty();
        }
        List<Token> tokens = SqlScript.tokens(expression, Dialect.POSTGRES);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isIdentifier() || !tokens.get(i + 1).isSymbol("(")) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).isSymbol("::")) {
                continue; // a type modifier: ::varchar(10)
            }
            String name = Dialect.POSTGRES.identifierFromSql(t.text()).toLowerCase(Locale.ROOT);
            if (NOT_A_CALL.contains(name) || NOT_VOLATILE.contains(name) || isTypeName(name)) {
                continue;
            }
            return Optional.of(name);
        }
        return Optional.empty();
    }

    /** Whether the volatility verdict for {@code name} comes from the built-in list (else it is a guess). */
    public static boolean knownVolatile(String name) {
        return VOLATILE.contains(name);
    }

    private static boolean isTypeName(String name) {
        return Set.of("varchar", "numeric", "decimal", "char", "character", "timestamp", "timestamptz", "bit", "time",
                "interval").contains(name);
    }
}
