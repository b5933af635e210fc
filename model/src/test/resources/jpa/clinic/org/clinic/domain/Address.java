package org.clinic.domain;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class Address {
    @Column(length = 120)
    private String line1;
    private String line2;
    @Column(length = 80, nullable = false)
    private String city;
    @Column(length = 12)
    private String postcode;
    @Column(length = 2)
    private String country;
}
