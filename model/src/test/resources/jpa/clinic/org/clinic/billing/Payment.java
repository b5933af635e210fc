package org.clinic.billing;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "method", discriminatorType = DiscriminatorType.STRING, length = 10)
public abstract class Payment extends org.clinic.domain.Auditable {
    @Id @GeneratedValue
    private Long id;
    @ManyToOne(optional = false)
    private Invoice invoice;
    @Column(precision = 12, scale = 2, nullable = false)
    private BigDecimal amount;
    private Instant paidAt;
}
