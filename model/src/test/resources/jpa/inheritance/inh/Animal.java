package inh;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Animal {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "animal_gen")
    @SequenceGenerator(name = "animal_gen", sequenceName = "animal_ids", allocationSize = 10)
    private Long id;
    private String name;
}
