package dev.lintel.model.jpa;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lintel.model.schema.SourceLocation;
import java.util.List;

/**
 * One persistent attribute: a field (field access) or a getter (property access).
 *
 * @param type the declared Java type
 * @param owner the class declaring it (an entity, mapped superclass or embeddable)
 */
record Attribute(String name, Type type, NodeWithAnnotations<?> annotated, JavaClass owner, int line) {

    Ann ann(String simpleName) {
        return Ann.find(annotated, simpleName, owner);
    }

    boolean has(String simpleName) {
        return Ann.has(annotated, simpleName);
    }

    boolean isPrimitive() {
        return type.isPrimitiveType();
    }

    SourceLocation location() {
        return new SourceLocation(owner.file(), line, 0);
    }

    /** The type name without type arguments ({@code List} for {@code List<Order>}). */
    String rawTypeName() {
        if (type instanceof ClassOrInterfaceType c) {
            return c.getNameWithScope();
        }
        return type.asString();
    }

    /** The type arguments ({@code [Order]} for {@code List<Order>}), empty when none. */
    List<Type> typeArguments() {
        if (type instanceof ClassOrInterfaceType c) {
            return c.getTypeArguments().map(List::copyOf).orElse(List.of());
        }
        return List.of();
    }

    static int lineOf(BodyDeclaration<?> node) {
        return node.getBegin().map(p -> p.line).orElse(0);
    }
}
