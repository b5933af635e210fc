package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Doctor extends Person {
    @Column(nullable = false, unique = true, length = 16)
    private String licenseNumber;
    @ManyToMany
    @JoinTable(name = "doctor_specialty",
               joinColumns = @JoinColumn(name = "doctor_id"),
               inverseJoinColumns = @JoinColumn(name = "specialty_code"))
    private Set<Specialty> specialties;
    @ManyToOne
    private Department department;
    private BigDecimal hourlyRate;
}
