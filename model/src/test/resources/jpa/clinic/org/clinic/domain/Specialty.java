package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Specialty {
    @Id
    @Column(length = 10)
    private String code;
    @NotNull
    @Column(length = 100)
    private String title;
    @ManyToMany(mappedBy = "specialties")
    private Set<Doctor> doctors;
}
