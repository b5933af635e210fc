package shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.*;
import java.util.Date;
import java.util.UUID;

@Entity
@Table(name = "products",
       uniqueConstraints = {@UniqueConstraint(columnNames = {"sku", "vendorCode"}),
                            @UniqueConstraint(name = "uk_products_slug", columnNames = "slug")},
       indexes = {@Index(name = "idx_products_name", columnList = "name"),
                  @Index(columnList = "createdAt DESC, category"),
                  @Index(name = "ux_products_barcode", columnList = "barcode", unique = true)})
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @NotBlank
    @Size(max = 40)
    private String sku;

    @NotNull
    private String vendorCode;

    private String slug;

    @Column(unique = true)
    private String barcode;

    @Column(name = "unit_price", precision = 10, scale = 2, nullable = false)
    private BigDecimal price;

    private BigDecimal weight;

    private BigInteger serialNumber;

    private int stock;

    private Integer reorderLevel;

    private long views;

    private short rank;

    private Short shelf;

    private byte flags;

    private boolean active;

    private Boolean featured;

    private double rating;

    private Float discount;

    private char grade;

    private Character size;

    private LocalDate releasedOn;

    private LocalDateTime createdAt;

    private LocalTime openAt;

    private Instant updatedAt;

    private OffsetDateTime publishedAt;

    private ZonedDateTime archivedAt;

    @Temporal(TemporalType.TIMESTAMP)
    private Date legacyStamp;

    @Temporal(TemporalType.DATE)
    private Date legacyDay;

    private UUID externalId;

    private byte[] thumbnail;

    @Lob
    private String description;

    @Column(columnDefinition = "text")
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Enumerated
    private Category category;

    private Category secondaryCategory;

    @Version
    private int version;

    @Transient
    private String cached;

    private transient String scratch;

    private static String COUNTER = "x";

    @Column(insertable = false, updatable = false, name = "name_copy")
    private String nameCopy;

    @Max(5)
    private Integer stars;

    @Min(0)
    private long soldCount;

    public enum Status { DRAFT, ACTIVE, RETIRED }
}
