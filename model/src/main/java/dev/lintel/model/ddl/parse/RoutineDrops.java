package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code DROP FUNCTION|PROCEDURE|AGGREGATE|ROUTINE name [(argument types)]}: removes the opaque
 * definitions it drops, so that a helper a script creates, calls and drops again is not in the
 * model. Routines are overloaded: with an argument list and several overloads of the name, only
 * the overload whose argument types match goes.
 */
final class RoutineDrops {
    /** First words of types spelled in several words: a parameter starting with one has no name. */
    private static final Set<String> MULTI_WORD_TYPE_STARTS = Set.of("double", "character", "char", "bit", "timestamp",
            "time", "interval", "national", "varchar");

    private RoutineDrops() {
    }

    /** @return whether anything was removed */
    static boolean drop(SchemaBuilder schema, String kind, QualifiedName written, String argumentList) {
        List<QualifiedName> candidates = schema.lookupCandidates(written);
        List<OpaqueObject> named = schema.opaqueObjects.stream()
                .filter(o -> o.name() != null && candidates.contains(o.name()) && kindMatches(kind, o.kind()))
                .toList();
        if (named.isEmpty()) {
            return false;
        }
        List<OpaqueObject> dropped = named;
        if (argumentList != null && named.stream().map(o -> argumentTypes(declaredArguments(o.sql()))).distinct().count() > 1) {
            String wanted = argumentTypes(argumentList);
            dropped = named.stream().filter(o -> argumentTypes(declaredArguments(o.sql())).equals(wanted)).toList();
        }
        List<OpaqueObject> removed = dropped;
        schema.opaqueObjects.removeIf(removed::contains);
        removed.forEach(o -> schema.forget(ObjectPath.of(ObjectPath.Kind.OPAQUE, o.name())));
        return !removed.isEmpty();
    }

    private static boolean kindMatches(String dropKind, String opaqueKind) {
        return dropKind.equals(opaqueKind)
                || dropKind.equals("ROUTINE") && (opaqueKind.equals("FUNCTION") || opaqueKind.equals("PROCEDURE"));
    }

    /** The text inside the parentheses after the routine's name in its CREATE statement, or "". */
    private static String declaredArguments(String createSql) {
        TokenCursor in = new TokenCursor(createSql, Dialect.POSTGRES);
        while (!in.atEnd() && !in.peek().isSymbol("(")) {
            in.next();
        }
        return in.atEnd() ? "" : in.parenthesizedText();
    }

    /** The argument types of a parameter list, without names, modes, defaults and OUT parameters, normalized. */
    static String argumentTypes(String parameters) {
        String inner = parameters.strip();
        if (inner.startsWith("(") && inner.endsWith(")")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        List<String> types = new ArrayList<>();
        for (String parameter : splitTopLevel(inner)) {
            String p = parameter.strip().replaceAll("(?is)\\s*(DEFAULT\\b|=).*$", "");
            String[] words = p.split("\\s+");
            int at = 0;
            String mode = words.length > 0 ? words[0].toUpperCase(Locale.ROOT) : "";
            if (mode.equals("OUT")) {
                continue;
            }
            if (mode.equals("IN") || mode.equals("INOUT") || mode.equals("VARIADIC")) {
                at++;
            }
            if (words.length - at > 1 && !MULTI_WORD_TYPE_STARTS.contains(words[at].toLowerCase(Locale.ROOT))) {
                at++; // a parameter name
            }
            String type = String.join("", java.util.Arrays.copyOfRange(words, Math.min(at, words.length), words.length));
            if (!type.isEmpty()) {
                types.add(type.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(",", types);
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        if (!text.isBlank()) {
            parts.add(text.substring(from));
        }
        return parts;
    }
}
