package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = "name"))
public class Department {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;
    @Column(nullable = false, length = 80)
    private String name;
    @OneToOne
    private Doctor head;
    @ManyToOne
    private Department parent;
    @OneToMany(mappedBy = "department")
    private List<Ward> wards;
}
