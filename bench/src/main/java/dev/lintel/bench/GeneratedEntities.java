package dev.lintel.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A folder's worth of generated JPA entity sources: {@code n} entities in ten packages, each with
 * an id (identity or sequence), basic columns of several types, an enum, an embedded value,
 * a many-to-one to the previous entity with its inverse one-to-many, a many-to-many, an element
 * collection on every fifth, and a {@code @Table} with an index and a unique constraint.
 */
final class GeneratedEntities {
    private GeneratedEntities() {
    }

    static Map<String, String> sources(int n) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("gen/common/Status.java", "package gen.common;\n\npublic enum Status { NEW, ACTIVE, CLOSED }\n");
        files.put("gen/common/Money.java", """
                package gen.common;

                import jakarta.persistence.Column;
                import jakarta.persistence.Embeddable;
                import java.math.BigDecimal;

                @Embeddable
                public class Money {
                    @Column(precision = 12, scale = 2)
                    private BigDecimal amount;
                    @Column(length = 3)
                    private String currency;
                }
                """);
        for (int i = 0; i < n; i++) {
            files.put("gen/p" + (i % 10) + "/Entity" + i + ".java", entity(i, n));
        }
        return files;
    }

    private static String name(int i) {
        return "gen.p" + (i % 10) + ".Entity" + i;
    }

    private static String entity(int i, int n) {
        StringBuilder s = new StringBuilder();
        s.append("package gen.p").append(i % 10).append(";\n\n")
                .append("import jakarta.persistence.*;\nimport jakarta.validation.constraints.*;\n")
                .append("import gen.common.*;\nimport java.time.*;\nimport java.util.*;\n\n")
                .append("@Entity\n@Table(name = \"entity_").append(i).append("\", indexes = @Index(columnList = \"createdAt\"),\n")
                .append("       uniqueConstraints = @UniqueConstraint(columnNames = {\"code\", \"tenantId\"}))\n")
                .append("public class Entity").append(i).append(" {\n")
                .append(i % 2 == 0 ? "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n" : "    @Id @GeneratedValue\n")
                .append("    private Long id;\n")
                .append("    @NotBlank @Size(max = 40)\n    private String code;\n")
                .append("    private long tenantId;\n")
                .append("    @Column(nullable = false, length = 200)\n    private String title;\n")
                .append("    private String description;\n")
                .append("    private Integer priority;\n")
                .append("    private boolean archived;\n")
                .append("    private Instant createdAt;\n")
                .append("    private LocalDate dueOn;\n")
                .append("    @Enumerated(EnumType.STRING)\n    private Status status;\n")
                .append("    @Embedded\n    private Money price;\n")
                .append("    @Version\n    private int version;\n");
        if (i > 0) {
            s.append("    @ManyToOne(fetch = FetchType.LAZY)\n    private ").append(name(i - 1)).append(" previous;\n");
        }
        if (i + 1 < n) {
            s.append("    @OneToMany(mappedBy = \"previous\")\n    private List<").append(name(i + 1)).append("> next;\n");
        }
        s.append("    @ManyToMany\n    private Set<").append(name((i * 7 + 3) % n)).append("> related;\n");
        if (i % 5 == 0) {
            s.append("    @ElementCollection\n    private Set<String> tags;\n");
        }
        s.append("\n    public Long getId() {\n        return id;\n    }\n}\n");
        return s.toString();
    }
}
