package lib;

import jakarta.persistence.*;

@Entity
public class Award {
    @Id @GeneratedValue
    private Long id;
    private int year;
    @ManyToOne(optional = false)
    private Author author;
}
