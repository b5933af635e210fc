package dev.lintel.model.jpa;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The persistent attributes a class declares itself, read as JPA does: with field access every
 * non-static, non-transient field not marked {@code @Transient}; with property access every
 * getter ({@code getX}, or {@code isX} for boolean) not marked {@code @Transient}.
 */
final class Attributes {
    private Attributes() {
    }

    static List<Attribute> declared(JavaClass c, boolean propertyAccess) {
        List<Attribute> out = new ArrayList<>();
        if (!propertyAccess) {
            for (FieldDeclaration f : c.declaration().getFields()) {
                if (f.isStatic() || f.hasModifier(Modifier.Keyword.TRANSIENT) || Ann.has(f, "Transient")) {
                    continue;
                }
                for (VariableDeclarator v : f.getVariables()) {
                    out.add(new Attribute(v.getNameAsString(), v.getType(), f, c, v.getBegin().map(p -> p.line).orElse(Attribute.lineOf(f))));
                }
            }
            return out;
        }
        for (MethodDeclaration m : c.declaration().getMethods()) {
            String property = propertyName(m);
            if (property == null || m.isStatic() || Ann.has(m, "Transient")) {
                continue;
            }
            out.add(new Attribute(property, m.getType(), m, c, m.getName().getBegin().map(p -> p.line).orElse(Attribute.lineOf(m))));
        }
        return out;
    }

    private static String propertyName(MethodDeclaration m) {
        if (!m.getParameters().isEmpty() || m.getType().isVoidType()) {
            return null;
        }
        String n = m.getNameAsString();
        Type t = m.getType();
        String rest;
        if (n.startsWith("get") && n.length() > 3) {
            rest = n.substring(3);
        } else if (n.startsWith("is") && n.length() > 2 && t.asString().equals("boolean")) {
            rest = n.substring(2);
        } else {
            return null;
        }
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
            return rest; // getURL -> URL (java.beans.Introspector.decapitalize)
        }
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
    }

    /** True when the class (or its mapped superclasses, given in {@code chain}) puts {@code @Id} on a getter. */
    static boolean usesPropertyAccess(List<JavaClass> chain) {
        for (JavaClass c : chain) {
            Ann access = Ann.find(c.declaration(), "Access", c);
            if (access != null) {
                return "PROPERTY".equals(access.constant("value"));
            }
        }
        for (JavaClass c : chain) {
            for (FieldDeclaration f : c.declaration().getFields()) {
                if (Ann.has(f, "Id") || Ann.has(f, "EmbeddedId")) {
                    return false;
                }
            }
            for (MethodDeclaration m : c.declaration().getMethods()) {
                if (Ann.has(m, "Id") || Ann.has(m, "EmbeddedId")) {
                    return true;
                }
            }
        }
        return false;
    }
}
