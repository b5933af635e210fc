package lib;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Royalty {
    private String territory;
    private BigDecimal percent;
    private int years;
}
