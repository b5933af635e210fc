package dev.lintel.model.introspect;

import java.util.List;
import java.util.regex.Pattern;

/** Which schemas to read: include patterns (all when none), then exclude patterns; {@code *}/{@code ?} wildcards. */
final class SchemaFilter {
    private final List<Pattern> include;
    private final List<Pattern> exclude;

    SchemaFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(SchemaFilter::glob).toList();
        this.exclude = exclude.stream().map(SchemaFilter::glob).toList();
    }

    boolean accepts(String schema) {
        if (schema == null) {
            return include.isEmpty();
        }
        boolean in = include.isEmpty() || include.stream().anyMatch(p -> p.matcher(schema).matches());
        return in && exclude.stream().noneMatch(p -> p.matcher(schema).matches());
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
