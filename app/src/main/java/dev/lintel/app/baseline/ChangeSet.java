package dev.lintel.app.baseline;

import dev.lintel.app.canvas.CardChange;
import dev.lintel.model.diff.Change;
import dev.lintel.model.diff.RenameProposal;
import dev.lintel.model.diff.SchemaDiff;
import dev.lintel.model.diff.SchemaDiffer;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed from the baseline to the current schema, in the two forms the window shows: rows
 * for the Changes tab and a mark per card. Computed in one go on a worker thread (the diff is the
 * model's {@link SchemaDiffer}, renames unconfirmed: suspected ones are listed as such).
 *
 * @param changes how many differences there are (the rows also list suspected renames)
 */
record ChangeSet(List<ChangeRow> rows, Map<String, CardChange> cards, int changes) {
    static final ChangeSet NONE = new ChangeSet(List.of(), Map.of(), 0);

    ChangeSet {
        rows = List.copyOf(rows);
        cards = Map.copyOf(cards);
    }

    static ChangeSet between(Schema baseline, Schema current) {
        SchemaDiff diff = new SchemaDiffer().diff(baseline, current);
        List<ChangeRow> rows = new ArrayList<>();
        Set<QualifiedName> tables = current.normalize().tables().stream().map(t -> t.name()).collect(Collectors.toSet());
        Map<QualifiedName, Card> cards = new LinkedHashMap<>();
        for (Change change : diff.changes()) {
            ChangeRow row = ChangeDescriptions.of(change);
            rows.add(row);
            if (!tables.contains(change.subject())) {
                continue; // a removed table, an enum, a view: listed, but no card stands for it
            }
            Card card = cards.computeIfAbsent(change.subject(), t -> new Card(change instanceof Change.TableAdded
                    ? CardChange.Mark.ADDED : CardChange.Mark.MODIFIED));
            card.lines.add(change instanceof Change.TableAdded ? "New since the baseline"
                    : row.object().substring(row.object().lastIndexOf('.') + 1) + ": " + row.description());
            markColumn(change, card.columns);
        }
        for (RenameProposal p : diff.proposals()) {
            rows.add(ChangeDescriptions.of(p));
        }
        Map<String, CardChange> marks = new LinkedHashMap<>();
        cards.forEach((table, c) -> marks.put(ObjectPath.table(table).toString(), new CardChange(c.mark, c.columns, c.lines)));
        return new ChangeSet(rows, marks, diff.changes().size());
    }

    private static void markColumn(Change change, Map<String, CardChange.Mark> columns) {
        if (change instanceof Change.ColumnAdded c) {
            columns.put(c.column().name(), CardChange.Mark.ADDED);
        } else if (change instanceof Change.ColumnChanged c) {
            columns.putIfAbsent(c.after().name(), CardChange.Mark.MODIFIED);
        } else if (change instanceof Change.ColumnRenamed c) {
            columns.putIfAbsent(c.to(), CardChange.Mark.MODIFIED);
        } else if (change instanceof Change.CommentChanged c && c.column() != null) {
            columns.putIfAbsent(c.column(), CardChange.Mark.MODIFIED);
        }
    }

    private static final class Card {
        final CardChange.Mark mark;
        final Map<String, CardChange.Mark> columns = new LinkedHashMap<>();
        final List<String> lines = new ArrayList<>();

        Card(CardChange.Mark mark) {
            this.mark = mark;
        }
    }
}
