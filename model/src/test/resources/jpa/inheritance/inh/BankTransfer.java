package inh;

import jakarta.persistence.*;

@Entity
@PrimaryKeyJoinColumn(name = "transfer_id")
public class BankTransfer extends Payment {
    private String iban;
}
