package dev.lintel.model.jpa;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;

/**
 * One class, enum or record declared in the source set, nested ones included.
 *
 * @param fqn binary-free dotted name ({@code shop.Order.Line} for a nested class)
 * @param outer the enclosing class of a nested class, else null
 */
record JavaClass(String fqn, String simpleName, TypeDeclaration<?> declaration, CompilationUnit unit, String file,
                 JavaClass outer) {

    /** Identity: a source set holds one class per name, and an AST's own equals/hashCode walk the whole tree. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return fqn.hashCode();
    }

    String packageName() {
        return unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    }

    int line() {
        return declaration.getBegin().map(p -> p.line).orElse(0);
    }
}
