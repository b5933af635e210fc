package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Ward {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;
    @Column(nullable = false, length = 40)
    private String name;
    private int floor;
    @ManyToOne(optional = false)
    private Department department;
    @OneToMany(mappedBy = "ward")
    private List<Room> rooms;
}
