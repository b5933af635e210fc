package org.clinic.billing;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.clinic.domain.Patient;
import org.clinic.domain.Auditable;

@Entity
@Table(name = "invoice", uniqueConstraints = @UniqueConstraint(columnNames = "invoiceNumber"))
public class Invoice extends Auditable {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 20)
    private String invoiceNumber;
    @ManyToOne(optional = false)
    private Patient patient;
    @ManyToOne
    private InsuranceCompany billedTo;
    @Column(precision = 12, scale = 2, nullable = false)
    private BigDecimal total;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    private LocalDate dueOn;
    @OneToMany(mappedBy = "invoice")
    private List<InvoiceLine> lines;
    @OneToMany(mappedBy = "invoice")
    private List<Payment> payments;
}
