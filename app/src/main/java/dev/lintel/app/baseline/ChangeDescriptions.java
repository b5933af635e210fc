package dev.lintel.app.baseline;

import dev.lintel.model.diff.Change;
import dev.lintel.model.diff.ColumnAspect;
import dev.lintel.model.diff.RenameProposal;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One typed {@link Change} in a few words for the Changes tab: pure, runs with the diff off the UI thread. */
final class ChangeDescriptions {
    private ChangeDescriptions() {
    }

    static ChangeRow of(Change change) {
        if (change instanceof Change.TableAdded c) {
            return new ChangeRow(ChangeKind.ADDED, name(c.table().name()),
                    "table added (" + count(c.table().columns().size(), "column") + ")", table(c.table().name()));
        }
        if (change instanceof Change.TableDropped c) {
            return new ChangeRow(ChangeKind.REMOVED, name(c.table().name()),
                    "table removed (" + count(c.table().columns().size(), "column") + ")", null);
        }
        if (change instanceof Change.TableRenamed c) {
            return new ChangeRow(ChangeKind.RENAMED, name(c.to()),
                    "table renamed from " + c.from().name(), table(c.to()));
        }
        if (change instanceof Change.ColumnAdded c) {
            return new ChangeRow(ChangeKind.ADDED, member(c.table(), c.column().name()),
                    "column added: " + columnText(c.column()), ObjectPath.column(c.table(), c.column().name()).toString());
        }
        if (change instanceof Change.ColumnDropped c) {
            return new ChangeRow(ChangeKind.REMOVED, member(c.table(), c.column().name()),
                    "column removed (was " + columnText(c.column()) + ")", table(c.table()));
        }
        if (change instanceof Change.ColumnRenamed c) {
            return new ChangeRow(ChangeKind.RENAMED, member(c.table(), c.to()),
                    "column renamed from " + c.from(), ObjectPath.column(c.table(), c.to()).toString());
        }
        if (change instanceof Change.ColumnChanged c) {
            return new ChangeRow(ChangeKind.MODIFIED, member(c.table(), c.after().name()),
                    columnChange(c), ObjectPath.column(c.table(), c.after().name()).toString());
        }
        if (change instanceof Change.ConstraintAdded c) {
            return new ChangeRow(ChangeKind.ADDED, member(c.table(), c.constraint().name()),
                    constraintText(c.constraint()) + " added", ObjectPath.constraint(c.table(), c.constraint().name()).toString());
        }
        if (change instanceof Change.ConstraintDropped c) {
            return new ChangeRow(ChangeKind.REMOVED, member(c.table(), c.constraint().name()),
                    constraintText(c.constraint()) + " removed", table(c.table()));
        }
        if (change instanceof Change.ConstraintValidated c) {
            return new ChangeRow(ChangeKind.MODIFIED, member(c.table(), c.constraint().name()),
                    constraintText(c.constraint()) + " validated", ObjectPath.constraint(c.table(), c.constraint().name()).toString());
        }
        if (change instanceof Change.ConstraintRenamed c) {
            return new ChangeRow(ChangeKind.MODIFIED, member(c.table(), c.constraint().name()),
                    constraintText(c.constraint()) + " renamed from " + c.from(),
                    ObjectPath.constraint(c.table(), c.constraint().name()).toString());
        }
        if (change instanceof Change.IndexRenamed c) {
            return new ChangeRow(ChangeKind.MODIFIED, member(c.table(), c.index().name()),
                    indexText(c.index()) + " renamed from " + c.from(), ObjectPath.index(c.table(), c.index().name()).toString());
        }
        if (change instanceof Change.IndexAdded c) {
            return new ChangeRow(ChangeKind.ADDED, member(c.table(), c.index().name()),
                    indexText(c.index()) + " added", ObjectPath.index(c.table(), c.index().name()).toString());
        }
        if (change instanceof Change.IndexDropped c) {
            return new ChangeRow(ChangeKind.REMOVED, member(c.table(), c.index().name()),
                    indexText(c.index()) + " removed", table(c.table()));
        }
        if (change instanceof Change.EnumAdded c) {
            return new ChangeRow(ChangeKind.ADDED, name(c.type().name()),
                    "enum type added: " + String.join(", ", c.type().values()), other(ObjectPath.Kind.ENUM, c.type().name()));
        }
        if (change instanceof Change.EnumDropped c) {
            return new ChangeRow(ChangeKind.REMOVED, name(c.type().name()), "enum type removed", null);
        }
        if (change instanceof Change.EnumValuesChanged c) {
            return new ChangeRow(ChangeKind.MODIFIED, name(c.after().name()),
                    "enum values " + String.join(", ", c.before().values()) + " \u2192 " + String.join(", ", c.after().values()),
                    other(ObjectPath.Kind.ENUM, c.after().name()));
        }
        if (change instanceof Change.SequenceAdded c) {
            return new ChangeRow(ChangeKind.ADDED, name(c.sequence().name()), "sequence added",
                    other(ObjectPath.Kind.SEQUENCE, c.sequence().name()));
        }
        if (change instanceof Change.SequenceDropped c) {
            return new ChangeRow(ChangeKind.REMOVED, name(c.sequence().name()), "sequence removed", null);
        }
        if (change instanceof Change.SequenceChanged c) {
            return new ChangeRow(ChangeKind.MODIFIED, name(c.after().name()), "sequence options changed",
                    other(ObjectPath.Kind.SEQUENCE, c.after().name()));
        }
        if (change instanceof Change.ViewAdded c) {
            return new ChangeRow(ChangeKind.ADDED, name(c.view().name()), "view added",
                    other(ObjectPath.Kind.VIEW, c.view().name()));
        }
        if (change instanceof Change.ViewDropped c) {
            return new ChangeRow(ChangeKind.REMOVED, name(c.view().name()), "view removed", null);
        }
        if (change instanceof Change.ViewChanged c) {
            return new ChangeRow(ChangeKind.MODIFIED, name(c.after().name()), "view definition changed",
                    other(ObjectPath.Kind.VIEW, c.after().name()));
        }
        if (change instanceof Change.CommentChanged c) {
            return commentChange(c);
        }
        throw new IllegalArgumentException("unknown change " + change.label());
    }

