package org.clinic.billing;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@DiscriminatorValue("CASH")
public class CashPayment extends Payment {
    private boolean receiptPrinted;
}
