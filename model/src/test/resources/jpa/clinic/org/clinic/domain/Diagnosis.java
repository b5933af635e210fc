package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Diagnosis {
    @Id @GeneratedValue
    private Long id;
    @ManyToOne(optional = false)
    private Encounter encounter;
    @ManyToOne(optional = false)
    @JoinColumn(name = "icd_code", referencedColumnName = "code")
    private IcdCode icd;
    private boolean primaryDiagnosis;
}
