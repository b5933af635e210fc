package app.model;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
public class Visit {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate day;

    @ManyToOne
    private Owner owner;
}
