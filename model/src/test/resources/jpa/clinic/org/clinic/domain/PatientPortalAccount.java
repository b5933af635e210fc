package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class PatientPortalAccount {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(optional = false)
    private Patient patient;
    @Column(nullable = false, unique = true, length = 80)
    private String username;
    @Column(nullable = false, length = 100)
    private String passwordHash;
    private Instant lastLoginAt;
    private boolean locked;
}
