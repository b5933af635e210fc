package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class Observation {
    @Column(length = 40)
    private String code;
    private Double numericValue;
    private String unit;
    private LocalTime takenAt;
}
