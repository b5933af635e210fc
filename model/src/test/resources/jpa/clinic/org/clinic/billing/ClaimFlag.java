package org.clinic.billing;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

public enum ClaimFlag { DUPLICATE, LATE, MANUAL_REVIEW }
