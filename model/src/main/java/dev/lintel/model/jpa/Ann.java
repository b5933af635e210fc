package dev.lintel.model.jpa;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;

/**
 * An annotation read from source, with its attribute values evaluated without a compiler:
 * literals, enum constants ({@code GenerationType.IDENTITY} or a static import), string
 * concatenation, nested annotations, arrays and {@code static final} constants of the same class.
 */
record Ann(AnnotationExpr expr, JavaClass context) {

    /** The annotation named {@code simpleName} (qualified or not) on {@code node}, or null. */
    static Ann find(NodeWithAnnotations<?> node, String simpleName, JavaClass context) {
        if (node == null) {
            return null;
        }
        for (AnnotationExpr a : node.getAnnotations()) {
            if (a.getName().getIdentifier().equals(simpleName)) {
                return new Ann(a, context);
            }
        }
        return null;
    }

    static boolean has(NodeWithAnnotations<?> node, String simpleName) {
        if (node == null) {
            return false;
        }
        for (AnnotationExpr a : node.getAnnotations()) { // a loop, not a stream: asked thousands of times per import
            if (a.getName().getIdentifier().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    int line() {
        return expr.getBegin().map(p -> p.line).orElse(0);
    }

    /** The raw value of an attribute ({@code value} for the single-member form), or null. */
    Object value(String key) {
        if (expr instanceof SingleMemberAnnotationExpr single) {
            return key.equals("value") ? eval(single.getMemberValue()) : null;
        }
        if (expr instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(key)) {
                    return eval(pair.getValue());
                }
            }
        }
        return null;
    }

    String string(String key) {
        Object v = value(key);
        return v instanceof String s ? s : null;
    }

    /** A non-empty string attribute, or null (JPA uses "" for "not given"). */
    String name(String key) {
        String s = string(key);
        return s == null || s.isEmpty() ? null : s;
    }

    Long number(String key) {
        Object v = value(key);
        return v instanceof Long l ? l : null;
    }

    Boolean bool(String key) {
        Object v = value(key);
        return v instanceof Boolean b ? b : null;
    }

    boolean bool(String key, boolean absent) {
        Boolean b = bool(key);
        return b == null ? absent : b;
    }

    /** An enum constant's name ({@code STRING} for {@code EnumType.STRING}), or null. */
    String constant(String key) {
        Object v = value(key);
        return v instanceof Constant c ? c.name() : null;
    }

    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Object o : list(value(key))) {
            if (o instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    List<Ann> annotations(String key) {
        List<Ann> out = new ArrayList<>();
        for (Object o : list(value(key))) {
            if (o instanceof AnnotationExpr a) {
                out.add(new Ann(a, context));
            }
        }
        return out;
    }

    Ann annotation(String key) {
        List<Ann> all = annotations(key);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<?> list(Object v) {
        if (v == null) {
            return List.of();
        }
        return v instanceof List<?> l ? l : List.of(v);
    }

    /** An enum constant or a name that could not be evaluated. */
    record Constant(String name) {
    }

    private Object eval(Expression e) {
        return eval(e, 0);
    }

    /** @param depth constants followed so far: a cycle of constants ends as an unevaluated name */
    private Object eval(Expression e, int depth) {
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        } else if (e instanceof TextBlockLiteralExpr t) {
            return t.asString();
        } else if (e instanceof IntegerLiteralExpr i) {
            return i.asNumber().longValue();
        } else if (e instanceof LongLiteralExpr l) {
            return l.asNumber().longValue();
        } else if (e instanceof DoubleLiteralExpr d) {
            return d.asDouble();
        } else if (e instanceof BooleanLiteralExpr b) {
            return b.getValue();
        } else if (e instanceof CharLiteralExpr c) {
            return String.valueOf(c.asChar());
        } else if (e instanceof EnclosedExpr en) {
            return eval(en.getInner(), depth);
        } else if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            Object v = eval(u.getExpression(), depth);
            return v instanceof Long l ? (Object) (-l) : v instanceof Double d ? (Object) (-d) : v;
        } else if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Object l = eval(b.getLeft(), depth);
            Object r = eval(b.getRight(), depth);
            if (l instanceof Long x && r instanceof Long y) {
                return x + y;
            }
            return String.valueOf(l instanceof Constant c ? c.name() : l) + (r instanceof Constant c ? c.name() : r);
        } else if (e instanceof ArrayInitializerExpr array) {
            List<Object> out = new ArrayList<>();
            array.getValues().forEach(v -> out.add(eval(v, depth)));
            return out;
        } else if (e instanceof AnnotationExpr a) {
            return a;
        } else if (e instanceof FieldAccessExpr f) {
            // Own.CONSTANT is followed; EnumType.STRING and other classes' constants stay names
            boolean own = false;
            for (JavaClass c = context; c != null; c = c.outer()) {
                own |= f.getScope().toString().equals(c.simpleName());
            }
            Object constant = own && depth <= 8 ? constantOf(f.getNameAsString(), depth + 1) : null;
            return constant != null ? constant : new Constant(f.getNameAsString());
        } else if (e instanceof NameExpr n) {
            Object constant = depth > 8 ? null : constantOf(n.getNameAsString(), depth + 1);
            return constant != null ? constant : new Constant(n.getNameAsString());
        }
        return new Constant(e.toString());
    }

    /** The value of a {@code static final} field of the context class (or its outer classes) with a constant initializer. */
    private Object constantOf(String fieldName, int depth) {
        for (JavaClass c = context; c != null; c = c.outer()) {
            for (FieldDeclaration f : c.declaration().getFields()) {
                if (!f.isStatic()) {
                    continue;
                }
                for (VariableDeclarator v : f.getVariables()) {
                    if (v.getNameAsString().equals(fieldName) && v.getInitializer().isPresent()) {
                        Object value = new Ann(expr, c).eval(v.getInitializer().get(), depth);
                        return value instanceof Constant ? null : value;
                    }
                }
            }
        }
        return null;
    }
}
