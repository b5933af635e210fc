package org.clinic.billing;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class InsuranceClaim {
    @Id @GeneratedValue
    private Long id;
    @OneToOne(optional = false)
    private Invoice invoice;
    @ManyToOne(optional = false)
    private InsuranceCompany insurer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;
    private BigDecimal approvedAmount;
    @ElementCollection
    @Enumerated(EnumType.STRING)
    private Set<ClaimFlag> flags;
}
