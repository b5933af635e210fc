package dev.lintel.model.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small helpers that keep the records' compact constructors one line each. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
    }

    static <T> List<T> map(List<T> list, UnaryOperator<T> f) {
        return list.stream().map(f).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
