package org.clinic.billing;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

public enum ClaimStatus { SUBMITTED, IN_REVIEW, APPROVED, DENIED }
