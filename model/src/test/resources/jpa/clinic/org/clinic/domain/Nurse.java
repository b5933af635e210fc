package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Nurse extends Person {
    @Enumerated
    private ShiftPattern shiftPattern;
    @ManyToMany
    private List<Ward> wards;
}
