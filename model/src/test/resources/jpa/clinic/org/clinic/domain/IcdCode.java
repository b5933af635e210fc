package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class IcdCode {
    @Id
    @Column(length = 8)
    private String code;
    @Column(nullable = false)
    private String description;
    private Short chapter;
}
