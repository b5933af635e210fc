package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@MappedSuperclass
public abstract class Auditable {
    @Column(nullable = false, updatable = false)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;
}
