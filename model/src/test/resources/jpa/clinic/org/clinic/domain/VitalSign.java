package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class VitalSign {
    @Id @GeneratedValue
    private Long id;
    @Column(nullable = false, length = 20)
    private String kind;
    private double value;
    private Instant measuredAt;
}
