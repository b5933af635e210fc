package org.clinic.billing;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.clinic.domain.Appointment;

@Entity
public class InvoiceLine {
    @Id @GeneratedValue
    private Long id;
    @ManyToOne(optional = false)
    private Invoice invoice;
    @ManyToOne
    private Appointment appointment;
    @Column(nullable = false)
    private String description;
    private int quantity;
    @Column(precision = 10, scale = 2)
    private BigDecimal unitPrice;
}
