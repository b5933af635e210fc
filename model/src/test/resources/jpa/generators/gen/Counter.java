package gen;

import jakarta.persistence.*;

@Entity
public class Counter {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;
    @Version
    private Long version;
}
