package lib;

import jakarta.persistence.*;

@Entity
public class Address {
    @Id @GeneratedValue
    private Integer id;
    private String label;
}
