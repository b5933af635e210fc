package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_room_ward_number", columnNames = {"ward_id", "number"}))
public class Room {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;
    @Column(nullable = false, length = 10)
    private String number;
    @Enumerated(EnumType.STRING)
    private RoomKind kind;
    @Min(1)
    private int beds;
    @ManyToOne(optional = false)
    private Ward ward;
}
