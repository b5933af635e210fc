package inh;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Payment {
    @Id @GeneratedValue
    private Long id;
    private BigDecimal amount;
}
