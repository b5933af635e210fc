package dev.lintel.model.jpa;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.schema.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every class of a folder of sources, parsed without compiling and indexed by name, so that
 * types resolve within the set (imports, same package, nested classes) with no class path.
 * A file that does not parse is reported with its line and left out; the rest stays usable.
 */
final class SourceSet {
    private final Map<String, JavaClass> byFqn = new LinkedHashMap<>();
    private final Map<String, List<JavaClass>> byPackage = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** A source file: its path for messages and its text. */
    record SourceFile(String path, String text) {
    }

    static SourceSet parse(List<SourceFile> files) {
        SourceSet set = new SourceSet();
        List<ParseResult<CompilationUnit>> results = parseAll(files);
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            ParseResult<CompilationUnit> result = results.get(i);
            for (Problem problem : result.getProblems()) {
                int line = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0);
                int column = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.column).orElse(0);
                set.diagnostics.add(Diagnostic.error("Java syntax error: " + firstLine(problem.getMessage())
                        + "; classes in this file are not mapped", new SourceLocation(file.path(), line, column), null));
            }
            if (result.isSuccessful() && result.getResult().isPresent()) {
                CompilationUnit unit = result.getResult().get();
                for (TypeDeclaration<?> type : unit.getTypes()) {
                    set.add(type, unit, file.path(), null);
                }
            }
        }
        return set;
    }

    /**
     * Parses the files on all cores: parsing is most of an import's time and each file parses on its
     * own. A JavaParser is not thread-safe, so each worker has its own; results keep the files' order,
     * so the mapping (which runs after, on one thread) is the same whatever the scheduling.
     */
    private static List<ParseResult<CompilationUnit>> parseAll(List<SourceFile> files) {
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setAttributeComments(false)));
        @SuppressWarnings("unchecked")
        ParseResult<CompilationUnit>[] results = new ParseResult[files.size()];
        IntStream.range(0, files.size()).parallel()
                .forEach(i -> results[i] = parsers.get().parse(files.get(i).text()));
        return Arrays.asList(results);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private void add(TypeDeclaration<?> type, CompilationUnit unit, String file, JavaClass outer) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        String fqn = outer != null ? outer.fqn() + "." + type.getNameAsString()
                : pkg.isEmpty() ? type.getNameAsString() : pkg + "." + type.getNameAsString();
        JavaClass c = new JavaClass(fqn, type.getNameAsString(), type, unit, file, outer);
        byFqn.putIfAbsent(fqn, c);
        if (outer == null) {
            byPackage.computeIfAbsent(pkg, k -> new ArrayList<>()).add(c);
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                add(nested, unit, file, c);
            }
        }
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    java.util.Collection<JavaClass> classes() {
        return byFqn.values();
    }

    JavaClass byName(String fqn) {
        return byFqn.get(fqn);
    }

    /** The class a type names from inside {@code context}, or null when it is not in the source set. */
    JavaClass resolve(ClassOrInterfaceType type, JavaClass context) {
        return resolve(type.getNameWithScope(), context);
    }

    JavaClass resolve(String name, JavaClass context) {
        int dot = name.indexOf('.');
        if (dot > 0) {
            JavaClass exact = byFqn.get(name);
            if (exact != null) {
                return exact;
            }
            JavaClass head = resolve(name.substring(0, dot), context); // Outer.Inner
            return head == null ? null : byFqn.get(head.fqn() + name.substring(dot));
        }
        for (JavaClass c = context; c != null; c = c.outer()) {
            JavaClass nested = byFqn.get(c.fqn() + "." + name);
            if (nested != null) {
                return nested;
            }
            if (c.simpleName().equals(name)) {
                return c;
            }
        }
        if (context == null) {
            return byFqn.get(name);
        }
        CompilationUnit unit = context.unit();
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(name)) {
                return byFqn.get(imp.getNameAsString());
            }
        }
        String pkg = context.packageName();
        JavaClass samePackage = byFqn.get(pkg.isEmpty() ? name : pkg + "." + name);
        if (samePackage != null) {
            return samePackage;
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && imp.isAsterisk()) {
                JavaClass c = byFqn.get(imp.getNameAsString() + "." + name);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The fully qualified name an import gives a simple name, when the file imports it explicitly. */
    static String importedName(String name, JavaClass context) {
        if (context == null) {
            return null;
        }
        for (ImportDeclaration imp : context.unit().getImports()) {
            if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(name)) {
                return imp.getNameAsString();
            }
        }
        return null;
    }
}
