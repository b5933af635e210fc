package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Fix;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.IndexedTableRule;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.fix.SchemaEdit;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column that looks like a reference (name and type fit another table's key) but has no foreign
 * key, found by {@link ImplicitReferences}. Reads every table's name and keys, through an index
 * built once per lint; an edit that keeps every table's keys re-checks only the edited tables.
 * Offers to promote the column to a foreign key together with the index the foreign key needs.
 */
public final class ImplicitForeignKey extends IndexedTableRule<ImplicitReferences> {
    /** Guesses below this confidence are not reported; setting {@code min-confidence} changes it. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.7;

    public ImplicitForeignKey() {
        super("design-implicit-fk", Category.KEYS, Severity.INFO);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public ImplicitReferences buildIndex(Schema schema) {
        return ImplicitReferences.index(schema);
    }

    @Override
    public Object schemaFacts(Table table) {
        return ImplicitReferences.facts(table);
    }

    @Override
    protected void check(int position, Table checked, ImplicitReferences index, LintContext ctx, FindingCollector out) {
        double min = ctx.threshold(this, "min-confidence", DEFAULT_MIN_CONFIDENCE);
        for (ImplicitReferences.Candidate c : index.candidates(position, checked)) {
            if (c.confidence() < min) {
                continue;
            }
            // The first table of this name, as a schema lookup by name gives (it differs only when names repeat).
            Table table = ctx.resolve(checked.name()).orElse(checked);
            String columns = String.join(", ", c.columns());
            String what = c.columns().size() == 1 ? "Column " + c.table() + "." + columns : "Columns " + c.table() + "(" + columns + ")";
            out.reportGuess(c.confidence(), ObjectPath.column(c.table(), c.columns().get(0)),
                    what + " look" + (c.columns().size() == 1 ? "s" : "") + " like a reference to " + c.target()
                            + "(" + String.join(", ", c.targetColumns()) + ") but " + (c.columns().size() == 1 ? "has" : "have")
                            + " no foreign key (confidence " + String.format(Locale.ROOT, "%.2f", c.confidence())
                            + ": " + c.evidence() + ", types compatible).",
                    promote(table, c));
        }
    }

    private static Fix promote(Table table, ImplicitReferences.Candidate c) {
        List<String> cols = c.columns();
        ForeignKey fk = ForeignKey.of(Edits.constraintName(table, cols, "fkey"), cols, c.target(), c.targetColumns());
        List<SchemaEdit> edits = new ArrayList<>();
        edits.add(new SchemaEdit.AddForeignKey(table.name(), fk));
        if (!ForeignKeyWithoutIndex.isCovered(table, cols)) {
            edits.add(new SchemaEdit.AddIndex(table.name(), new Index(Edits.indexName(table, cols), false, "btree",
                    cols.stream().map(IndexKey::column).toList(), List.of(), null, false)));
        }
        String what = cols.size() == 1 ? table.name() + "." + cols.get(0) : table.name() + "(" + String.join(", ", cols) + ")";
        return new Fix("Promote " + what + " to a foreign key to " + c.target() + (edits.size() > 1 ? " and add its index" : ""), edits);
    }
}
