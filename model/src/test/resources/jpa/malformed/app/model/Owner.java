package app.model;

import jakarta.persistence.*;
import lombok.Data;
import org.example.money.Money;

@Data
@Entity
public class Owner {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private Money balance;

    @ManyToOne
    private Region region;

    @OneToMany(mappedBy = "owner")
    private java.util.List<Pet> pets;
}
