package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Encounter {
    @Id @GeneratedValue
    private Long id;
    @OneToOne(optional = false)
    @JoinColumn(name = "appointment_id")
    private Appointment appointment;
    private OffsetDateTime startedAt;
    private OffsetDateTime endedAt;
    @Size(max = 2000)
    private String summary;
    @OneToMany(mappedBy = "encounter")
    private List<Diagnosis> diagnoses;
    @OneToMany
    private Set<VitalSign> vitals;
    @ElementCollection
    private List<Observation> observations;
}
