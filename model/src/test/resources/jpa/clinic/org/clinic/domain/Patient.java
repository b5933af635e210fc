package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.clinic.billing.*;

@Entity
public class Patient extends Person {
    @Column(unique = true, length = 20, nullable = false)
    private String medicalRecordNumber;
    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    private BloodType bloodType;
    @ManyToOne
    private Doctor primaryDoctor;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "insurer_id")
    private InsuranceCompany insurer;
    @Column(length = 40)
    private String policyNumber;
    @ElementCollection
    @CollectionTable(name = "patient_allergy")
    @Column(name = "allergy", length = 80, nullable = false)
    private Set<String> allergies;
    @OneToMany(mappedBy = "patient")
    private List<Appointment> appointments;
    @OneToOne(mappedBy = "patient")
    private PatientPortalAccount portalAccount;
}
