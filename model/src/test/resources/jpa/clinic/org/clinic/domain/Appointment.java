package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(indexes = {@Index(columnList = "scheduledAt"), @Index(name = "idx_appt_doctor_time", columnList = "doctor_id, scheduledAt")})
public class Appointment extends Auditable {
    @Id @GeneratedValue
    private Long id;
    @ManyToOne(optional = false)
    private Patient patient;
    @ManyToOne(optional = false)
    private Doctor doctor;
    @ManyToOne
    private Room room;
    @NotNull
    private LocalDateTime scheduledAt;
    private Duration plannedLength;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppointmentStatus status;
    @Lob
    private String notes;
    @OneToOne(mappedBy = "appointment")
    private Encounter encounter;
}
