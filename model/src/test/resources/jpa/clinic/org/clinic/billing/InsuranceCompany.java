package org.clinic.billing;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.clinic.domain.Address;

@Entity
@Table(name = "insurance_company")
public class InsuranceCompany {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 120)
    private String name;
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "line1", column = @Column(name = "billing_line1", length = 120)),
        @AttributeOverride(name = "line2", column = @Column(name = "billing_line2")),
        @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 80)),
        @AttributeOverride(name = "postcode", column = @Column(name = "billing_postcode", length = 12)),
        @AttributeOverride(name = "country", column = @Column(name = "billing_country", length = 2))
    })
    private Address billingAddress;
}
