package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Medication {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = 14)
    private String atcCode;
    @NotBlank
    private String name;
    @Column(precision = 8, scale = 3)
    private BigDecimal strengthMg;
    @Enumerated(EnumType.STRING)
    private DosageForm form;
    private boolean controlled;
}
