package gen;

import jakarta.persistence.*;

@Entity
@SequenceGenerator(name = "inv", initialValue = 1000, allocationSize = 1)
public class Invoice {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inv")
    private Long id;
}
