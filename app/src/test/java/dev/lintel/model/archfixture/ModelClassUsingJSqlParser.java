package dev.lintel.model.archfixture;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/** A deliberate violation: JSqlParser outside {@code ddl.parse}. See {@code LayeringRulesBiteTest}. */
public final class ModelClassUsingJSqlParser {
    public Object parse(String sql) throws Exception {
        return CCJSqlParserUtil.parse(sql);
    }
}
