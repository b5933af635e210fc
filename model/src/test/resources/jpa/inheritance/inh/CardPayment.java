package inh;

import jakarta.persistence.*;

@Entity
public class CardPayment extends Payment {
    @Column(length = 4)
    private String lastDigits;
}
