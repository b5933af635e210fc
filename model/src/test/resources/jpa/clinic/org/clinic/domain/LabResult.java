package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class LabResult {
    @Id @GeneratedValue
    private Long id;
    @ManyToOne(optional = false)
    private LabOrder order;
    @Column(length = 60)
    private String analyte;
    @Column(precision = 12, scale = 4)
    private BigDecimal value;
    private String unit;
    private byte[] attachment;
    private Instant reportedAt;
}
