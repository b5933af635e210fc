package app.model;

import jakarta.persistence.*;

@Entity
public class Pet {
    @Id @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Owner owner;

    private String name
}
