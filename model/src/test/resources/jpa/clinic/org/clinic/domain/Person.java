package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(name = "person", indexes = @Index(name = "idx_person_last_name", columnList = "lastName, firstName"))
public abstract class Person extends Auditable {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_id_seq", allocationSize = 20)
    private Long id;
    @NotBlank
    @Size(max = 60)
    private String firstName;
    @NotBlank
    @Size(max = 60)
    private String lastName;
    private LocalDate birthDate;
    @Embedded
    private Address address;
    @Embedded
    private ContactInfo contact;
}
