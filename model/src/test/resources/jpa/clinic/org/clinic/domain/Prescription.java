package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Prescription extends Auditable {
    @Id @GeneratedValue
    private Long id;
    @ManyToOne(optional = false)
    private Encounter encounter;
    @ManyToOne(optional = false)
    private Medication medication;
    @ManyToOne
    @JoinColumn(name = "prescriber_id", nullable = false)
    private Doctor prescriber;
    @Column(nullable = false, length = 200)
    private String dosage;
    private int refills;
    private LocalDate validUntil;
}
