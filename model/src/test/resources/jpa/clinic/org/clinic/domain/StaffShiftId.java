package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

public class StaffShiftId implements java.io.Serializable {
    private Long nurseId;
    private LocalDate day;
    @Override public boolean equals(Object o) { return o instanceof StaffShiftId s && Objects.equals(nurseId, s.nurseId) && Objects.equals(day, s.day); }
    @Override public int hashCode() { return Objects.hash(nurseId, day); }
}
