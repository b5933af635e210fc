package dev.lintel.model.jpa;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The names Hibernate gives constraints and indexes the mapping leaves unnamed: a prefix plus the
 * MD5 of table and column names in base 35 ({@code NamingHelper}), e.g. {@code FK8qvmh0aa54gb54iayfbjhmwor}.
 * Column names are sorted first, so the name does not depend on their order.
 */
final class HibernateNames {
    private HibernateNames() {
    }

    /** {@code FK...} for a foreign key of {@code table} to {@code referenced} over {@code columns} (Hibernate's identifiers). */
    static String foreignKey(String table, String referenced, List<String> columns) {
        StringBuilder text = new StringBuilder("table`").append(table).append('`')
                .append("references`").append(referenced).append('`');
        appendColumns(text, columns);
        return "FK" + hash(text.toString());
    }

    /** {@code prefix...} for a unique key ({@code UK}) or index ({@code IDX}) of {@code table}. */
    static String constraint(String prefix, String table, List<String> columns) {
        StringBuilder text = new StringBuilder("table`").append(table).append('`');
        appendColumns(text, columns);
        return prefix + hash(text.toString());
    }

    private static void appendColumns(StringBuilder text, List<String> columns) {
        List<String> sorted = new ArrayList<>(columns);
        sorted.sort(null);
        sorted.forEach(c -> text.append("column`").append(c).append('`'));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).toString(35);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }
}
