package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class ContactInfo {
    @Email
    @Size(max = 200)
    private String email;
    @Column(length = 30)
    private String phone;
    private boolean smsOptIn;
}
