package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@IdClass(StaffShiftId.class)
public class StaffShift {
    @Id
    private Long nurseId;
    @Id
    private LocalDate day;
    @ManyToOne
    private Ward ward;
    private LocalTime startsAt;
    private LocalTime endsAt;
}
