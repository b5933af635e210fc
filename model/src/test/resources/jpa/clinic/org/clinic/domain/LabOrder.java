package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class LabOrder {
    @Id @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;
    @ManyToOne(optional = false)
    private Encounter encounter;
    @Column(nullable = false, length = 30)
    private String testCode;
    @Enumerated
    private LabPriority priority;
    @OneToMany(mappedBy = "order")
    private List<LabResult> results;
}
