package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Migration scripts wrap schema changes in {@code DO $$ BEGIN IF NOT EXISTS (...) THEN ALTER
 * TABLE ...; END IF; END $$}: guards that make a change idempotent. The model cannot run
 * PL/pgSQL, so it assumes the guard lets the change through: the DDL statements found in the
 * body are applied (leniently: a change the guard would have skipped is an INFO, not a warning).
 */
final class DoBlockDdl {
    /** A plain DDL statement at the end of a PL/pgSQL piece, after any control-flow prefix. */
    private static final Pattern DDL_START = Pattern.compile(
            "(?is).*?(?:^|\\bTHEN\\b|\\bELSE\\b|\\bBEGIN\\b|\\bLOOP\\b)\\s*"
                    + "((?:ALTER\\s+TABLE|CREATE\\s+(?:UNIQUE\\s+)?INDEX|CREATE\\s+TABLE|CREATE\\s+EXTENSION|COMMENT\\s+ON|DROP\\s+INDEX)\\b.*)");
    private static final Pattern DYNAMIC = Pattern.compile("(?is)\\bEXECUTE\\b");

    private DoBlockDdl() {
    }

    /** The DDL statements inside a DO block's body, in order; empty when the body holds none or builds SQL dynamically. */
    static List<String> statements(String doSql) {
        TokenCursor in = new TokenCursor(doSql, Dialect.POSTGRES);
        String body = null;
        while (!in.atEnd()) {
            SqlToken t = in.next();
            if (t.kind() == SqlToken.Kind.STRING && t.text().startsWith("$")) {
                body = TokenCursor.unquoteString(t.text());
            }
        }
        List<String> out = new ArrayList<>();
        if (body == null || DYNAMIC.matcher(body).find()) {
            return out;
        }
        for (RawStatement piece : StatementSplitter.split(body, Dialect.POSTGRES)) {
            Matcher m = DDL_START.matcher(piece.text());
            if (m.matches()) {
                out.add(m.group(1).strip());
            }
        }
        return out;
    }
}
