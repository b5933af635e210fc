package dev.lintel.model.schema;

/**
 * One key part of an index: either a column or an expression (exactly one is non-null), with
 * optional collation, operator class, sort order and nulls placement.
 */
public record IndexKey(String column, String expression, String collation, String opclass, SortOrder order, NullsOrder nulls) {
    public enum SortOrder { ASC, DESC }

    public enum NullsOrder { DEFAULT, FIRST, LAST }

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is a column or an expression: " + column + " / " + expression);
        }
        collation = Lists.blankToNull(collation);
        opclass = Lists.blankToNull(opclass);
        order = order == null ? SortOrder.ASC : order;
        nulls = nulls == null ? NullsOrder.DEFAULT : nulls;
    }

    public static IndexKey column(String column) {
        return new IndexKey(column, null, null, null, SortOrder.ASC, NullsOrder.DEFAULT);
    }

    public static IndexKey expression(String expression) {
        return new IndexKey(null, expression, null, null, SortOrder.ASC, NullsOrder.DEFAULT);
    }

    public IndexKey descending() {
        return new IndexKey(column, expression, collation, opclass, SortOrder.DESC, nulls);
    }

    public boolean isColumn() {
        return column != null;
    }

    /** True for a plain ascending column key with no collation or opclass. */
    public boolean isPlainColumn() {
        return column != null && collation == null && opclass == null && order == SortOrder.ASC && nulls == NullsOrder.DEFAULT;
    }
}