    /** A rename the diff suspects: listed so that the user knows to confirm it when generating the migration. */
    static ChangeRow of(RenameProposal p) {
        boolean column = p.kind() == RenameProposal.Kind.COLUMN;
        QualifiedName table = column ? p.table() : p.table().withName(p.to());
        return new ChangeRow(ChangeKind.RENAMED, column ? member(p.table(), p.to()) : name(table),
                "possibly renamed from " + p.from() + " (" + p.reason() + "); confirm it in Generate Migration",
                column ? ObjectPath.column(table, p.to()).toString() : table(table));
    }

    private static ChangeRow commentChange(Change.CommentChanged c) {
        String what = c.after() == null ? "comment removed" : c.before() == null ? "comment set" : "comment changed";
        String object = c.column() == null ? name(c.object()) : member(c.object(), c.column());
        String path = switch (c.target()) {
            case TABLE -> table(c.object());
            case COLUMN -> ObjectPath.column(c.object(), c.column()).toString();
            case VIEW -> other(ObjectPath.Kind.VIEW, c.object());
            case TYPE -> other(ObjectPath.Kind.ENUM, c.object());
            case SEQUENCE -> other(ObjectPath.Kind.SEQUENCE, c.object());
        };
        return new ChangeRow(ChangeKind.MODIFIED, object, what, path);
    }

    private static String columnChange(Change.ColumnChanged c) {
        Column b = c.before();
        Column a = c.after();
        List<String> parts = new ArrayList<>();
        for (ColumnAspect aspect : ColumnAspect.values()) {
            if (!c.aspects().contains(aspect)) {
                continue;
            }
            parts.add(switch (aspect) {
                case TYPE -> "type " + b.type() + " \u2192 " + a.type();
                case NULLABILITY -> a.nullable() ? "now nullable" : "now NOT NULL";
                case DEFAULT -> a.defaultExpression() == null ? "default " + b.defaultExpression() + " removed"
                        : "default " + Objects.requireNonNullElse(b.defaultExpression(), "none") + " \u2192 " + a.defaultExpression();
                case IDENTITY -> a.identity() == null ? "identity removed" : "identity changed";
                case SERIAL -> "serial changed";
                case GENERATED -> "generated expression changed";
                case COLLATION -> "collation " + Objects.requireNonNullElse(a.collation(), "default");
            });
        }
        return "column changed: " + (parts.isEmpty() ? "definition" : String.join(", ", parts));
    }

    private static String columnText(Column c) {
        return c.type() + (c.nullable() ? "" : " NOT NULL") + (c.defaultExpression() == null ? "" : " DEFAULT " + c.defaultExpression());
    }

    private static String constraintText(Constraint c) {
        if (c instanceof PrimaryKey pk) {
            return "primary key (" + String.join(", ", pk.columns()) + ")";
        } else if (c instanceof UniqueConstraint u) {
            return "unique (" + String.join(", ", u.columns()) + ")";
        } else if (c instanceof ForeignKey fk) {
            return "foreign key (" + String.join(", ", fk.columns()) + ") \u2192 " + fk.referencedTable().name();
        } else if (c instanceof CheckConstraint ck) {
            return "check (" + ck.expression() + ")";
        }
        return "exclusion constraint";
    }

    private static String indexText(Index i) {
        List<String> keys = i.keys().stream().map(k -> k.isColumn() ? k.column() : k.expression()).toList();
        return (i.unique() ? "unique index" : "index") + " on (" + String.join(", ", keys) + ")";
    }

    private static String name(QualifiedName n) {
        return n.toString();
    }

    private static String member(QualifiedName table, String member) {
        return table + "." + member;
    }

    private static String table(QualifiedName n) {
        return ObjectPath.table(n).toString();
    }

    private static String other(ObjectPath.Kind kind, QualifiedName n) {
        return ObjectPath.of(kind, n).toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
